"""The curated trigger lexicon (data/triggers.csv), the conditions on its words (data/conditions.csv, with the
word sets they name in data/word_sets.csv) and the event-type table (data/types.csv)."""

from __future__ import annotations

import csv
import re
from collections import Counter
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
    target_preps: frozenset[str]   # under a trigger of this type these introduce whom it is done to ("invasion
    # of Ukraine", "sanctions on Russia"), not what it is about ("talks on Ukraine")


# An -ize word's British spelling ("recognise", "militarisation", "destabilising"): spaCy lemmatises each spelling to
# itself, so the lexicon reads every -ize word of its files under both; "seize" and "size" are no -ize words
_IZE = re.compile(r"(?<=[^es])iz(?=(?:e|es|ed|ing|ation|ations)\b)")


def spellings(word: str) -> tuple[str, ...]:
    """A lexicon word, and its British spelling where it has one."""
    british = _IZE.sub("is", word)
    return (word,) if british == word else (word, british)


def _rows(name: str) -> list[dict[str, str]]:
    with (resources.files("dyads.events") / "data" / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@cache
def event_types() -> dict[str, EventType]:
    return {r["type"]: EventType(r["type"], r["quad"], float(r["score"]), r["cameo"], r["intent_cameo"],
                                 frozenset(r["target_preps"].split()))
            for r in _rows("types.csv")}


QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")  # types.csv's


@cache
def triggers() -> dict[str, list[Trigger]]:
    """First lemma → triggers starting with it, longest first."""
    index: dict[str, list[Trigger]] = {}
    for r in _rows("triggers.csv"):
        for spelt in spellings(r["trigger"].lower()):
            words = tuple(spelt.split())
            index.setdefault(words[0], []).append(Trigger(words, r["pos"], r["type"], r["mode"] or None, r["cameo"],
                                                       r["sense"] == "negated"))
    for group in index.values():
        group.sort(key=lambda t: -len(t.words))
    return index


@dataclass(frozen=True)
class Clause:
    """One test of a condition: a predicate of `events/predicates.py` (PREDICATES), its words, negated or not."""

    name: str
    words: frozenset[str]
    negated: bool


@dataclass(frozen=True)
class Condition:
    """When a trigger word means something else or nothing: its clauses all hold, then `then` — "skip" (no event
    from this row), "TYPE CAMEO [MODE|-]" (re-typed; "-" clears the mode), or "planned TYPE CAMEO [also]" (a
    planned event, read at once; "also": the word's own reading stands beside it, "agreed to meet" is both).
    Stage "before" rows apply in order before the modal and intent rules, "after" rows after them, the first
    that holds."""

    trigger: str          # the lexicon row's first word, or "=words" for the row's exact words
    stage: str
    clauses: tuple[Clause, ...]
    then: tuple[str, ...]
    why: str

    def fits(self, words: tuple[str, ...]) -> bool:
        exact = self.trigger.startswith("=") or " " in self.trigger   # "=call", "work together": the row's words
        return " ".join(words) == self.trigger.lstrip("=") if exact else words[0] == self.trigger


CLAUSE = re.compile(r"(?P<neg>not )?(?P<name>\w+)(?:\((?P<args>[^)]*)\))?$")


@cache
def word_sets() -> dict[str, frozenset[str]]:
    rows = _rows("word_sets.csv")
    names = Counter(r["name"] for r in rows)
    if twice := sorted(n for n, k in names.items() if k > 1):
        raise ValueError(f"word_sets.csv: {', '.join(twice)} defined more than once (the last would silently win)")
    return {r["name"]: frozenset(w for word in r["words"].split() for w in spellings(word)) for r in rows}


@cache
def conditions() -> tuple[Condition, ...]:
    out = []
    for r in _rows("conditions.csv"):   # "recognize|acknowledge": one condition for each word (and spelling)
        clauses = []
        for text in r["when"].split(" & "):
            m = CLAUSE.match(text.strip())
            if not m:
                raise ValueError(f"conditions.csv: cannot read {text!r}")
            words = frozenset(w for a in (m["args"] or "").split()
                              for w in (word_sets()[a[1:]] if a.startswith("@") else spellings(a)))
            clauses.append(Clause(m["name"], words, bool(m["neg"])))
        out += [Condition(spelt, r["stage"], tuple(clauses), tuple(r["then"].split()), r["why"])
                for trigger in r["trigger"].split("|") for spelt in spellings(trigger)]
    return tuple(out)
