"""Store: documents with their turns and speakers, keyed by content hash.

`Store.add` writes a document and everything under it in one transaction: after a crash or Ctrl-C
the database holds whole documents only, and re-running the batch adds exactly what is missing.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime

from sqlalchemy import func, inspect, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import sessionmaker

from dyads.models import (
    Contact,
    DateValue,
    Document,
    Event,
    Fact,
    Figure,
    Location,
    Mention,
    Span,
    Speaker,
    TopicSpan,
    Turn,
)
from dyads.settings import default_db_url
from dyads.store.db import open_engine
from dyads.store.schema import (
    ContactRow,
    DocumentPairRow,
    DocumentRow,
    EventActorRow,
    EventRow,
    MentionRow,
    SpeakerRow,
    TopicSpanRow,
    TurnRow,
)


class Store:
    def __init__(self, url: str | None = None):
        self.url = url or default_db_url()
        self.engine = open_engine(self.url)
        self.session = sessionmaker(self.engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def has(self, doc_id: str) -> bool:
        with self.session() as s:
            return s.get(DocumentRow, doc_id) is not None

    def add(self, doc: Document) -> bool:
        """Store the document; False if a document with the same content is already there."""
        try:
            with self.session.begin() as s:
                if s.get(DocumentRow, doc.id) is not None:
                    return False
                s.add(_to_row(doc))
            return True
        except IntegrityError:  # another process stored the same content a moment ago
            return False

    def get(self, key: str) -> Document | None:
        """By content id, unique id prefix, or the input's own id ("d01", "s001")."""
        with self.session() as s:
            row = s.get(DocumentRow, key)
            if row is None:
                rows = s.scalars(
                    select(DocumentRow)
                    .where(or_(DocumentRow.source_id == key, DocumentRow.id.startswith(key, autoescape=True)))
                    .limit(2)
                ).all()
                row = rows[0] if len(rows) == 1 else None
            return document_from_row(row) if row is not None else None

    def counts(self) -> dict[str, int]:
        with self.session() as s:
            return {
                table.__tablename__: s.scalar(select(func.count()).select_from(table))
                for table in (DocumentRow, TurnRow, SpeakerRow, MentionRow, EventRow, ContactRow)
            }

    def documents(self) -> list[tuple[str, str | None, str, str | None, str | None]]:
        """(id, source_id, doc_type, date, title) of every document, newest first."""
        with self.session() as s:
            return [tuple(r) for r in s.execute(
                select(DocumentRow.id, DocumentRow.source_id, DocumentRow.doc_type, DocumentRow.date,
                       DocumentRow.title).order_by(DocumentRow.date.desc().nulls_last(), DocumentRow.id))]


EVENT_FIELDS = ("type", "source", "target", "source_all", "target_all", "sentence", "start", "end", "trigger",
                "mode", "cameo", "score", "confidence", "future", "date", "date_precision", "date_text",
                "resolved_date", "turn", "modality", "topics", "named", "told")


def _event_from_row(row: EventRow) -> Event:
    """The Event a row holds; a column left unloaded (an earlier migration reading rows before a later one
    adds it) keeps the Event's default."""
    unloaded = inspect(row).unloaded
    return Event(**{k: getattr(row, k) for k in EVENT_FIELDS if k not in unloaded})


def _event_columns(e: Event) -> dict:
    return {k: getattr(e, k) for k in EVENT_FIELDS}


def _actor_rows(e: Event) -> list[EventActorRow]:
    """Each actor on each side once; the event's own source and target are primary."""
    return [EventActorRow(side=side, actor=actor, is_primary=actor == primary)
            for side, listed, primary in (("source", e.source_all, e.source), ("target", e.target_all, e.target))
            for actor in dict.fromkeys([*(listed or []), *([primary] if primary else [])])]


