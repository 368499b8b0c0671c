"""http(s) URLs through httpx: bounded time, size and redirects, only text-like content, and only public
addresses unless the user opts in.

A list of URLs is untrusted input: without a check, a URL (or a redirect) naming 127.0.0.1, 10.x or the
cloud metadata address would make dyads read internal services and store what they say. Every request,
the first and each redirect, is checked after DNS resolution (`public_address`). The whole fetch has one
deadline (a server that drips a byte a second never times out a single read); the size cap applies to
the decompressed body, so a gzip bomb stops at the cap.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Iterator

import httpx

from dyads import errors
from dyads.budget import time_budget
from dyads.errors import InputRejected
from dyads.models import Rejection, SourceItem
from dyads.settings import Settings
from dyads.sources.records import items_from_json, items_from_jsonl

ACCEPTED = {
    "text/html": "html", "application/xhtml+xml": "html",
    "text/plain": "text", "application/json": "json", "application/x-ndjson": "jsonl",
}
# ipaddress property → the word a refusal uses; the first that holds names the address
NOT_PUBLIC = (("is_loopback", "loopback"), ("is_link_local", "link-local"), ("is_multicast", "multicast"),
              ("is_private", "private"), ("is_reserved", "reserved"), ("is_unspecified", "unspecified"))


def public_address(request: httpx.Request) -> None:
    """Refuse a request whose host resolves to any non-public address (httpx calls this per request)."""
    host, port = request.url.host, request.url.port or (443 if request.url.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise httpx.ConnectError(f"cannot resolve {host}: {exc.strerror}", request=request) from None
    for *_, sockaddr in infos:
        address = ipaddress.ip_address(sockaddr[0].split("%")[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        kind = next((word for attr, word in NOT_PUBLIC if getattr(address, attr)), None)
        if kind is None and not address.is_global:
            kind = "non-public"
        if kind:
            raise InputRejected(errors.PRIVATE_ADDRESS.format(host=host, address=address, kind=kind))


def fetch_url(url: str, settings: Settings) -> Iterator[SourceItem | Rejection]:
    try:
        with time_budget(settings.fetch_timeout, errors.FETCH_DEADLINE):
            fetched = _fetch(url, settings)
    except InputRejected as exc:  # a private address, or the deadline (budget.OverBudget)
        fetched = Rejection(url, exc.reason)
    except httpx.TooManyRedirects:
        fetched = Rejection(url, errors.FETCH_FAILED.format(error=f"more than {settings.max_redirects} redirects"))
    except httpx.HTTPError as exc:
        fetched = Rejection(url, errors.FETCH_FAILED.format(error=f"{type(exc).__name__}: {exc}"))
    if isinstance(fetched, Rejection):
        yield fetched
        return
    form, data, final_url = fetched
    if form == "json":
        yield from items_from_json(url, data, final_url)
    elif form == "jsonl":
        yield from items_from_jsonl(url, data)
    else:
        yield SourceItem(url, form, data, source_id=None, url=final_url)


def _fetch(url: str, settings: Settings) -> tuple[str, bytes, str] | Rejection:
    """(form, body, final URL), or the rejection; the deadline is also checked between chunks, for
    platforms where `time_budget` cannot interrupt."""
    deadline = time.monotonic() + settings.fetch_timeout
    hooks = {"request": [] if settings.allow_private else [public_address]}
    with httpx.Client(timeout=settings.fetch_timeout, follow_redirects=True, max_redirects=settings.max_redirects,
                      headers={"User-Agent": settings.user_agent}, event_hooks=hooks) as client, \
            client.stream("GET", url) as response:
        if response.status_code >= 400:
            return Rejection(url, errors.BAD_STATUS.format(status=response.status_code))
        ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
        form = ACCEPTED.get(ctype)
        if form is None:
            return Rejection(url, errors.BAD_CONTENT_TYPE.format(ctype=ctype or "none"))
        declared = int(response.headers.get("content-length") or 0)
        if declared > settings.max_bytes:
            return Rejection(url, errors.TOO_LARGE.format(size=declared, limit=settings.max_bytes))
        body = bytearray()
        for chunk in response.iter_bytes():  # decoded: the cap bounds the decompressed size
            body.extend(chunk)
            if len(body) > settings.max_bytes:  # servers lie about or omit content-length
                return Rejection(url, errors.TOO_LARGE.format(size=len(body), limit=settings.max_bytes))
            if time.monotonic() > deadline:
                return Rejection(url, errors.FETCH_DEADLINE.format(seconds=settings.fetch_timeout))
        return form, bytes(body), str(response.url)
