"""A `Document` as a document record: the schema of shared/devset/gold/*.json (DESIGN.md contract 1).

Fields that later stages fill (topics, events, facts) are present and empty until then.
"""

from __future__ import annotations

from typing import Any

from dyads.models import Document


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
        "topics": [],
        "events": [],
        "facts": [],
    }
