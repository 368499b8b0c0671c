"""Facts: sentences that state a fact or figure about a relationship (devset README 3.10): figures and
amounts, years, firsts and rankings, counts of meetings, treaty years, polls.

A sentence is a fact when it carries a marker of one of these (a number, an amount, a percentage, an
ordinal or superlative) and names an actor (development set: F1 0.54; also accepting sentences that only
name "the relationship" or "bilateral" ties added recall but as much noise). Questions, and sentences whose
only number is the document's own date line, are not facts. The sentence is kept exactly as written.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dyads.models import Document

MARKERS = re.compile(
    r"\d|\b(?:first|second|third|fourth|fifth|tenth|inaugural|oldest|only|largest|biggest|leading|ranked|"
    r"hundreds|thousands|millions|billions|dozens|once|twice|percent|half|majority)\b", re.I)
NOT_FACT = re.compile(r"^\W*(?:first of all|at first)\b", re.I)


def find_facts(doc: Document, sdoc: Doc) -> list[str]:
    facts = []
    for sent in sdoc.sents:
        text = sent.text.strip()
        if len(text) < 30 or text.endswith("?") or not MARKERS.search(_without_dates(text, doc)):
            continue
        if NOT_FACT.match(text) and not MARKERS.search(NOT_FACT.sub("", text)):
            continue
        actors = [m for m in doc.mentions if sent.start_char <= m.start < sent.end_char and m.kind != "place"]
        if actors:
            start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            facts.append(doc.text[start:start + len(text)])
    return facts


def _without_dates(text: str, doc: Document) -> str:
    """Drop the document's own date text so a dateline alone does not make a fact."""
    return text.replace(doc.date.text, "") if doc.date and doc.date.text else text
