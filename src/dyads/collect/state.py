"""What collect remembers in the store: each URL's last fetch, and each run per source."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select

from dyads.store import Store
from dyads.store.schema import CollectedUrlRow, CollectRunRow


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def known(store: Store, urls: list[str]) -> dict[str, CollectedUrlRow]:
    """What is remembered of these URLs, whichever source found them first (two sources may list a page)."""
    out: dict[str, CollectedUrlRow] = {}
    with store.session() as s:
        for start in range(0, len(urls), 500):
            batch = urls[start:start + 500]
            out.update((r.url, r) for r in s.scalars(select(CollectedUrlRow).where(CollectedUrlRow.url.in_(batch))))
    return out


def remember(store: Store, url: str, source: str, **fields: object) -> None:
    """Create or update the URL's row (one transaction)."""
    with store.session.begin() as s:
        row = s.get(CollectedUrlRow, url)
        if row is None:
            row = CollectedUrlRow(url=url, source=source, first_seen=now(), outcome="new")
            s.add(row)
        for key, value in fields.items():
            setattr(row, key, value)


def record_run(store: Store, **fields: object) -> None:
    with store.session.begin() as s:
        s.add(CollectRunRow(**fields))


@dataclass
class SourceStatus:
    source: str
    urls: int
    documents: int
    unchanged: int
    rejected: int
    skipped: int
    last_run: datetime | None
    last_added: int
    last_problems: list


def status(store: Store) -> list[SourceStatus]:
    """Per source: URLs known, documents produced, outcomes, and the last run."""
    with store.session() as s:
        counts: dict[str, dict[str, int]] = {}
        for source, outcome, n in s.execute(select(CollectedUrlRow.source, CollectedUrlRow.outcome, func.count())
                                            .group_by(CollectedUrlRow.source, CollectedUrlRow.outcome)):
            counts.setdefault(source, {})[outcome] = n
        documents = dict(s.execute(select(CollectedUrlRow.source, func.count(CollectedUrlRow.document_id))
                                   .group_by(CollectedUrlRow.source)).all())
        last = {r.source: r for r in s.scalars(select(CollectRunRow).order_by(CollectRunRow.id))}
    return [SourceStatus(src, sum(c.values()), documents.get(src, 0), c.get("unchanged", 0), c.get("rejected", 0),
                         c.get("skipped", 0), last[src].finished if src in last else None,
                         last[src].added if src in last else 0, last[src].problems if src in last else [])
            for src, c in sorted(counts.items())]
