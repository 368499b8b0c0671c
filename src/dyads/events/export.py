"""PLOVER-style event records (DESIGN.md contract 2): JSONL with nested fields, CSV and Parquet flat.

dyads codes a planned meeting, visit or invitation as CONSULT flagged `future`, and an announced
"will support" as SUPPORT flagged `future`; the PLOVER manual codes both as AGREE (an expressed
intent), so the export maps them: `event` is the PLOVER type, `dyads_type` keeps dyads' own.
"""

from __future__ import annotations

from typing import Any

from dyads.events.lexicon import event_types
from dyads.models import Event

FUTURE_AS_AGREE = {"CONSULT", "SUPPORT"}


def plover_type(e: Event) -> str:
    return "AGREE" if e.future and e.type in FUTURE_AS_AGREE else e.type


def plover_record(e: Event, doc_id: str, seq: int, url: str | None, title: str | None) -> dict[str, Any]:
    kind = plover_type(e)
    return {
        "id": f"{doc_id}-{seq:04d}",
        "date": e.date or e.resolved_date,
        "actor": e.source_all,
        "recipient": e.target_all,
        "event": kind,
        "mode": [e.mode] if e.mode else [],
        "context": [],
        "event_text": e.sentence,
        "text_info": {"start": e.start, "end": e.end},
        "cite_info": {"url": url, "title": title},
        "cameo": e.cameo,
        "score": event_types()[kind].score,
        "quad": event_types()[kind].quad,
        "dyads_type": e.type,
        "future": e.future,
        "date_text": e.date_text,
        "confidence": e.confidence,
    }


def flat(record: dict[str, Any]) -> dict[str, Any]:
    """The same record with lists joined by ';' and nested objects spread into columns."""
    out = {}
    for key, value in record.items():
        if isinstance(value, list):
            out[key] = ";".join(value)
        elif isinstance(value, dict):
            for sub, v in value.items():
                out[f"{key}_{sub}"] = v
        else:
            out[key] = value
    return out
