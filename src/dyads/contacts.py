"""Contacts: the meetings, calls, visits and summits a document's events record, read once at ingest.

A contact is a CONSULT event whose trigger names a contact (its lexicon mode and CAMEO code, `KINDS`)
and which names its participants: officials with their title ("Foreign Minister Bernard Quintin"),
resolved office-holders, and, in a transcript sentence saying "we"/"you" (or "I"), its official speakers.
A meeting or call needs two participants, a visit one and the place it goes to. Actors are those of
the event itself, so the same contact is found whichever pair is later asked about; merging the
restatements of one contact across documents is the read model's (profiles).
"""

from __future__ import annotations

import re
from functools import cache

from dyads.actors import kb
from dyads.models import Contact, Document, Event

KINDS = {  # (lexicon mode, CAMEO code) of a CONSULT event → the contact it records
    ("phone", "040"): "call",            # call, spoke, conversation
    ("visit", "042"): "visit",           # visit, trip, travel, mission
    ("host", "043"): "visit",            # host, welcome, receive: the guest's visit
    ("multilateral", "043"): "summit",   # summit, attend, ministerial
    (None, "043"): "meeting",            # meet, meeting
    (None, "046"): "talks",              # talks
}
# A general consultation (040: "discuss", "talk", "dialogue") records a contact only when its sentence says
# which: "hosted me in Brussels ... a very productive bilateral discussion", "I had the opportunity to talk
# with President Obama"; the first cue stated decides.
GENERAL = ("040", (
    ("meeting", re.compile(r"\b(?:meet|met|meets|meeting|talks|talk(?:ed)? with|see each other)\b", re.I)),
    ("call", re.compile(r"\b(?:call|called|phone|telephone|spoke|speak|videoconference)\b", re.I)),
    ("visit", re.compile(r"\b(?:visit\w*|trip|travel\w*|arriv\w+|welcome\w*|hosted|received)\b", re.I)),
))
TITLES = (r"(?:Vice |Deputy )?President|(?:Deputy )?Prime Minister|Foreign Minister|Minister of Foreign Affairs|"
          r"(?:Deputy |Under |Assistant )?Secretary(?: of State)?|Secretary[- ]General|Chancellor|King|Queen|"
          r"Crown Prince|Ambassador|Commissioner|Chargé d['’]Affaires")
