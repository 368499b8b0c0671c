"""An event's date, when its sentence states one, resolved against the document date.

Absolute dates ("June 30, 2015", "September 2013", "in 1824") fill `date` with their precision;
relative and year-less expressions ("yesterday", "next week", "in October", "May 21", "the fifth
anniversary") keep their surface text in `date_text` and get `resolved_date` from the document date
through dateparser (`languages=["en"]`, DESIGN.md) where it can; what dateparser cannot do
("the last two days", "earlier this week") is resolved by rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import dateparser
from spacy.tokens import Token

from dyads.structure.dates import DAY_NAME, MONTH

YEAR_RE = r"(?:1[6-9]|20)\d\d"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A date after these words is a reference point, not when the event happened: "friends since 1871",
# "talks held since December 2012", "a goal to reach by 2030"
REFERENCE = re.compile(r"\b(?:since|until|till|through|by|from|before)\s+(?:the\s+)?(?:early\s+|late\s+)?$", re.I)
FULL = re.compile(rf"\b(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{YEAR_RE}|\d{{1,2}}\s+{MONTH},?\s+{YEAR_RE})\b")
MONTH_YEAR = re.compile(rf"\b{MONTH}\s+(?:of\s+)?(?:1[6-9]|20)\d\d\b")
YEAR = re.compile(r"\b(?:in|of|In)\s+((?:1[6-9]|20)\d\d)\b(?!\s*[-–])")
RELATIVE = re.compile(
    rf"\b(?:today|tonight|yesterday|tomorrow|this (?:week|month|year|morning|afternoon)|"
    rf"(?:last|next|earlier this|later this) (?:week|month|year|weekend)|the last (?:two|three|few) days|"
    rf"overnight|soon|in the (?:months|weeks|days) ahead|at the end of the (?:month|week|year)|"
    rf"(?:in|on|last|next|this|early|late|mid-)\s*{MONTH}(?:\s+\d{{1,2}}\b)?|"
    rf"{MONTH}\s+\d{{1,2}}\b|the \w+ anniversary|(?:(?:on|last|next|this)\s+)?{DAY_NAME}\b)", re.I)
SETTINGS = {"PREFER_DATES_FROM": "current_period", "RETURN_AS_TIMEZONE_AWARE": False, "SKIP_TOKENS": ["we"]}


@dataclass
class EventDate:
    date: str | None
    precision: str | None
    text: str | None
    resolved: str | None


# Documents that tell of the past in their own voice: a speech. A transcript or an interview speaks in the past
# tense of the meeting just held ("During our meeting, I thanked …"), a page typed "other" is often the news.
TELLING = frozenset({"remarks"})
FINITE = {"VBD", "VBZ", "VBP", "MD"}   # a verb with its own tense


def told(verb: Token, when: EventDate, doc_type: str, future: bool) -> bool:
    """A past act told without a date of its own in a speech ("The German offensive caught the American Army
    off-guard" in a 2019 speech): the document's date is not its date. `verb` is the trigger, or for a noun
    trigger the verb of its clause; a clause without tense ("creating …", "to meet") takes the sentence's."""
    if future or when.text is not None or doc_type not in TELLING:   # "this afternoon": now
        return False
    return _past(verb if verb.tag_ in FINITE or verb.dep_ == "ROOT" else verb.sent.root)


def _past(verb: Token) -> bool:
    """Simple past ("caught") or a past participle under a past auxiliary ("was launched", "had met"); the
    present perfect ("have agreed") and the present passive ("is based") speak of now."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def event_date(sentence: str, doc_date: date | None) -> EventDate:
    if m := _first(FULL, sentence):
        parsed = dateparser.parse(m.group(0), languages=["en"], settings=SETTINGS)
        if parsed:
            return EventDate(parsed.date().isoformat(), "day", m.group(0), parsed.date().isoformat())
    if m := _first(MONTH_YEAR, sentence):
        parsed = dateparser.parse(m.group(0).replace(" of ", " "), languages=["en"], settings=SETTINGS)
        if parsed:
            return EventDate(parsed.strftime("%Y-%m"), "month", m.group(0), parsed.strftime("%Y-%m"))
    if m := YEAR.search(sentence):
        return EventDate(m.group(1), "year", m.group(1), m.group(1))
    if m := _first(RELATIVE, sentence):
        text = re.sub(r"(?<=\w{5})\.$", "", m.group(0))  # "in March." ends a sentence; "Sept." keeps its point
        return EventDate(None, None, text, _resolve(text, doc_date, FUTURE.search(sentence) is not None))
    return EventDate(None, None, None, None)


def _first(regex: re.Pattern[str], sentence: str) -> re.Match[str] | None:
    """The first match that is not a reference point ("since December 2012")."""
    return next((m for m in regex.finditer(sentence) if not REFERENCE.search(sentence[:m.start()])), None)


# The precision a relative expression has: "in March", "last month" → the month; "next year" → the year
MONTH_LEVEL = re.compile(rf"^(?:(?:in|last|next|this|early|late|mid-)\s*)?{MONTH}$|\bmonth\b", re.I)
YEAR_LEVEL = re.compile(r"\byear\b", re.I)
BARE = re.compile(rf"^(?:in |on |early |late |mid-)?{MONTH}(?:\s+\d{{1,2}})?$", re.I)   # no year, no "last"/"next"
FUTURE = re.compile(r"\b(?:will|shall|going to|plans? to|planned|intends? to|upcoming|to be held|scheduled)\b", re.I)


def _weekday(day: int, word: str, doc_date: date, future: bool) -> date:
    """"on Tuesday" in a release of Thursday: the Tuesday of that week; in a sentence about what will be, the
    next one. "last" and "next" never mean the document's own day."""
    ahead = word == "next" or (future and word != "last")
    if ahead:
        return doc_date + timedelta(days=(day - doc_date.weekday()) % 7 or (7 if word == "next" else 0))
    return doc_date - timedelta(days=(doc_date.weekday() - day) % 7 or (7 if word == "last" else 0))


def _resolve(text: str, doc_date: date | None, future: bool = False) -> str | None:
    """The expression against the document's date; a month or day without a year is the last one before
    the document ("We met in November" in July: the November before) or, in a sentence about what will be,
    the next one ("We will meet again in March" in July: the March after)."""
    if doc_date is None:
        return None
    low = text.lower()
    if "anniversary" in low or low in ("soon", "overnight") or "ahead" in low:
        return None
    if low.startswith("the last"):
        return (doc_date - timedelta(days=1)).isoformat()
    if (day := low.split()[-1]) in WEEKDAYS:
        return _weekday(WEEKDAYS.index(day), low.split()[0], doc_date, future).isoformat()
    base = datetime.combine(doc_date, datetime.min.time())
    cleaned = re.sub(r"^(?:in|on|this|at the end of the|earlier this|later this|early|late|mid-)\s*", "", low)
    parsed = dateparser.parse(cleaned, languages=["en"], settings={**SETTINGS, "RELATIVE_BASE": base})
    if not parsed:
        return None
    if YEAR_LEVEL.search(low):
        return parsed.strftime("%Y")
    if BARE.match(low):
        month_of = (parsed.year, parsed.month) if MONTH_LEVEL.search(low.strip()) else parsed.date()
        now = (doc_date.year, doc_date.month) if MONTH_LEVEL.search(low.strip()) else doc_date
        if future and month_of < now:
            parsed = parsed.replace(year=parsed.year + 1)
        elif not future and month_of > now:
            parsed = parsed.replace(year=parsed.year - 1)
    if MONTH_LEVEL.search(low.strip()):
        return parsed.strftime("%Y-%m")
    return parsed.date().isoformat()
