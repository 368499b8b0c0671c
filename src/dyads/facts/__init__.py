"""Facts: sentences that state a fact or figure about a relationship (devset README 3.10): figures and
amounts, years, firsts and rankings, counts of meetings, treaty years, polls.

A sentence is a fact when it carries a marker of one of these (a number, an amount, a percentage, an
ordinal or superlative) and names an actor (development set: F1 0.54; also accepting sentences that only
name "the relationship" or "bilateral" ties added recall but as much noise). Questions, and sentences whose
only number is the document's own date line, are not facts. The sentence is kept exactly as written,
with the actors it names, the pairs it is about, its figures (facts.figures) and its topics.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span

from dyads.facts.figures import figures
from dyads.models import Document, Fact
from dyads.topics import tag_topics

MARKERS = re.compile(
    r"\d|\b(?:first|second|third|fourth|fifth|tenth|inaugural|oldest|only|largest|biggest|leading|ranked|"
    r"hundreds|thousands|millions|billions|dozens|once|twice|percent|half|majority)\b", re.I)
NOT_FACT = re.compile(r"^\W*(?:first of all|at first)\b", re.I)


def find_facts(doc: Document, sdoc: Doc) -> list[Fact]:
    facts = []
    ents = list(sdoc.ents)  # once: Span.ents rescans the whole document's entities on every call
    for sent in sdoc.sents:
        text = sent.text.strip()
        if len(text) < 30 or text.endswith("?") or not MARKERS.search(_without_dates(text, doc)):
            continue
        if NOT_FACT.match(text) and not MARKERS.search(NOT_FACT.sub("", text)):
            continue
        mentions = [m for m in doc.mentions_in(sent.start_char, sent.end_char) if m.kind != "place"]
        if mentions:
            start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            actors = sorted({m.country or m.actor_id for m in mentions})
            states = sorted({m.country for m in mentions if m.country})
            in_sent = ents[bisect_left(ents, sent.start, key=_start):bisect_left(ents, sent.end, key=_start)]
            facts.append(Fact(doc.text[start:start + len(text)], start, start + len(text), actors,
                              _pairs(states, doc.dyads), figures(in_sent), tag_topics(text)))
    return facts


def _start(span: Span) -> int:
    return span.start


def _pairs(states: list[str], dyads: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The pairs of states the sentence names itself; a sentence naming one side is about the document's
    pairs that include it ("Belgium is a valued NATO ally" in a Belgium–United States fact sheet)."""
    named = [(a, b) for i, a in enumerate(states) for b in states[i + 1:]]
    return named or [p for p in dyads if set(p) & set(states)]


def _without_dates(text: str, doc: Document) -> str:
    """Drop the document's own date text so a dateline alone does not make a fact."""
    return text.replace(doc.date.text, "") if doc.date and doc.date.text else text