NAME = r"(?:[A-Z][\w'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w'’-]+|[A-Z]\.|de|van|von|di)){0,3}"
TITLED_NAME = re.compile(rf"\b(?:{TITLES})\s+{NAME}")
VAGUE_PAST = re.compile(r"\b(?:ago|recently|earlier|last (?:week|month|year)|previously|in the past)\b", re.I)
NOT_OFFICIALS = ("journalist", "moderator", "spokesperson")
# Capitalised words of a headline that follow a titled name and are not part of it
NOT_NAME_WORDS = {"With", "And", "Of", "The", "To", "For", "At", "In", "On", "Call", "Calls", "Meeting", "Meets",
                  "Meet", "Visit", "Visits", "Talks", "Speaks", "Holds", "Welcomes", "Hosts", "After", "Before",
                  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
                  "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}


def find_contacts(doc: Document) -> list[Contact]:
    """The contacts `doc.events` record, one per event, in event order."""
    found = []
    for i, ev in enumerate(doc.events):
        kind = _kind(ev)
        if kind is None:
            continue
        actors = {*ev.source_all, *ev.target_all, ev.source, ev.target}
        people = participants(doc, ev, actors)
        if len(people) < (1 if kind == "visit" else 2):
            continue
        if kind == "visit" and not any(m.kind == "place" or m.actor_id in actors
                                       for m in doc.mentions_in(ev.start, ev.end)):
            continue  # a visit names where it goes
        host = _host(doc, ev, actors) if kind == "visit" else None
        found.append(Contact(i, kind, _date(ev, doc), ev.future, _place(doc, ev, actors), host, people))
    return found


def _host(doc: Document, ev: Event, actors: set[str]) -> str | None:
    """The state a visit goes to: a place the sentence names ("their visit today in Brussels"), else a state
    named after the trigger ("a visit to Belgium"), else any state of the event the sentence names."""
    named = [m for m in doc.mentions_in(ev.start, ev.end) if m.country in actors and m.kind in ("place", "state")]
    at = ev.start + max(0, ev.sentence.find(ev.trigger))
    ranked = sorted(named, key=lambda m: (m.kind != "place", m.start < at))
    return ranked[0].country if ranked else None


def _kind(ev: Event) -> str | None:
    if ev.type != "CONSULT" or not ev.counts:
        return None
    if not ev.mode and ev.cameo == GENERAL[0]:
        return next((kind for kind, cue in GENERAL[1] if cue.search(ev.sentence)), None)
    return KINDS.get((ev.mode or None, ev.cameo))


def participants(doc: Document, ev: Event, actors: set[str]) -> list[tuple[str, str | None]]:
    """(name, state) of the officials the sentence names, and of the transcript's official speakers of
    `actors` when the sentence says "we" or "you" (the turn's speaker alone for "I")."""
    names: dict[str, tuple[str, str | None]] = {}
    persons = [m for m in doc.mentions_in(ev.start, ev.end) if m.kind == "person"]
    for m in TITLED_NAME.finditer(ev.sentence):
        name = _name(m.group(0))
        start = ev.start + m.start()
        state = next((p.country for p in persons if start <= p.start < start + len(name)), None)
        before = re.findall(r"[\w.]+", ev.sentence[:m.start()])
        alias = kb.country_alias(before[-1]) if before else None  # "Belgian Foreign Minister ..."
        names.setdefault(surname(name), (name, state or (alias.code if alias else None)))
    for m in persons:
        names.setdefault(surname(m.text), (m.text, m.country))
    if ev.turn is not None:
        officials = [s for s in doc.speakers if s.name and s.role and s.country in actors
                     and s.role_type not in NOT_OFFICIALS]
        if re.search(r"\b(?:we|We|us|our|you|each other)\b", ev.sentence):
            present = officials
        elif re.search(r"\b(?:I|me|my)\b", ev.sentence):
            present = [s for s in officials if s.label == doc.turns[ev.turn].label]
        else:
            present = []
        for s in present:
            names.setdefault(surname(s.name), (f"{s.role} {s.name}", s.country))
    return list(names.values())


def _name(titled: str) -> str:
    """A title and the name after it, ending at a possessive or at a word no name has: "Secretary Rubio's
    Call With Belgian …" → "Secretary Rubio"."""
    words = []
    for word in re.split(r"['’]s\b", titled)[0].split():
        if word in NOT_NAME_WORDS:
            break
        words.append(word)
    return " ".join(words)


@cache
def surname(name: str) -> str:
    """The folded last word of a name: how two mentions of one person are matched."""
    words = re.findall(r"\w[\w-]*", re.sub(r"['’]s\b", "", name))
    return kb.fold(words[-1]) if words else ""


def _date(ev: Event, doc: Document) -> str | None:
    """The date the sentence states; else the document's date for its own event, or only the document's
    month when the sentence dates it vaguely ("a few days ago")."""
    if ev.date or ev.resolved_date:
        return ev.date or ev.resolved_date
    if ev.future or not doc.date or (ev.told and not VAGUE_PAST.search(ev.sentence)):
        return None
    return doc.date.value[:7] if ev.date_text or VAGUE_PAST.search(ev.sentence) else doc.date.value


def _place(doc: Document, ev: Event, actors: set[str]) -> str | None:
    """A place the sentence names; else, for the document's own event, the document's location."""
    for m in doc.mentions_in(ev.start, ev.end):
        if m.kind == "place":
            return m.text
    own_event = not ev.future and not ev.date_text and not VAGUE_PAST.search(ev.sentence)
    if own_event and doc.location and doc.location.city and doc.location.country in actors:
        return doc.location.city
    return None
