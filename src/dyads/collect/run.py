"""One collect run: for each source, discover its links, fetch what is new (or what the source says has
changed, with a conditional GET), ingest it as `dyads ingest` would, and remember each URL."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from dyads.collect import state
from dyads.collect.config import Source
from dyads.collect.discover import Link, discover
from dyads.collect.fetcher import ROBOTS_DISALLOWED, Fetcher
from dyads.ingest import ingest
from dyads.models import Rejection
from dyads.settings import Settings
from dyads.sources.web import Fetched, items_from
from dyads.store import Store
from dyads.store.schema import CollectedUrlRow


@dataclass
class RunSummary:
    source: str
    discovered: int = 0
    fetched: int = 0
    added: int = 0
    present: int = 0
    unchanged: int = 0
    rejected: list[Rejection] = field(default_factory=list)


def collect(sources: list[Source], store: Store, settings: Settings, since: str | None = None,
            max_fetches: int | None = None, stop: Callable[[], bool] = lambda: False,
            fetcher: Fetcher | None = None) -> list[RunSummary]:
    """Run every source once; `stop()` is checked between documents (Ctrl-C ends after the current one)."""
    fetcher = fetcher or Fetcher(settings)
    summaries = []
    budget = [max_fetches]
    try:
        for source in sources:
            if stop():
                break
            summaries.append(_collect_source(source, store, settings, fetcher, since, budget, stop))
    finally:
        fetcher.close()
    return summaries


def _collect_source(source: Source, store: Store, settings: Settings, fetcher: Fetcher, since: str | None,
                    budget: list[int | None], stop: Callable[[], bool]) -> RunSummary:
    started = state.now()
    summary = RunSummary(source.name)
    links, problems = discover(source, fetcher)
    summary.discovered = len(links)
    summary.rejected += problems
    seen = state.known(store, [link.url for link in links])
    for link in links:
        if stop() or budget[0] == 0:
            break
        previous = seen.get(link.url)
        if not _due(link, previous, since):
            continue
        if budget[0] is not None:
            budget[0] -= 1
        _fetch_one(source, link, previous, store, settings, fetcher, summary)
    state.record_run(store, source=source.name, started=started, finished=state.now(),
                     discovered=summary.discovered, fetched=summary.fetched, added=summary.added,
                     unchanged=summary.unchanged, rejected=len(summary.rejected),
                     problems=[[r.name, r.reason] for r in summary.rejected[:50]])
    return summary


def _due(link: Link, previous: CollectedUrlRow | None, since: str | None) -> bool:
    """New links, links that failed to fetch last time (a 503, a timeout: worth another try), and known
    ones whose feed or sitemap date is newer than our last fetch; never links dated before `since`."""
    if since and link.published and link.published < since:
        return False
    if previous is None or (previous.outcome == "rejected" and (previous.reason or "").startswith("could not fetch")):
        return True
    fetched_on = previous.last_fetched.date().isoformat() if previous.last_fetched else ""
    return previous.outcome != "skipped" and bool(link.published) and link.published > fetched_on


def _fetch_one(source: Source, link: Link, previous: CollectedUrlRow | None, store: Store, settings: Settings,
               fetcher: Fetcher, summary: RunSummary) -> None:
    validators = {}
    if previous is not None and previous.etag:
        validators["If-None-Match"] = previous.etag
    if previous is not None and previous.last_modified:
        validators["If-Modified-Since"] = previous.last_modified
    fetched = fetcher.get(source, link.url, validators)
    summary.fetched += 1
    base = {"last_fetched": state.now(), "published": link.published}
    if isinstance(fetched, Rejection):
        skipped = fetched.reason == ROBOTS_DISALLOWED
        summary.rejected.append(fetched)
        state.remember(store, link.url, source.name, **base, http_status=None, reason=fetched.reason,
                       outcome="skipped" if skipped else "rejected")
        return
    base |= {"http_status": fetched.status, "etag": fetched.headers.get("etag"),
             "last_modified": fetched.headers.get("last-modified")}
    if fetched.status == 304:
        summary.unchanged += 1
        state.remember(store, link.url, source.name, **{**base, "etag": previous.etag,
                                                         "last_modified": previous.last_modified},
                       outcome="unchanged", reason=None)
        return
    if fetched.status >= 300:
        rejection = Rejection(link.url, f"could not fetch: HTTP {fetched.status}")
        summary.rejected.append(rejection)
        state.remember(store, link.url, source.name, **base, outcome="rejected", reason=rejection.reason)
        return
    _store_page(source, link, previous, fetched, store, settings, summary, base)


def _store_page(source: Source, link: Link, previous: CollectedUrlRow | None, fetched: Fetched, store: Store,
                settings: Settings, summary: RunSummary, base: dict) -> None:
    """The page through the same ingest as `dyads ingest`; a changed page's new document remembers the old."""
    items = list(items_from(link.url, fetched))
    outcomes = list(ingest(items, store, settings=settings))
    documents = [o.document for o in outcomes if o.document]
    problems = [o.rejection for o in outcomes if o.rejection]
    summary.added += sum(o.added for o in outcomes)
    summary.present += sum(o.present for o in outcomes)
    summary.rejected += problems
    old = previous.document_id if previous is not None else None
    new = documents[0] if documents else None
    changed = old is not None and new is not None and old != new
    state.remember(store, link.url, source.name, **base, document_id=new,
                   previous_document_id=old if changed else previous.previous_document_id if previous else None,
                   outcome="rejected" if new is None else "added" if any(o.added for o in outcomes) else "present",
                   reason=problems[0].reason if new is None and problems else None)
