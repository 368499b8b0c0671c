"""http(s) URLs through httpx: bounded time, size and redirects, and only text-like content."""

from __future__ import annotations

from collections.abc import Iterator

import httpx

from dyads import errors
from dyads.models import Rejection, SourceItem
from dyads.settings import Settings
from dyads.sources.records import items_from_json, items_from_jsonl

ACCEPTED = {
    "text/html": "html", "application/xhtml+xml": "html",
    "text/plain": "text", "application/json": "json", "application/x-ndjson": "jsonl",
}


def fetch_url(url: str, settings: Settings) -> Iterator[SourceItem | Rejection]:
    try:
        with httpx.Client(
            timeout=settings.fetch_timeout,
            follow_redirects=True,
            max_redirects=settings.max_redirects,
            headers={"User-Agent": settings.user_agent},
        ) as client, client.stream("GET", url) as response:
            if response.status_code >= 400:
                yield Rejection(url, errors.BAD_STATUS.format(status=response.status_code))
                return
            ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
            form = ACCEPTED.get(ctype)
            if form is None:
                yield Rejection(url, errors.BAD_CONTENT_TYPE.format(ctype=ctype or "none"))
                return
            declared = int(response.headers.get("content-length") or 0)
            if declared > settings.max_bytes:
                yield Rejection(url, errors.TOO_LARGE.format(size=declared, limit=settings.max_bytes))
                return
            body = bytearray()
            for chunk in response.iter_bytes():
                body.extend(chunk)
                if len(body) > settings.max_bytes:  # servers lie about or omit content-length
                    yield Rejection(url, errors.TOO_LARGE.format(size=len(body), limit=settings.max_bytes))
                    return
            final_url = str(response.url)
    except httpx.TooManyRedirects:
        yield Rejection(url, errors.FETCH_FAILED.format(error=f"more than {settings.max_redirects} redirects"))
        return
    except httpx.HTTPError as exc:
        yield Rejection(url, errors.FETCH_FAILED.format(error=f"{type(exc).__name__}: {exc}"))
        return
    data = bytes(body)
    if form == "json":
        yield from items_from_json(url, data, final_url)
    elif form == "jsonl":
        yield from items_from_jsonl(url, data)
    else:
        yield SourceItem(url, form, data, source_id=None, url=final_url)
