"""Structure: turns, speakers, date, location and doc_type of a cleaned `Document`."""

from __future__ import annotations

from datetime import date

from dyads.actors import kb
from dyads.models import Document
from dyads.structure.dates import NOT_DATED, document_date
from dyads.structure.doctype import classify
from dyads.structure.location import find_location, mission_location, title_location
from dyads.structure.speakers import resolve_speakers
from dyads.structure.turns import find_labels, segment

SPOKEN = {"remarks", "transcript", "briefing", "interview"}  # a title can name where these were spoken


def analyse(doc: Document) -> Document:
    """Fill turns, speakers, date, location and doc_type in place; return the document."""
    masked = doc.masked_text()
    labels = find_labels(masked)
    doc.turns = segment(doc.text, masked, labels)
    header_end = doc.turns[0].start if doc.turns else 0
    is_article = classify(doc.title, masked, []) == "article"
    dated = doc.masked_text(NOT_DATED)
    doc.date = document_date(doc.text, dated, header_end, is_article, doc.published, doc.title)
    year = doc.date.value[:4] if doc.date else None
    publisher = kb.publisher(doc.url)
    doc.location = None if is_article else find_location(masked, header_end, doc.title, publisher, year)
    own_words: dict[str, str] = {}
    for turn in doc.turns:
        own_words[turn.label] = own_words.get(turn.label, "") + "\n" + doc.text[turn.text_start:turn.end]
    day = date.fromisoformat(doc.date.value) if doc.date and doc.date.precision == "day" else None
    doc.speakers = resolve_speakers(labels, doc.text, masked, doc.title, doc.location, day, own_words, publisher)
    doc.doc_type = classify(doc.title, masked, doc.speakers, doc.url)
    if doc.location is None and doc.doc_type in SPOKEN:
        doc.location = title_location(doc.title) or (mission_location(doc.url) if doc.doc_type == "remarks" else None)
    return doc

