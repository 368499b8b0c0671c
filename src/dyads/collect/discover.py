"""The links a source offers: a feed's entries (feedparser), a sitemap's pages (a sitemap index is
followed one level down), or the article links of a listing page; each with the date it gives, if any."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from time import struct_time
from urllib.parse import urldefrag, urljoin

from dyads.collect.config import Source
from dyads.collect.fetcher import Fetcher
from dyads.models import Rejection
from dyads.sources.web import Fetched

MAX_CHILD_SITEMAPS = 50
SITEMAP_NS = re.compile(r"^\{[^}]*\}")


@dataclass(frozen=True)
class Link:
    url: str
    published: str | None = None     # ISO date the feed or sitemap gives (published, updated, lastmod)


def discover(source: Source, fetcher: Fetcher) -> tuple[list[Link], list[Rejection]]:
    """The source's links it wants (include/exclude), each once, and what could not be read."""
    problems: list[Rejection] = []
    fetched = _get(source, source.url, fetcher, problems)
    if fetched is None:
        return [], problems
    if source.kind == "feed":
        links = _feed(fetched)
    elif source.kind == "sitemap":
        links = _sitemap(source, fetched, fetcher, problems, depth=0)
    else:
        links = _listing(source, fetched)
    seen: dict[str, Link] = {}
    for link in links:
        url = urldefrag(link.url)[0]
        if url.startswith(("http://", "https://")) and source.wants(url) and url not in seen:
            seen[url] = Link(url, link.published)
    return list(seen.values()), problems


def _get(source: Source, url: str, fetcher: Fetcher, problems: list[Rejection]) -> Fetched | None:
    fetched = fetcher.get(source, url, discovery=True)
    if isinstance(fetched, Fetched) and fetched.status >= 300:
        fetched = Rejection(url, f"could not fetch: HTTP {fetched.status}")
    if isinstance(fetched, Rejection):
        problems.append(fetched)
        return None
    return fetched


def _feed(fetched: Fetched) -> list[Link]:
    import feedparser

    parsed = feedparser.parse(fetched.body)
    out = []
    for entry in parsed.entries:
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        if entry.get("link"):
            out.append(Link(urljoin(fetched.url, entry["link"]), _iso(when)))
    return out


def _sitemap(source: Source, fetched: Fetched, fetcher: Fetcher, problems: list[Rejection], depth: int
             ) -> list[Link]:
    try:
        root = ET.fromstring(fetched.body)
    except ET.ParseError as exc:
        problems.append(Rejection(fetched.url, f"not a sitemap: {exc}"))
        return []
    entries = [{SITEMAP_NS.sub("", c.tag): (c.text or "").strip() for c in node} for node in root]
    if SITEMAP_NS.sub("", root.tag) == "sitemapindex":
        if depth > 0:
            return []  # an index inside an index: not followed
        out = []
        for entry in entries[:MAX_CHILD_SITEMAPS]:
            child = _get(source, urljoin(fetched.url, entry.get("loc", "")), fetcher, problems)
            if child is not None:
                out += _sitemap(source, child, fetcher, problems, depth + 1)
        return out
    return [Link(urljoin(fetched.url, e["loc"]), (e.get("lastmod") or "")[:10] or None)
            for e in entries if e.get("loc")]


def _listing(source: Source, fetched: Fetched) -> list[Link]:
    import lxml.html

    try:
        tree = lxml.html.fromstring(fetched.body)
    except (ValueError, lxml.etree.ParserError):
        return []
    pattern = re.compile(source.links or ".")
    hrefs = (urljoin(fetched.url, href) for href in tree.xpath("//a/@href"))
    return [Link(url) for url in hrefs if pattern.search(url)]


def _iso(when: struct_time | None) -> str | None:
    return date(*when[:3]).isoformat() if when else None
