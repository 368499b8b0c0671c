"""The read model: every question a view asks of the store, answered here once, as `models` objects.

The CLI, the exports, the profile and the article call only this module (never ORM rows), so a pair's
events are defined in one place: an event is between a and b when one of them is among its sources and
the other among its targets (`event_actors`, written by `Store.add`). Every filter is a bound parameter.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, case, distinct, func, or_, select, union
from sqlalchemy.orm import aliased, selectinload

from dyads.errors import BadDate, BadOption
from dyads.models import COUNTED, MODALITIES, Document, DocumentRef, Event, Mention, PairSummary, StoredEvent
from dyads.store import EVENT_FIELDS, Store, document_from_row
from dyads.store.schema import DocumentPairRow, DocumentRow, EventActorRow, EventRow, MentionRow

DATE_PREFIX = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def date_prefix(value: str | None, option: str = "date") -> str | None:
    """`value` if it is YYYY, YYYY-MM or YYYY-MM-DD naming a real year, month or day; `BadDate` otherwise."""
    if value is None:
        return None
    try:
        if not DATE_PREFIX.fullmatch(value):
            raise ValueError
        date.fromisoformat((value + "-01-01")[:10])  # a year or month stands for its first day
    except ValueError:
        raise BadDate(f"{option} {value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD") from None
    return value


def day(value: str, option: str = "date") -> date:
    """A full YYYY-MM-DD date; `BadDate` otherwise."""
    if len(date_prefix(value, option)) != 10:
        raise BadDate(f"{option} {value!r} is not a day: use YYYY-MM-DD")
    return date.fromisoformat(value)


@dataclass(frozen=True)
class EventFilter:
    """Which stored events: all filters combine; by default only those that count (asserted, planned)."""

    actor: str | None = None                   # on either side
    pair: tuple[str, str] | None = None        # between the two, either direction
    types: tuple[str, ...] = ()
    since: str | None = None                   # YYYY[-MM[-DD]], on the event's date (StoredEvent.when)
    until: str | None = None
    modalities: tuple[str, ...] = COUNTED
    document: str | None = None                # content id or the input's own id
    text: str | None = None                    # words in the sentence
    limit: int | None = None

    def __post_init__(self) -> None:
        date_prefix(self.since, "since")
        date_prefix(self.until, "until")
        if bad := set(self.modalities) - set(MODALITIES):
            raise BadOption(f"modality {', '.join(sorted(bad))} is not one of {', '.join(MODALITIES)}")


def pair_event_ids(a: str, b: str):
    """The one definition of a pair's events, as a subquery of event ids."""
    src, tgt = aliased(EventActorRow), aliased(EventActorRow)
    return (select(src.event_id)
            .join(tgt, and_(tgt.event_id == src.event_id, tgt.side == "target"))
            .where(src.side == "source",
                   or_(and_(src.actor == a, tgt.actor == b), and_(src.actor == b, tgt.actor == a))))


DOC_REF = (  # the columns of a DocumentRef, in its order
    DocumentRow.id, DocumentRow.source_id, DocumentRow.title, DocumentRow.date, DocumentRow.doc_type,
    DocumentRow.url)


MENTION_COLUMNS = (MentionRow.start, MentionRow.end, MentionRow.text, MentionRow.actor_id, MentionRow.kind,
                   MentionRow.country, MentionRow.confidence, MentionRow.rule)  # a Mention, in its order


def _when():
    return func.coalesce(EventRow.date, EventRow.resolved_date, DocumentRow.date)


