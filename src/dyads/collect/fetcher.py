"""Polite, safe fetching for collect: robots.txt and crawl-delay (protego), a per-host rate, conditional
GET, and retries with backoff on 429 and 5xx that honour Retry-After. Every request goes through
`sources.web.download`: the same deadline, size cap, content-type check and address check at every hop
as `dyads ingest URL`."""

from __future__ import annotations

import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import httpx
from protego import Protego

from dyads import errors
from dyads.collect.config import Source
from dyads.models import Rejection
from dyads.settings import Settings
from dyads.sources.web import ACCEPTED, Fetched, client, download

RETRIED = {429, 500, 502, 503, 504}
ATTEMPTS = 3
LONGEST_WAIT = 120.0     # seconds: a Retry-After beyond this gives up on the URL for this run
XML = {"application/rss+xml": "xml", "application/atom+xml": "xml", "application/rdf+xml": "xml",
       "application/xml": "xml", "text/xml": "xml"}
DISCOVERY = {**XML, "text/html": "html", "application/xhtml+xml": "html"}
ROBOTS_DISALLOWED = "skipped: robots.txt disallows it"


class Fetcher:
    """One per run. Knows each host's robots.txt and when it may next be asked."""

    def __init__(self, settings: Settings, sleep: Callable[[float], None] = time.sleep):
        self.settings = settings
        self.sleep = sleep
        self.clients: dict[bool, httpx.Client] = {}
        self.robots: dict[str, Protego | None] = {}
        self.next_request: dict[str, float] = {}
        self.requests = 0

    def close(self) -> None:
        for c in self.clients.values():
            c.close()

    def get(self, source: Source, url: str, headers: dict[str, str] | None = None, discovery: bool = False
            ) -> Fetched | Rejection:
        """The response (a 304 comes back as such), or why there is none."""
        robots = self._robots(source, url)
        agent = self.settings.user_agent
        if robots is not None and not robots.can_fetch(url, agent):
            return Rejection(url, ROBOTS_DISALLOWED)
        delay = max(60.0 / source.rate, float((robots.crawl_delay(agent) if robots else None) or 0))
        for attempt in range(ATTEMPTS):
            fetched = self._polite_get(source, url, headers, DISCOVERY if discovery else ACCEPTED, delay)
            if isinstance(fetched, Rejection) or fetched.status not in RETRIED:
                return fetched
            wait = _retry_after(fetched.headers.get("retry-after"), default=2.0 ** attempt)
            if wait > LONGEST_WAIT or attempt == ATTEMPTS - 1:
                break
            self.sleep(wait)
        return Rejection(url, errors.BAD_STATUS.format(status=fetched.status) + f" after {attempt + 1} attempts")

    def _polite_get(self, source: Source, url: str, headers: dict[str, str] | None, accepted: dict[str, str],
                    delay: float) -> Fetched | Rejection:
        host = urlsplit(url).netloc
        wait = self.next_request.get(host, 0.0) - time.monotonic()
        if wait > 0:
            self.sleep(wait)
        self.next_request[host] = time.monotonic() + delay
        self.requests += 1
        return download(self._client(source), url, self.settings, headers, accepted)

    def _client(self, source: Source) -> httpx.Client:
        trusted = source.trust_private or self.settings.allow_private
        if trusted not in self.clients:
            self.clients[trusted] = client(self.settings, allow_private=trusted)
        return self.clients[trusted]

    def _robots(self, source: Source, url: str) -> Protego | None:
        """The host's robots.txt, read once per run; none (everything allowed) when it has none."""
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        if key not in self.robots:
            fetched = self._polite_get(source, key + "/robots.txt", None, {"text/plain": "text"}, 0.0)
            ok = isinstance(fetched, Fetched) and fetched.status == 200
            self.robots[key] = Protego.parse(fetched.body.decode("utf-8", "replace")) if ok else None
        return self.robots[key]


def _retry_after(value: str | None, default: float) -> float:
    """Seconds to wait: Retry-After as seconds or as an HTTP date, else `default`."""
    if not value:
        return default
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return default
