"""Tables. One schema for SQLite and PostgreSQL, created and changed only by Alembic migrations."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Text, false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)  # content hash (text.fingerprint)
    source_id: Mapped[str | None] = mapped_column(String(200), index=True)
    name: Mapped[str] = mapped_column(Text)          # where it came from: path, URL, "stdin"
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(8))
    doc_type: Mapped[str] = mapped_column(String(20), index=True)
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    date_precision: Mapped[str | None] = mapped_column(String(5))
    date_text: Mapped[str | None] = mapped_column(Text)
    date_end: Mapped[str | None] = mapped_column(String(10))   # a stated range's last day
    location_text: Mapped[str | None] = mapped_column(Text)
    location_city: Mapped[str | None] = mapped_column(String(100))
    location_country: Mapped[str | None] = mapped_column(String(12))
    text: Mapped[str] = mapped_column(Text)
    boilerplate: Mapped[list] = mapped_column(JSON)  # [[start, end, label], ...]
    ingested_at: Mapped[datetime] = mapped_column(DateTime)
    countries: Mapped[list] = mapped_column(JSON, default=list)
    organizations: Mapped[list] = mapped_column(JSON, default=list)
    dyads: Mapped[list] = mapped_column(JSON, default=list)
    topics: Mapped[list] = mapped_column(JSON, default=list)
    facts: Mapped[list] = mapped_column(JSON, default=list)
    language: Mapped[str] = mapped_column(String(8), server_default="en")

    turns: Mapped[list[TurnRow]] = relationship(back_populates="document", cascade="all, delete-orphan",
                                                order_by="TurnRow.seq")
    speakers: Mapped[list[SpeakerRow]] = relationship(back_populates="document", cascade="all, delete-orphan",
                                                      order_by="SpeakerRow.seq")
    mentions: Mapped[list[MentionRow]] = relationship(back_populates="document", cascade="all, delete-orphan",
                                                      order_by="MentionRow.start")
    events: Mapped[list[EventRow]] = relationship(back_populates="document", cascade="all, delete-orphan",
                                                  order_by="EventRow.seq")
    pairs: Mapped[list[DocumentPairRow]] = relationship(cascade="all, delete-orphan")
    topic_spans: Mapped[list[TopicSpanRow]] = relationship(cascade="all, delete-orphan")


class TurnRow(Base):
    __tablename__ = "turns"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text_start: Mapped[int] = mapped_column(Integer)
    interpreted: Mapped[bool] = mapped_column(Boolean, default=False)

    document: Mapped[DocumentRow] = relationship(back_populates="turns")


class SpeakerRow(Base):
    __tablename__ = "speakers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(Text)
    name: Mapped[str | None] = mapped_column(Text)
    aliases: Mapped[list] = mapped_column(JSON)
    role: Mapped[str | None] = mapped_column(Text)
    role_type: Mapped[str] = mapped_column(String(20))
    country: Mapped[str | None] = mapped_column(String(12), index=True)
    organization: Mapped[str | None] = mapped_column(String(40))
    turns: Mapped[int] = mapped_column(Integer)
    actor_id: Mapped[str | None] = mapped_column(String(80), index=True)

    document: Mapped[DocumentRow] = relationship(back_populates="speakers")


class MentionRow(Base):
    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    actor_id: Mapped[str] = mapped_column(String(80), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    country: Mapped[str | None] = mapped_column(String(12), index=True)
    confidence: Mapped[float] = mapped_column(Float)
    rule: Mapped[str] = mapped_column(String(20))

    document: Mapped[DocumentRow] = relationship(back_populates="mentions")


class EventRow(Base):
    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(12), index=True)
    mode: Mapped[str | None] = mapped_column(String(30))
    source: Mapped[str | None] = mapped_column(String(40), index=True)
    target: Mapped[str | None] = mapped_column(String(40), index=True)
    source_all: Mapped[list] = mapped_column(JSON)
    target_all: Mapped[list] = mapped_column(JSON)
    cameo: Mapped[str] = mapped_column(String(6))
    score: Mapped[float] = mapped_column(Float)
    confidence: Mapped[float] = mapped_column(Float)
    future: Mapped[bool] = mapped_column(Boolean)
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    date_precision: Mapped[str | None] = mapped_column(String(5))
    date_text: Mapped[str | None] = mapped_column(Text)
    resolved_date: Mapped[str | None] = mapped_column(String(10))
    sentence: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    trigger: Mapped[str] = mapped_column(Text)
    turn: Mapped[int | None] = mapped_column(Integer)
    modality: Mapped[str] = mapped_column(String(12), index=True, server_default="asserted")
    topics: Mapped[list | None] = mapped_column(JSON, nullable=True)
    named: Mapped[list | None] = mapped_column(JSON, nullable=True)
    told: Mapped[bool] = mapped_column(Boolean, server_default=false())

    document: Mapped[DocumentRow] = relationship(back_populates="events")
    actors: Mapped[list[EventActorRow]] = relationship(cascade="all, delete-orphan")
    contact: Mapped[ContactRow | None] = relationship(cascade="all, delete-orphan")


class ContactRow(Base):
    """The contact an event records (`contacts.find_contacts`): its pair is its event's."""

    __tablename__ = "contacts"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    planned: Mapped[bool] = mapped_column(Boolean)
    place: Mapped[str | None] = mapped_column(Text)
    host: Mapped[str | None] = mapped_column(String(40))
    participants: Mapped[list] = mapped_column(JSON)   # [[name, state], ...]


