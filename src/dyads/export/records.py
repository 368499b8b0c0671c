"""One serialiser per record kind: the document record (the devset gold schema, DESIGN.md contract 1),
its event record, and the PLOVER-style event record with its provenance (contract 2).

dyads codes a planned meeting, visit or invitation as CONSULT flagged `future`, and an announced
"will support" as SUPPORT flagged `future`; the PLOVER manual codes both as AGREE (an expressed
intent), so the PLOVER record maps them: `event` is the PLOVER type, `dyads_type` keeps dyads' own.
"""

from __future__ import annotations

from typing import Any

from dyads.models import Document, Event, StoredEvent

FUTURE_AS_AGREE = {"CONSULT", "SUPPORT", "AID"}   # planned meetings, signings and aid: PLOVER codes the promise AGREE


def document_record(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.source_id or doc.id,
        "url": doc.url,
        "doc_type": doc.doc_type,
        # the date the text states (devset README 3.2); a date only the input's metadata gives is the
        # publication date, kept apart (the store still dates the document by it when the text is silent)
        "date": doc.date.value if doc.date and doc.date.text else None,
        "date_evidence": doc.date.text if doc.date and doc.date.text else None,
        "date_end": doc.date.end if doc.date and doc.date.text else None,   # a stated range's last day
        "date_alternatives": doc.date_alternatives if doc.date and doc.date.text else [],
        "published": doc.date.value if doc.date and not doc.date.text else None,
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


def plover_type(e: Event) -> str:
    return "AGREE" if e.future and e.type in FUTURE_AS_AGREE else e.type


def plover_record(stored: StoredEvent) -> dict[str, Any]:
    """The PLOVER fields, then where the event comes from: a spreadsheet of these rows is a timeline."""
    from dyads.events.lexicon import event_types  # the event package loads spaCy: only when exporting

    e, doc = stored.event, stored.document
    kind = plover_type(e)
    doc_id = doc.source_id or doc.id
    return {
        "id": f"{doc_id}-{stored.seq:04d}",
        "date": stored.when,
        "actor": e.source_all,
        "recipient": e.target_all,
        "event": kind,
        "mode": [e.mode] if e.mode else [],
        "context": [],
        "event_text": e.sentence,
        "text_info": {"start": e.start, "end": e.end},
        "cite_info": {"url": doc.url, "title": doc.title},
        "cameo": e.cameo,
        "score": event_types()[kind].score,
        "quad": event_types()[kind].quad,
        "dyads_type": e.type,
        "future": e.future,
        "modality": e.modality,
        "event_date": e.date,
        "date_text": e.date_text,
        "resolved_date": e.resolved_date,
        "confidence": e.confidence,
        "document_id": doc_id,
        "document_date": doc.date,
        "document_type": doc.doc_type,
    }