def _to_row(doc: Document) -> DocumentRow:
    row = DocumentRow(
        id=doc.id, source_id=doc.source_id, name=doc.name, url=doc.url, title=doc.title, kind=doc.kind,
        doc_type=doc.doc_type, date=doc.date.value if doc.date else None,
        date_precision=doc.date.precision if doc.date else None, date_text=doc.date.text if doc.date else None,
        date_end=doc.date.end if doc.date else None,
        location_text=doc.location.text if doc.location else None,
        location_city=doc.location.city if doc.location else None,
        location_country=doc.location.country if doc.location else None,
        text=doc.text, boilerplate=[[b.start, b.end, b.label] for b in doc.boilerplate],
        ingested_at=datetime.now(UTC).replace(tzinfo=None),
        countries=doc.countries, organizations=doc.organizations, dyads=[list(p) for p in doc.dyads],
        topics=doc.topics, facts=[asdict(f) for f in doc.facts], language=doc.language,
    )
    row.mentions = [MentionRow(start=m.start, end=m.end, text=m.text, actor_id=m.actor_id, kind=m.kind,
                               country=m.country, confidence=m.confidence, rule=m.rule) for m in doc.mentions]
    contacts = {c.event: c for c in doc.contacts}
    row.events = [EventRow(seq=i, actors=_actor_rows(e), contact=_contact_row(contacts.get(i)), **_event_columns(e))
                  for i, e in enumerate(doc.events)]
    row.topic_spans = [TopicSpanRow(topic=t.topic, actor=t.actor, start=t.start, end=t.end, sentence=t.sentence)
                       for t in doc.topic_spans]
    row.pairs = [DocumentPairRow(a=a, b=b) for a, b in {tuple(sorted(p)) for p in doc.dyads if len(set(p)) == 2}]
    row.turns = [TurnRow(seq=i, label=t.label, start=t.start, end=t.end, text_start=t.text_start,
                         interpreted=t.interpreted) for i, t in enumerate(doc.turns)]
    row.speakers = [SpeakerRow(seq=i, label=sp.label, name=sp.name, aliases=sp.aliases, role=sp.role,
                               role_type=sp.role_type, country=sp.country, organization=sp.organization,
                               turns=sp.turns, actor_id=sp.actor_id) for i, sp in enumerate(doc.speakers)]
    return row


def _contact_row(c: Contact | None) -> ContactRow | None:
    return c and ContactRow(kind=c.kind, date=c.date, planned=c.planned, place=c.place, host=c.host,
                            participants=[list(p) for p in c.participants])


def contact_from_row(seq: int, row: ContactRow) -> Contact:
    return Contact(seq, row.kind, row.date, row.planned, row.place, row.host, [tuple(p) for p in row.participants])


def document_from_row(row: DocumentRow, events: bool = True, mentions: list[Mention] | None = None) -> Document:
    """The Document a row holds; without `events` its events are left unloaded (and empty); `mentions`,
    when the caller read them in bulk, stand for the row's."""
    return Document(
        text=row.text, kind=row.kind, name=row.name, source_id=row.source_id, url=row.url, title=row.title,
        boilerplate=[Span(*b) for b in row.boilerplate], doc_type=row.doc_type,
        date=DateValue(row.date, row.date_precision or "day", row.date_text or "",
                       end=None if "date_end" in inspect(row).unloaded else row.date_end) if row.date else None,
        location=Location(row.location_text or "", row.location_city, row.location_country)
        if row.location_country or row.location_text else None,
        turns=[Turn(t.label, t.start, t.end, t.text_start, t.interpreted) for t in row.turns],
        speakers=[Speaker(sp.label, sp.name, list(sp.aliases), sp.role, sp.role_type, sp.country,
                          sp.organization, sp.turns, sp.actor_id) for sp in row.speakers],
        mentions=mentions if mentions is not None else [
            Mention(m.start, m.end, m.text, m.actor_id, m.kind, m.country, m.confidence, m.rule) for m in row.mentions],
        countries=list(row.countries), organizations=list(row.organizations),
        dyads=[tuple(p) for p in row.dyads], topics=list(row.topics),
        facts=[fact_from_json(f, row.text) for f in row.facts],
        events=[_event_from_row(e) for e in row.events] if events else [],
        contacts=[contact_from_row(e.seq, e.contact) for e in row.events if e.contact] if events else [],
        topic_spans=[TopicSpan(t.topic, t.actor, t.start, t.end, t.sentence) for t in row.topic_spans],
        id=row.id, language=row.language,
    )


def fact_from_json(value: dict | str, text: str | None = None) -> Fact:
    """A stored fact; one stored as a bare sentence (before facts carried their offsets and figures) is
    found in `text`, else has no offsets."""
    if isinstance(value, str):
        start = text.find(value) if text is not None else -1
        return Fact(value, start, start + len(value))
    return Fact(**{**value, "dyads": [tuple(p) for p in value["dyads"]],
                   "figures": [Figure(**f) for f in value["figures"]]})


__all__ = ["Store", "EVENT_FIELDS", "contact_from_row", "document_from_row", "fact_from_json"]