class TopicSpanRow(Base):
    """Where a document states a topic's cue: first overall (actor "") and first naming each actor."""

    __tablename__ = "topic_spans"

    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    topic: Mapped[str] = mapped_column(String(40), primary_key=True)
    actor: Mapped[str] = mapped_column(String(80), primary_key=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    sentence: Mapped[str] = mapped_column(Text)


class EventActorRow(Base):
    """One actor on one side of an event: every pair and actor query reads this table, never JSON columns.
    An event is between a and b when a is on one side and b on the other (`query.pair_events`)."""

    __tablename__ = "event_actors"
    __table_args__ = (Index("ix_event_actors_actor_side", "actor", "side", "event_id"),)

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    side: Mapped[str] = mapped_column(String(6), primary_key=True)     # source | target
    actor: Mapped[str] = mapped_column(String(40), primary_key=True)
    is_primary: Mapped[bool] = mapped_column(Boolean)                   # the event's own source or target


class DocumentPairRow(Base):
    """A main pair of a document (`Document.dyads`), a < b: documents about a pair without parsing JSON."""

    __tablename__ = "document_pairs"
    __table_args__ = (Index("ix_document_pairs_pair", "a", "b"),)

    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    a: Mapped[str] = mapped_column(String(40), primary_key=True)
    b: Mapped[str] = mapped_column(String(40), primary_key=True)


class CollectedUrlRow(Base):
    """What `dyads collect` knows of one URL: when and how it was last fetched, its validators, and the
    document it produced (with the one it replaced, when the page changed)."""

    __tablename__ = "collected_urls"

    url: Mapped[str] = mapped_column(Text, primary_key=True)
    source: Mapped[str] = mapped_column(String(200), index=True)
    first_seen: Mapped[datetime] = mapped_column(DateTime)
    last_fetched: Mapped[datetime | None] = mapped_column(DateTime)
    http_status: Mapped[int | None] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(12))        # added | present | unchanged | rejected | skipped
    reason: Mapped[str | None] = mapped_column(Text)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10))   # the date the feed or sitemap gave
    document_id: Mapped[str | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))
    previous_document_id: Mapped[str | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))


class CollectRunRow(Base):
    """One source's part of one `dyads collect` run."""

    __tablename__ = "collect_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source: Mapped[str] = mapped_column(String(200), index=True)
    started: Mapped[datetime] = mapped_column(DateTime)
    finished: Mapped[datetime] = mapped_column(DateTime)
    discovered: Mapped[int] = mapped_column(Integer)
    fetched: Mapped[int] = mapped_column(Integer)
    added: Mapped[int] = mapped_column(Integer)
    unchanged: Mapped[int] = mapped_column(Integer)
    rejected: Mapped[int] = mapped_column(Integer)
    problems: Mapped[list] = mapped_column(JSON)                # [[url, reason], ...] of discovery and fetches
