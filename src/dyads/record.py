"""A `Document` as a document record: the schema of shared/devset/gold/*.json (DESIGN.md contract 1)."""

from __future__ import annotations

from typing import Any

from dyads.models import Document, Event


def to_record(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.source_id or doc.id,
        "url": doc.url,
        "doc_type": doc.doc_type,
        "date": doc.date.value if doc.date else None,
        "date_evidence": doc.date.text if doc.date else None,
        "date_alternatives": doc.date_alternatives,
        "location": (
            {"text": doc.location.text, "city": doc.location.city, "country": doc.location.country}
            if doc.location else None
        ),
        "speakers": [
            {"label": s.label, "name": s.name, "aliases": s.aliases, "role": s.role, "role_type": s.role_type,
             "country": s.country, "organization": s.organization, "turns": s.turns}
            for s in doc.speakers
        ],
        "countries_mentioned": doc.countries,
        "organizations_mentioned": doc.organizations,
        "dyads": [list(pair) for pair in doc.dyads],
        "event_dyads": [],
        "topics": doc.topics,
        "events": [event_record(e) for e in doc.events if e.counts],
        "facts": [f.sentence for f in doc.facts],
    }


def event_record(e: Event) -> dict[str, Any]:
    return {
        "sentence": e.sentence, "sentence_offset": e.start, "source": e.source, "target": e.target,
        "source_all": e.source_all, "target_all": e.target_all, "type": e.type, "date": e.date,
        "date_text": e.date_text, "mode": e.mode, "cameo": e.cameo, "score": e.score,
        "confidence": e.confidence, "future": e.future, "resolved_date": e.resolved_date, "turn": e.turn,
        "trigger": e.trigger, "modality": e.modality,
    }
