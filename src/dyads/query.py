"""The read model: every question a view asks of the store, answered here once, as `models` objects.

The CLI, the exports, the profile and the article call only this module (never ORM rows), so a pair's
events are defined in one place: an event is between a and b when one of them is among its sources and
the other among its targets (`event_actors`, written by `Store.add`). Every filter is a bound parameter.
"""

from __future__ import annotations

import gc
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from sqlalchemy import String, and_, case, cast, distinct, func, or_, select, type_coerce, union
from sqlalchemy import text as sa_text
from sqlalchemy.orm import aliased

from dyads.errors import BadDate, BadOption
from dyads.events.lexicon import QUADS, event_types
from dyads.models import (
    COUNTED,
    MARK_END,
    MARK_START,
    MODALITIES,
    ActorSummary,
    Contact,
    DocumentHead,
    DocumentRef,
    Event,
    PairSummary,
    SearchHit,
    StoredEvent,
    TopicSpan,
    Voice,
)
from dyads.store import EVENT_FIELDS, Store, contact_from_row, fact_from_json
from dyads.store.schema import (
    ContactRow,
    DocumentPairRow,
    DocumentRow,
    EventActorRow,
    EventRow,
    SpeakerRow,
    TopicSpanRow,
    TurnRow,
)
from dyads.topics import CUES

DATE_PREFIX = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


