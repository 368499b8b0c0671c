"""Sentence coding: events from short texts without a document around them (news sentences, the PLOVER
gold-standard records). No speaker and no dyad: actors come from the sentence alone, and an event
whose only actor is its source is read as domestic (source = target), as event data sets code it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from dyads.actors.resolve import resolve
from dyads.events.coder import code_sentence
from dyads.events.context import Context
from dyads.models import Event
from dyads.nlp import load_nlp


@dataclass
class CodedText:
    id: str
    events: list[Event]


def code_texts(records: Iterable[tuple[str, str, date | None]], batch_size: int = 32) -> Iterator[CodedText]:
    """(id, text, date) → the events of every sentence of the text, main event first."""
    nlp = load_nlp()
    records = list(records)
    for (rid, _text, day), sdoc in zip(records, nlp.pipe((r[1] for r in records), batch_size=batch_size),
                                       strict=True):
        mentions = resolve(sdoc, day)
        parties: list[str] = []
        for m in mentions:
            actor = m.actor_id if m.kind == "organization" else m.country
            if actor and m.kind != "place" and actor not in parties:
                parties.append(actor)
        events: list[Event] = []
        for sent in sdoc.sents:
            ctx = Context(mentions=[m for m in mentions if sent.start_char <= m.start < sent.end_char],
                          parties=parties, doc_date=day, domestic=True)
            events.extend(code_sentence(sent, ctx))
        yield CodedText(rid, events)
