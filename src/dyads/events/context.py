"""What the event coder knows beyond the sentence it reads: the document's parties, speaker, publisher and date
(`Context`), and what its earlier sentences left to refer back to (`Discourse`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from dyads.models import Mention


@dataclass(frozen=True)
class Discourse:
    """What the document's earlier sentences leave for a later one to refer back to (`agents.remember` reads one
    sentence into it)."""

    antecedent: list[str] = field(default_factory=list)   # the previous sentence's official: whom "he", "she" are
    together: list[str] = field(default_factory=list)     # the last states named together as a subject: "they"
    together_just: bool = False                           # … named so in the sentence just before
    aggressor: list[str] = field(default_factory=list)    # who did the last act of force: whom "the launch" is
    accuser: list[str] = field(default_factory=list)      # who made the last accusation: whose "these claims" are


@dataclass
class Context:
    """What the coder knows beyond the sentence."""

    mentions: list[Mention]
    speaker_country: str | None = None
    parties: list[str] = field(default_factory=list)        # the document's principal parties, main first
    dyads: list[tuple[str, str]] = field(default_factory=list)
    doc_date: date | None = None
    turn: int | None = None
    journalist: bool = False
    reporter: list[str] = field(default_factory=list)      # the state whose official opens the document
    joint: bool = False           # a joint statement: "we" is both parties
    publisher: str | None = None  # the government whose site published the document: "we" outside a turn
    salient: list[str] = field(default_factory=list)       # states of the document, most mentioned first
    domestic: bool = False        # sentence coding: an event with one actor is internal (source = target)
    doc_type: str = "other"
    sentence_index: int = 0
    date_in_sentence: bool = False
    quoted: str | None = None     # whom a quotation running through this sentence is attributed to in another one
    discourse: Discourse = field(default_factory=Discourse)   # what earlier sentences left to refer to
