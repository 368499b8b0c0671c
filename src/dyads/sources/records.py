"""JSON and JSONL documents: the devset corpus form and a plain form.

    {"id", "url", "title", "fetched_text", ...}     (devset corpus, samples)
    {"id", "url", "title", "date", "text"}          (plain)

A JSON file may hold one object or a list of them; a JSONL file holds one object per line. Every field
is checked at this boundary (type and length, `FIELDS`): a record with a wrong-typed field is rejected
with the field named, never passed on to fail deep in a later stage.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from dyads import errors
from dyads.models import Rejection, SourceItem

# field → the longest value accepted (characters); every field is optional text but the document's text
FIELDS = {"id": 500, "url": 4096, "title": 2000, "date": 200, "format": 20}
TYPE_NAMES = {bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "an object"}


def _loads(data: bytes | str) -> object:
    """json.loads, with nesting too deep for Python's parser reported as invalid JSON."""
    try:
        return json.loads(data)
    except RecursionError:
        raise json.JSONDecodeError("nested too deeply", "", 0) from None


def items_from_json(name: str, data: bytes, stem: str) -> Iterator[SourceItem | Rejection]:
    try:
        obj = _loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        yield Rejection(name, errors.BAD_JSON.format(error=exc))
        return
    if isinstance(obj, list):
        for i, element in enumerate(obj):
            yield record_item(f"{name}[{i}]", element, f"{stem}-{i}")
    else:
        yield record_item(name, obj, stem)


def items_from_jsonl(name: str, data: bytes) -> Iterator[SourceItem | Rejection]:
    try:
        lines = data.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError as exc:
        yield Rejection(name, errors.BAD_JSON.format(error=exc))
        return
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            obj = _loads(line)
        except json.JSONDecodeError as exc:
            yield Rejection(where, errors.BAD_JSON.format(error=exc))
            continue
        yield record_item(where, obj, f"line{number}")


def record_item(name: str, obj: Any, fallback_id: str) -> SourceItem | Rejection:
    if not isinstance(obj, dict):
        return Rejection(name, errors.BAD_RECORD)
    text = obj.get("fetched_text", obj.get("text"))
    if not isinstance(text, str):
        return Rejection(name, errors.BAD_RECORD)
    for field, longest in FIELDS.items():
        value = obj.get(field)
        if field == "id" and isinstance(value, int) and not isinstance(value, bool):
            continue
        if value is not None and not isinstance(value, str):
            return Rejection(name, errors.BAD_FIELD.format(field=field, what=TYPE_NAMES.get(type(value), "not text")))
        if value is not None and len(value) > longest:
            return Rejection(name, errors.LONG_FIELD.format(field=field, size=len(value), limit=longest))
    kind = "html" if obj.get("format") == "html" or _looks_like_html(text) else "text"
    return SourceItem(
        name=name,
        kind=kind,
        data=text,
        source_id=str(obj.get("id") or fallback_id),
        url=obj.get("url") or None,
        title=obj.get("title"),
        date=obj.get("date"),
    )


def _looks_like_html(text: str) -> bool:
    head = text[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head
