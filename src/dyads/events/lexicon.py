"""The curated trigger lexicon (data/triggers.csv) and the event-type table (data/types.csv)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Trigger:
    words: tuple[str, ...]   # lemmas, lower case
    pos: str                 # VERB | NOUN | ADJ | ANY
    type: str
    mode: str | None
    cameo: str
    negated: bool = False    # the row reads the word negated ("will not tolerate": THREATEN), and only then


@dataclass(frozen=True)
class EventType:
    name: str
    quad: str
    score: float
    cameo: str
    intent_cameo: str   # the CAMEO code of announcing this action: "will provide aid" is 033, not 037


def _rows(name: str) -> list[dict[str, str]]:
    with (resources.files("dyads.events") / "data" / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@cache
def event_types() -> dict[str, EventType]:
    return {r["type"]: EventType(r["type"], r["quad"], float(r["score"]), r["cameo"], r["intent_cameo"])
            for r in _rows("types.csv")}


QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")  # types.csv's


@cache
def triggers() -> dict[str, list[Trigger]]:
    """First lemma → triggers starting with it, longest first."""
    index: dict[str, list[Trigger]] = {}
    for r in _rows("triggers.csv"):
        words = tuple(r["trigger"].lower().split())
        index.setdefault(words[0], []).append(Trigger(words, r["pos"], r["type"], r["mode"] or None, r["cameo"],
                                                   r["sense"] == "negated"))
    for group in index.values():
        group.sort(key=lambda t: -len(t.words))
    return index

