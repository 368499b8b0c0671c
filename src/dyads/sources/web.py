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
from dataclasses import dataclass

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


@dataclass
class Fetched:
    """A response read within the limits: its status, final URL, headers, and body (empty for a status that
    carries no document: 304, 4xx, 5xx) with the form its content type names."""

    status: int
    url: str
    headers: httpx.Headers
    body: bytes = b""
    form: str | None = None


def client(settings: Settings, allow_private: bool | None = None) -> httpx.Client:
    """An httpx client with dyads' limits: redirects bounded, each hop's address checked unless private
    addresses are allowed (by the user, or by a source that opts in)."""
    private = settings.allow_private if allow_private is None else allow_private
    return httpx.Client(timeout=settings.fetch_timeout, follow_redirects=True, max_redirects=settings.max_redirects,
                        headers={"User-Agent": settings.user_agent},
                        event_hooks={"request": [] if private else [public_address]})


def download(http: httpx.Client, url: str, settings: Settings, headers: dict[str, str] | None = None,
             accepted: dict[str, str] = ACCEPTED) -> Fetched | Rejection:
    """GET `url` within one deadline and the size cap (decompressed), only the content types `accepted`
    names (content type → form). Statuses of 300 and up come back without a body, for the caller to act
    on (a 304, a 429 to retry)."""
    try:
        with time_budget(settings.fetch_timeout, errors.FETCH_DEADLINE):
            return _download(http, url, settings, headers or {}, accepted)
    except InputRejected as exc:  # a private address, or the deadline (budget.OverBudget)
        return Rejection(url, exc.reason)
    except httpx.TooManyRedirects:
        return Rejection(url, errors.FETCH_FAILED.format(error=f"more than {settings.max_redirects} redirects"))
    except httpx.HTTPError as exc:
        return Rejection(url, errors.FETCH_FAILED.format(error=f"{type(exc).__name__}: {exc}"))


def items_from(url: str, fetched: Fetched) -> Iterator[SourceItem | Rejection]:
    """The documents a fetched body holds (a JSON body may hold several)."""
    if fetched.form == "json":
        yield from items_from_json(url, fetched.body, fetched.url)
    elif fetched.form == "jsonl":
        yield from items_from_jsonl(url, fetched.body)
    else:
        yield SourceItem(url, fetched.form or "text", fetched.body, source_id=None, url=fetched.url)


def fetch_url(url: str, settings: Settings) -> Iterator[SourceItem | Rejection]:
    with client(settings) as http:
        fetched = download(http, url, settings)
    if isinstance(fetched, Fetched) and fetched.status >= 300:
        fetched = Rejection(url, errors.BAD_STATUS.format(status=fetched.status))
    if isinstance(fetched, Rejection):
        yield fetched
        return
    yield from items_from(url, fetched)


def _download(http: httpx.Client, url: str, settings: Settings, headers: dict[str, str], accepted: dict[str, str]
              ) -> Fetched | Rejection:
    """The deadline is also checked between chunks, for platforms where `time_budget` cannot interrupt."""
    deadline = time.monotonic() + settings.fetch_timeout
    with http.stream("GET", url, headers=headers) as response:
        if response.status_code >= 300:
            return Fetched(response.status_code, str(response.url), response.headers)
        ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
        form = accepted.get(ctype)
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
        return Fetched(response.status_code, str(response.url), response.headers, bytes(body), form)