@contextmanager
def bulk_read() -> Iterator[None]:
    """Pause the cyclic garbage collector while tens of thousands of plain (acyclic) objects are built: its
    full passes over the growing heap took a third of the largest profile's time (1.2 s → 0.75 s)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def in_period(value: str | None, since: str | None, until: str | None) -> bool:
    """Whether a date (any precision) lies in [since, until], each a YYYY[-MM[-DD]] prefix; with no bound
    every date does, an undated one too; with a bound an undated one does not (the events' filter alike)."""
    if since is None and until is None:
        return True
    return value is not None and (since is None or value >= since) and (until is None or value <= _through(until))


def _through(until: str) -> str:
    """The last string a YYYY[-MM[-DD]] bound covers: "2021" takes in "2021-12-31"."""
    return until + "\uffff"


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
    quads: tuple[str, ...] = ()                # verbal_cooperation, material_conflict, ...
    topics: tuple[str, ...] = ()               # any of these, on the event's sentence
    since: str | None = None                   # YYYY[-MM[-DD]], on the event's date (StoredEvent.when)
    until: str | None = None
    modalities: tuple[str, ...] = COUNTED
    document: str | None = None                # content id or the input's own id
    text: str | None = None                    # words in the sentence
    limit: int | None = None
    offset: int = 0                            # for paging, with limit

    def __post_init__(self) -> None:
        date_prefix(self.since, "since")
        date_prefix(self.until, "until")
        for name, given, known in (("modality", self.modalities, MODALITIES), ("type", self.types, event_types()),
                                   ("quad", self.quads, QUADS), ("topic", self.topics, CUES)):
            if bad := set(given) - set(known):
                raise BadOption(f"{name} {', '.join(sorted(bad))} is not one of {', '.join(sorted(known))}")

    @property
    def all_types(self) -> tuple[str, ...]:
        """The types asked for, by name or by quad."""
        by_quad = tuple(name for name, t in event_types().items() if t.quad in self.quads)
        return (*self.types, *by_quad)


def pair_event_ids(store: Store, a: str, b: str):
    """The one definition of a pair's events, as a subquery of event ids: one actor among the sources, the
    other among the targets. The query walks the rarer actor's rows and looks the other up by event: a
    publisher's own state is on most events (100,000 documents: 0.2 s walking it, 0.01 s the other way)."""
    with store.session() as s:
        rows = {x: s.scalar(select(func.count()).where(EventActorRow.actor == x)) for x in (a, b)}
    rare, other = sorted((a, b), key=rows.__getitem__)
    mine, theirs = aliased(EventActorRow), aliased(EventActorRow)
    return (select(mine.event_id)
            .join(theirs, and_(theirs.event_id == mine.event_id, theirs.actor == other, theirs.side != mine.side))
            .where(mine.actor == rare))


DOC_REF = (  # the columns of a DocumentRef, in its order
    DocumentRow.id, DocumentRow.source_id, DocumentRow.title, DocumentRow.date, DocumentRow.doc_type,
    DocumentRow.url)


def _when():
    return func.coalesce(EventRow.date, EventRow.resolved_date, case((EventRow.told, None), else_=DocumentRow.date))


def events(store: Store, f: EventFilter = EventFilter()) -> list[StoredEvent]:
    """Stored events matching `f`, dated ones first in date order, each with its document."""
    # plain rows, not ORM objects, and JSON decoded here, not per value by the driver: a pair has thousands
    columns = [type_coerce(getattr(EventRow, k), String) if k in JSON_FIELDS else getattr(EventRow, k)
               for k in EVENT_FIELDS]
    q = (select(EventRow.seq, *columns, *DOC_REF).join(DocumentRow, EventRow.document_id == DocumentRow.id)
         .where(EventRow.modality.in_(f.modalities)))
    if f.actor:
        q = q.where(EventRow.id.in_(select(EventActorRow.event_id).where(EventActorRow.actor == f.actor)))
    if f.pair:
        q = q.where(EventRow.id.in_(pair_event_ids(store, *f.pair)))
    if f.types or f.quads:
        q = q.where(EventRow.type.in_(f.all_types))
    if f.topics:  # topics are JSON lists of fixed names: a quoted name cannot occur but as an element
        listed = cast(EventRow.topics, String)
        q = q.where(or_(*(listed.contains(f'"{t}"', autoescape=True) for t in f.topics)))
    if f.since:
        q = q.where(_when() >= f.since)
    if f.until:
        q = q.where(_when() <= _through(f.until))
    if f.document:
        q = q.where(or_(DocumentRow.id == f.document, DocumentRow.source_id == f.document))
    for word in (f.text or "").split():
        q = q.where(EventRow.sentence.contains(word, autoescape=True))
    q = q.order_by(_when().nulls_last(), DocumentRow.id, EventRow.seq).limit(f.limit).offset(f.offset or None)
    decode = _list_decoder()
    with store.session() as s:
        return [StoredEvent(Event(**{k: decode(v) if k in JSON_FIELDS else v
                                     for k, v in zip(EVENT_FIELDS, row[1:len(columns) + 1], strict=True)}),
                            DocumentRef(*row[len(columns) + 1:]), row[0]) for row in s.execute(q)]


JSON_FIELDS = {"source_all", "target_all", "topics", "named"}


def _list_decoder() -> Callable[[object], list | None]:
    """Decodes JSON lists read as text (SQLite; PostgreSQL's driver may have decoded them already), each
    distinct text once: a pair's events repeat a few actor lists thousands of times."""
    seen: dict[str, list | None] = {}

    def decode(value: object) -> list | None:
        if not isinstance(value, str):
            return value
        if value not in seen:
            seen[value] = json.loads(value)
        return None if seen[value] is None else list(seen[value])

    return decode


def pair_document_ids(store: Store, a: str, b: str):
    """A pair's documents: those holding one of its events, and those whose main pairs include it."""
    lo, hi = sorted((a, b))
    return union(select(EventRow.document_id).where(EventRow.id.in_(pair_event_ids(store, a, b)),
                                                    EventRow.modality.in_(COUNTED)),
                 select(DocumentPairRow.document_id).where(DocumentPairRow.a == lo, DocumentPairRow.b == hi))


def pair_heads(store: Store, a: str, b: str) -> list[DocumentHead]:
    """The pair's documents without their text, each with what its citations and topics need (dates,
    topics, the facts about the pair, the speaker of each turn, topic sentences). Oldest first; one query
    per table."""
    ids = pair_document_ids(store, a, b)
    with store.session() as s:
        voices: dict[str, list[Voice]] = defaultdict(list)
        for doc_id, *fields in s.execute(
                select(TurnRow.document_id, TurnRow.text_start, TurnRow.end, SpeakerRow.name, SpeakerRow.role,
                       func.coalesce(SpeakerRow.role_type, "other"), SpeakerRow.country)
                .outerjoin(SpeakerRow, and_(SpeakerRow.document_id == TurnRow.document_id,
                                            SpeakerRow.label == TurnRow.label))
                .where(TurnRow.document_id.in_(ids)).order_by(TurnRow.document_id, TurnRow.seq)):
            voices[doc_id].append(Voice(*fields))
        spans: dict[str, list[TopicSpan]] = defaultdict(list)
        for doc_id, *fields in s.execute(select(TopicSpanRow.document_id, TopicSpanRow.topic, TopicSpanRow.actor,
                                                TopicSpanRow.start, TopicSpanRow.end, TopicSpanRow.sentence)
                                         .where(TopicSpanRow.document_id.in_(ids),
                                                TopicSpanRow.actor.in_(("", a, b)))):
            spans[doc_id].append(TopicSpan(*fields))  # only the pair's own and the any-actor sentences
        rows = s.execute(select(*DOC_REF, DocumentRow.date_text, DocumentRow.topics, DocumentRow.facts)
                         .where(DocumentRow.id.in_(ids)).order_by(DocumentRow.date.nulls_last(), DocumentRow.id))
        pair = {(a, b), (b, a)}  # only the pair's facts are read into objects: a document may state many
        return [DocumentHead(*ref, date_text=date_text, topics=list(topics),
                             facts=[fact_from_json(f) for f in facts if pair & {tuple(p) for p in f["dyads"]}],
                             voices=voices[ref[0]], topic_spans=spans[ref[0]])
                for *ref, date_text, topics, facts in rows]


def pair_contacts(store: Store, a: str, b: str) -> dict[tuple[str, int], Contact]:
    """The contacts of the pair's events that count, by (document id, event seq)."""
    q = (select(EventRow.document_id, EventRow.seq, ContactRow).join(ContactRow, ContactRow.event_id == EventRow.id)
         .where(EventRow.id.in_(pair_event_ids(store, a, b)), EventRow.modality.in_(COUNTED)))
    with store.session() as s:
        return {(doc_id, seq): contact_from_row(seq, row) for doc_id, seq, row in s.execute(q)}


def pairs(store: Store) -> list[PairSummary]:
    """Every pair with at least one event that counts: most events first."""
    src, tgt = aliased(EventActorRow), aliased(EventActorRow)
    lo = case((src.actor < tgt.actor, src.actor), else_=tgt.actor).label("lo")
    hi = case((src.actor < tgt.actor, tgt.actor), else_=src.actor).label("hi")
    links = (select(src.event_id, lo, hi).distinct()
             .join(tgt, and_(tgt.event_id == src.event_id, tgt.side == "target"))
             .where(src.side == "source", src.actor != tgt.actor).subquery())
    q = (select(links.c.lo, links.c.hi, func.count(), func.avg(EventRow.score),
                func.max(case((ContactRow.planned.is_(False), ContactRow.date), else_=None)))
         .select_from(links).join(EventRow, EventRow.id == links.c.event_id)
         .outerjoin(ContactRow, ContactRow.event_id == EventRow.id)
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


def actor(store: Store, code: str) -> ActorSummary:
    """An actor's events as source and target over time, its partners and its speaking turns."""
    mine, other = aliased(EventActorRow), aliased(EventActorRow)
    year = func.coalesce(func.substr(_when(), 1, 4), "undated")
    counted = (select(mine.side, year, func.count(distinct(EventRow.id)))
               .join(EventRow, EventRow.id == mine.event_id).join(DocumentRow, DocumentRow.id == EventRow.document_id)
               .where(mine.actor == code, EventRow.modality.in_(COUNTED)).group_by(mine.side, year))
    partners = (select(other.actor, func.count(distinct(mine.event_id)))
                .join(other, and_(other.event_id == mine.event_id, other.side != mine.side, other.actor != code))
                .join(EventRow, EventRow.id == mine.event_id)
                .where(mine.actor == code, EventRow.modality.in_(COUNTED)).group_by(other.actor))
    turns = (select(func.count()).select_from(TurnRow)
             .join(SpeakerRow, and_(SpeakerRow.document_id == TurnRow.document_id, SpeakerRow.label == TurnRow.label))
             .where(or_(SpeakerRow.actor_id == code, SpeakerRow.country == code)))
    sides: dict[str, dict[str, int]] = {"source": {}, "target": {}}
    with store.session() as s:
        for side, when, n in s.execute(counted):
            sides[side][when] = n
        ranked = sorted(s.execute(partners), key=lambda r: (-r[1], r[0]))
        return ActorSummary(code, dict(sorted(sides["source"].items())), dict(sorted(sides["target"].items())),
                            [(a, n) for a, n in ranked], s.scalar(turns) or 0)


PG_DOCUMENT = "to_tsvector('english', coalesce(d.title, '') || ' ' || d.text)"
PG_EVENT = "to_tsvector('english', e.sentence)"


def search(store: Store, text: str, limit: int = 20) -> list[SearchHit]:
    """Documents, then event sentences, matching every word of `text` (stemmed, any order), best first:
    SQLite's FTS5 indexes or PostgreSQL's text search (migration 0008). The words are passed as quoted
    terms, never as query syntax."""
    words = re.findall(r"\w+", text)[:12]
    if not words:
        return []
    with store.session() as s:
        if store.engine.dialect.name == "sqlite":
            terms = " ".join(f'"{w}"' for w in words)
            docs = s.execute(sa_text(
                "SELECT d.id, d.source_id, d.title, d.date, d.doc_type, d.url, "
                "snippet(search_documents, 2, :a, :b, '…', 24) FROM search_documents "
                "JOIN documents d ON d.id = search_documents.document_id "
                "WHERE search_documents MATCH :q ORDER BY rank LIMIT :n"),
                {"q": terms, "a": MARK_START, "b": MARK_END, "n": limit}).all()
            events = s.execute(sa_text(
                "SELECT d.id, d.source_id, d.title, d.date, d.doc_type, d.url, "
                "highlight(search_events, 0, :a, :b), e.start, e.\"end\", e.type FROM search_events "
                "JOIN events e ON e.id = search_events.rowid JOIN documents d ON d.id = e.document_id "
                "WHERE search_events MATCH :q ORDER BY rank LIMIT :n"),
                {"q": terms, "a": MARK_START, "b": MARK_END, "n": limit}).all()
        else:  # the expressions of the GIN indexes (migration 0008), so the indexes serve the match
            options = f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=35, MinWords=15"
            words_q = "plainto_tsquery('english', :q)"
            docs = s.execute(sa_text(
                "SELECT d.id, d.source_id, d.title, d.date, d.doc_type, d.url, "
                f"ts_headline('english', d.text, {words_q}, :o) FROM documents d WHERE {PG_DOCUMENT} @@ {words_q} "
                f"ORDER BY ts_rank({PG_DOCUMENT}, {words_q}) DESC LIMIT :n"),
                {"q": " ".join(words), "o": options, "n": limit}).all()
            events = s.execute(sa_text(
                "SELECT d.id, d.source_id, d.title, d.date, d.doc_type, d.url, "
                f"ts_headline('english', e.sentence, {words_q}, :o), e.start, e.\"end\", e.type "
                f"FROM events e JOIN documents d ON d.id = e.document_id WHERE {PG_EVENT} @@ {words_q} "
                f"ORDER BY ts_rank({PG_EVENT}, {words_q}) DESC LIMIT :n"),
                {"q": " ".join(words), "o": options + ", HighlightAll=true", "n": limit}).all()
    return ([SearchHit("document", DocumentRef(*r[:6]), r[6]) for r in docs]
            + [SearchHit("event", DocumentRef(*r[:6]), r[6], r[7], r[8], r[9]) for r in events])