def events(store: Store, f: EventFilter = EventFilter()) -> list[StoredEvent]:
    """Stored events matching `f`, dated ones first in date order, each with its document."""
    columns = [getattr(EventRow, k) for k in EVENT_FIELDS]  # plain rows, not ORM objects: a pair has thousands
    q = (select(EventRow.seq, *columns, *DOC_REF).join(DocumentRow, EventRow.document_id == DocumentRow.id)
         .where(EventRow.modality.in_(f.modalities)))
    if f.actor:
        q = q.where(EventRow.id.in_(select(EventActorRow.event_id).where(EventActorRow.actor == f.actor)))
    if f.pair:
        q = q.where(EventRow.id.in_(pair_event_ids(*f.pair)))
    if f.types:
        q = q.where(EventRow.type.in_(f.types))
    if f.since:
        q = q.where(_when() >= f.since)
    if f.until:
        q = q.where(_when() <= f.until + "\uffff")
    if f.document:
        q = q.where(or_(DocumentRow.id == f.document, DocumentRow.source_id == f.document))
    for word in (f.text or "").split():
        q = q.where(EventRow.sentence.contains(word, autoescape=True))
    q = q.order_by(_when().nulls_last(), DocumentRow.id, EventRow.seq).limit(f.limit)
    with store.session() as s:
        return [StoredEvent(Event(**dict(zip(EVENT_FIELDS, row[1:len(columns) + 1], strict=True))),
                            DocumentRef(*row[len(columns) + 1:]), row[0]) for row in s.execute(q)]


def pair_document_ids(a: str, b: str):
    """A pair's documents: those holding one of its events, and those whose main pairs include it."""
    lo, hi = sorted((a, b))
    return union(select(EventRow.document_id).where(EventRow.id.in_(pair_event_ids(a, b)),
                                                    EventRow.modality.in_(COUNTED)),
                 select(DocumentPairRow.document_id).where(DocumentPairRow.a == lo, DocumentPairRow.b == hi))


def pair_documents(store: Store, a: str, b: str) -> list[Document]:
    """The pair's documents with their turns, speakers and mentions (the profile reads them) but without
    their events: `events(pair=…)` gives the pair's. Oldest first. One query per table, not per document."""
    ids = pair_document_ids(a, b)
    with store.session() as s:
        rows = s.scalars(select(DocumentRow).where(DocumentRow.id.in_(ids))
                         .options(selectinload(DocumentRow.turns), selectinload(DocumentRow.speakers))
                         .order_by(DocumentRow.date.nulls_last(), DocumentRow.id)).all()
        mentions: dict[str, list[Mention]] = defaultdict(list)  # plain rows: tens of thousands, no ORM objects
        for doc_id, *fields in s.execute(select(MentionRow.document_id, *MENTION_COLUMNS)
                                         .where(MentionRow.document_id.in_(ids)).order_by(MentionRow.start)):
            mentions[doc_id].append(Mention(*fields))
        return [document_from_row(r, events=False, mentions=mentions[r.id]) for r in rows]


def pairs(store: Store) -> list[PairSummary]:
    """Every pair with at least one event that counts: most events first."""
    src, tgt = aliased(EventActorRow), aliased(EventActorRow)
    lo = case((src.actor < tgt.actor, src.actor), else_=tgt.actor).label("lo")
    hi = case((src.actor < tgt.actor, tgt.actor), else_=src.actor).label("hi")
    links = (select(src.event_id, lo, hi).distinct()
             .join(tgt, and_(tgt.event_id == src.event_id, tgt.side == "target"))
             .where(src.side == "source", src.actor != tgt.actor).subquery())
    held = and_(EventRow.type == "CONSULT", EventRow.future.is_(False))
    q = (select(links.c.lo, links.c.hi, func.count(), func.avg(EventRow.score),
                func.max(case((held, _when()), else_=None)))
         .select_from(links).join(EventRow, EventRow.id == links.c.event_id)
         .join(DocumentRow, DocumentRow.id == EventRow.document_id)
         .where(EventRow.modality.in_(COUNTED)).group_by(links.c.lo, links.c.hi))
    doc_links = union(select(EventRow.document_id.label("document_id"), links.c.lo, links.c.hi)
                      .join(EventRow, EventRow.id == links.c.event_id).where(EventRow.modality.in_(COUNTED)),
                      select(DocumentPairRow.document_id, DocumentPairRow.a, DocumentPairRow.b)).subquery()
    docs_q = (select(doc_links.c.lo, doc_links.c.hi, func.count(distinct(doc_links.c.document_id)))
              .group_by(doc_links.c.lo, doc_links.c.hi))
    with store.session() as s:
        documents = {(a, b): n for a, b, n in s.execute(docs_q)}
        out = [PairSummary((a, b), documents.get((a, b), 0), n, round(avg, 2), last)
               for a, b, n, avg, last in s.execute(q)]
    return sorted(out, key=lambda p: (-p.events, p.pair))
