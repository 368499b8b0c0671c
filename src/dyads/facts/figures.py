"""Figures: the numbers a fact sentence states, with their unit, read from spaCy's MONEY, PERCENT,
QUANTITY, CARDINAL, ORDINAL and DATE entities.

The unit of a count is the noun the number modifies in the parse ("60,000 American jobs" → job); a
bare four-digit DATE is a year. The surface text is kept exactly, so a reader can find it in the
sentence; `value` is there for sorting and charts, never shown instead of the text.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from dyads.models import Figure

KINDS = {"MONEY": "money", "PERCENT": "percent", "QUANTITY": "quantity", "CARDINAL": "count", "ORDINAL": "ordinal"}
CURRENCIES = {"$": "USD", "dollar": "USD", "€": "EUR", "euro": "EUR", "£": "GBP", "pound": "GBP", "¥": "JPY",
              "yen": "JPY"}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
WORDS = {w: i for i, w in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"))}
WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
              "hundred": 100, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "tenth": 10})
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
YEAR = re.compile(r"(?:1[6-9]|20)\d\d")


def figures(ents: list[Span]) -> list[Figure]:
    """The figures among a sentence's entities."""
    out = []
    for ent in ents:
        text = ent.text.strip()
        if ent.label_ == "DATE":
            if YEAR.fullmatch(text):
                out.append(Figure(text, "year", float(text), "year"))
            continue
        kind = KINDS.get(ent.label_)
        if kind is None or not re.search(r"\d|" + "|".join(WORDS), text, re.I):
            continue
        out.append(Figure(text, kind, _value(text), _unit(ent, kind)))
    return out


def _value(text: str) -> float | None:
    low = text.lower()
    m = NUMBER.search(low)
    if m:
        value = float(m.group(0).replace(",", ""))
    else:
        parts = [WORDS[w] for w in re.findall(r"[a-z]+", low) if w in WORDS]
        if not parts:
            return None
        value = float(sum(parts[:-1]) * 100 + parts[-1] if "hundred" in low and len(parts) > 1 else sum(parts))
    scale = next((s for word, s in SCALES.items() if word in low), 1.0)
    return value * scale


def _unit(ent: Span, kind: str) -> str | None:
    if kind == "percent":
        return "percent"
    if kind == "money":
        low = ent.text.lower()
        return next((code for sign, code in CURRENCIES.items() if sign in low), None)
    head = ent.root.head if ent.root.dep_ in ("nummod", "amod", "quantmod", "advmod") else None
    while head is not None and head.pos_ == "ADJ" and head.head is not head:  # "12th largest investor"
        head = head.head
    if head is not None and head.pos_ in ("NOUN", "PROPN") and head not in ent:
        return head.lemma_.lower()
    return None
