"""A dyad profile: everything the store holds on one pair of actors, each item with its citation.

The profile is plain data (`asdict` gives its JSON); `profiles.render` writes it as Markdown or HTML,
the CLI as Rich tables, and `profiles.article` writes prose from it. Aggregation rules:

* the pair's documents are those where the pair is a main dyad or which hold an event between the two;
* the pair's events are those with one side as source and the other as target (either direction);
* an event's date is the date its sentence states, else its relative date resolved against the
  document's, else the document's date; undated events are counted but not placed in time;
* the cooperation–conflict index of a period is the mean PLOVER score of its events (`weights`, from
  events/data/types.csv): +10 is material cooperation throughout, -10 assault throughout;
* a high-level contact is a meeting or call event with two named participants, or a visit with one
  (officials named with their title, resolved office-holders, and, for "we"/"I"/"you" sentences of a
  transcript, its official speakers); one contact per document and date, and across documents one per
  date and participant;
* topics are ranked by the number of the pair's documents carrying them, with their count per period;
* quotes are the coded sentences spoken, in a transcript turn, by an official of either side about the
  other side or the relationship.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from dyads import query
from dyads.actors import kb
from dyads.events.lexicon import event_types
from dyads.models import Document, DocumentRef, Event, Fact, StoredEvent
from dyads.profiles.citations import Citation, cite, sentence_at
from dyads.store import Store
from dyads.topics import PATTERNS, tag_topics

CONTACT_TRIGGERS = {
    "call", "called", "calls", "phone", "spoke", "speak", "speaks", "visit", "visited", "visits", "visiting", "trip",
    "travel", "traveled", "travelled", "travels", "arrived", "arriving", "welcome", "meet", "met", "meets", "meeting",
    "meetings", "talks", "talk", "talked", "conversation", "discussed", "discussion", "hosted", "hosts", "received",
    "welcomed", "see"}
CONTACT_KINDS = (  # the first that the sentence states
    ("meeting", re.compile(r"\b(?:meet|met|meets|meeting|talks|hosted|received|see each other)\b", re.I)),
    ("call", re.compile(r"\b(?:call|called|phone|telephone|spoke|speak|videoconference)\b", re.I)),
    ("visit", re.compile(r"\b(?:visit\w*|trip|travel\w*|arriv\w+|welcome)\b", re.I)),
)
TITLES = (r"(?:Vice |Deputy )?President|(?:Deputy )?Prime Minister|Foreign Minister|Minister of Foreign Affairs|"
          r"(?:Deputy |Under |Assistant )?Secretary(?: of State)?|Secretary[- ]General|Chancellor|King|Queen|"
          r"Crown Prince|Ambassador|Commissioner|Chargé d['’]Affaires")
NAME = r"(?:[A-Z][\w'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w'’-]+|[A-Z]\.|de|van|von|di)){0,3}"
TITLED_NAME = re.compile(rf"\b(?:{TITLES})\s+{NAME}")
VAGUE_PAST = re.compile(r"\b(?:ago|recently|earlier|last (?:week|month|year)|previously|in the past)\b", re.I)
ABOUT_RELATIONSHIP = re.compile(
    r"\b(?:relationship|partners?|partnership|all(?:y|ies|iance)|friends?|friendship|together|both of our|"
    r"our two|bilateral)\b", re.I)
SPOKEN_TYPES = {"SUPPORT", "AGREE", "COOPERATE", "AID", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
                "SANCTION"}


@dataclass
class EventItem:
    type: str
    quad: str
    score: float
    source: str
    target: str
    date: str | None
    future: bool
    trigger: str
    topics: list[str]
    actors: list[str]             # the states and organisations the sentence names
    citation: Citation


@dataclass
class Period:
    period: str
    events: int
    cooperation: int
    conflict: int
    index: float


@dataclass
class Contact:
    date: str | None
    kind: str                     # meeting | call | visit | talks
    planned: bool
    place: str | None
    participants: list[str]       # for a visit, the visitors first
    citation: Citation
    host: str | None = None       # the state a visit goes to


@dataclass
class TopicRank:
    topic: str
    documents: int
    share: float                  # of the pair's documents
    by_period: dict[str, int]
    trend: str                    # rising | falling | steady | single period
    citation: Citation


@dataclass
class FactItem:
    sentence: str
    figures: list[dict]
    topics: list[str]
    actors: list[str]
    citation: Citation


@dataclass
class Quote:
    speaker: str
    role: str | None
    country: str | None
    type: str
    text: str
    citation: Citation


@dataclass
class Profile:
    pair: tuple[str, str]
    names: tuple[str, str]
    documents: list[DocumentRef]
    first_date: str | None
    last_date: str | None
    undated_documents: int
    events_by_type: dict[str, int]
    events_by_quad: dict[str, int]
    index_by: str
    index: list[Period]
    index_all: float | None
    weights: dict[str, float]
    contacts: list[Contact]
    topics: list[TopicRank]
    facts: list[FactItem]
    quotes: list[Quote]
    events: list[EventItem] = field(repr=False)


def actor_name(code: str, article: bool = False) -> str:
    """"United States"; with `article`, "the United States" as a sentence needs it."""
    name = kb.countries().get(code) or code
    needs_the = name.startswith(("United ", "Republic ", "Democratic ", "Central African", "Dominican", "Czech",
                                 "Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives", "Marshall", "Solomon"))
    return f"the {name}" if article and needs_the else name


def build_profile(store: Store, a: str, b: str, by: str = "year") -> Profile:
    """`by`: "year" or "month" (the index's period)."""
    pair = tuple(sorted((a, b)))
    docs = query.pair_documents(store, *pair)
    stored = query.events(store, query.EventFilter(pair=pair))
    by_doc: dict[str, list[Event]] = defaultdict(list)
    for se in stored:
        by_doc[se.document.id].append(se.event)
    for doc in docs:  # from here on, a document's events are the pair's events (query.pair_event_ids)
        doc.events = by_doc[doc.id]
    types = event_types()
    by_id = {doc.id: doc for doc in docs}
    events = [_event_item(se, by_id[se.document.id], types) for se in stored]
    events.sort(key=lambda e: (e.date or "9999", e.citation.label, e.citation.start))
    dated = sorted(d.date.value for d in docs if d.date)
    return Profile(
        pair=pair, names=(actor_name(pair[0]), actor_name(pair[1])),
        documents=[DocumentRef(d.id, d.source_id, d.title, d.date.value if d.date else None, d.doc_type, d.url)
                   for d in docs],
        first_date=dated[0] if dated else None, last_date=dated[-1] if dated else None,
        undated_documents=len(docs) - len(dated),
        events_by_type=dict(Counter(e.type for e in events).most_common()),
        events_by_quad=dict(Counter(e.quad for e in events).most_common()),
        index_by=by, index=_index(events, 7 if by == "month" else 4),
        index_all=round(sum(e.score for e in events) / len(events), 2) if events else None,
        weights={name: t.score for name, t in types.items()},
        contacts=_contacts(docs, pair),
        topics=_topics(docs, pair, 7 if by == "month" else 4),
        facts=_facts(docs, pair),
        quotes=_quotes(docs, pair, types),
        events=events,
    )


def _event_item(se: StoredEvent, doc: Document, types: dict) -> EventItem:
    ev = se.event
    topics = ev.topics if ev.topics is not None else tag_topics(ev.sentence)  # stored since migration 0006
    return EventItem(ev.type, types[ev.type].quad, ev.score, ev.source, ev.target, se.when, ev.future,
                     ev.trigger, topics, _named(doc, ev.start, ev.end), cite(doc, ev.start, ev.end))


def _named(doc: Document, start: int, end: int) -> list[str]:
    return sorted({m.country or m.actor_id for m in doc.mentions_in(start, end)
                   if m.kind in ("state", "organization", "person")})


def _index(events: list[EventItem], width: int) -> list[Period]:
    periods: dict[str, list[EventItem]] = defaultdict(list)
    for e in events:
        if e.date and not e.future:
            periods[e.date[:width]].append(e)
    return [Period(p, len(evs), sum(e.quad.endswith("cooperation") for e in evs),
                   sum(e.quad.endswith("conflict") for e in evs), round(sum(e.score for e in evs) / len(evs), 2))
            for p, evs in sorted(periods.items())]


def _contacts(docs: list[Document], pair: tuple[str, str]) -> list[Contact]:
    found: list[Contact] = []
    states: dict[str, str | None] = {}  # participant → their state
    for doc in docs:
        for ev in doc.events:
            if ev.type != "CONSULT" or ev.trigger.lower() not in CONTACT_TRIGGERS:
                continue
            kind = next((k for k, cue in CONTACT_KINDS if cue.search(ev.sentence)), "talks")
            found_people = _participants(doc, ev, pair)
            states.update(found_people)
            people = [name for name, _ in found_people]
            if len(people) < (1 if kind == "visit" else 2) or (kind == "visit" and not _names_place(doc, ev, pair)):
                continue
            contact = Contact(_contact_date(ev, doc), kind, ev.future, _place(doc, ev, pair), people,
                              cite(doc, ev.start, ev.end), _host(doc, ev, pair) if kind == "visit" else None)
            same = next((c for c in found if _same_contact(c, contact)), None)
            if same is None:
                found.append(contact)
            else:
                same.participants += [p for p in people if _surname(p) not in map(_surname, same.participants)]
                same.place = same.place or contact.place
    for c in found:
        if c.host:  # the visitors first: "X visited Belgium, meeting Y"
            c.participants.sort(key=lambda name: states.get(name) == c.host)
            if states.get(c.participants[0]) == c.host:
                c.host = None  # "visited Flanders Field American Cemetery": the state named is the visitor's
    return sorted(found, key=lambda c: (c.date or "9999", c.citation.label, c.citation.start))


def _contact_date(ev: Event, doc: Document) -> str | None:
    """The date the sentence states; else the document's date for its own event, or only the document's
    month when the sentence dates it vaguely ("a few days ago")."""
    if ev.date or ev.resolved_date:
        return ev.date or ev.resolved_date
    if ev.future or not doc.date:
        return None
    return doc.date.value[:7] if ev.date_text or VAGUE_PAST.search(ev.sentence) else doc.date.value


def _same_contact(a: Contact, b: Contact) -> bool:
    """Same date and planned-ness, and the same document; or a shared participant on the same known date;
    or, undated, two shared participants in the same place."""
    if a.date != b.date or a.planned != b.planned:
        return False
    shared = set(map(_surname, a.participants)) & set(map(_surname, b.participants))
    if a.citation.document == b.citation.document:
        return True
    return bool(shared) if a.date else len(shared) >= 2 and a.place == b.place


def _names_place(doc: Document, ev: Event, pair: tuple[str, str]) -> bool:
    """A visit names where it goes: a place or one of the pair's states."""
    return any(m.kind == "place" or m.actor_id in pair for m in doc.mentions_in(ev.start, ev.end))


def _participants(doc: Document, ev: Event, pair: tuple[str, str]) -> list[tuple[str, str | None]]:
    """(name, state) of the officials the sentence names ("Foreign Minister Bernard Quintin", resolved
    office-holders), and of the transcript's official speakers when the sentence says "we" or "you" (the
    turn's speaker alone for "I")."""
    names: dict[str, tuple[str, str | None]] = {}
    persons = [m for m in doc.mentions_in(ev.start, ev.end) if m.kind == "person"]
    for m in TITLED_NAME.finditer(ev.sentence):
        name = re.sub(r"['’]s$", "", m.group(0))
        start = ev.start + m.start()
        state = next((p.country for p in persons if start <= p.start < start + len(name)), None)
        before = re.findall(r"[\w.]+", ev.sentence[:m.start()])
        alias = kb.country_alias(before[-1]) if before else None  # "Belgian Foreign Minister ..."
        names.setdefault(_surname(name), (name, state or (alias.code if alias else None)))
    for m in persons:
        names.setdefault(_surname(m.text), (m.text, m.country))
    if ev.turn is not None:
        officials = [s for s in doc.speakers if s.name and s.role and s.country in pair
                     and s.role_type not in ("journalist", "moderator", "spokesperson")]
        label = doc.turns[ev.turn].label
        if re.search(r"\b(?:we|We|us|our|you|each other)\b", ev.sentence):
            present = officials
        elif re.search(r"\b(?:I|me|my)\b", ev.sentence):
            present = [s for s in officials if s.label == label]
        else:
            present = []
        for s in present:
            names.setdefault(_surname(s.name), (f"{s.role} {s.name}", s.country))
    return list(names.values())


def _host(doc: Document, ev: Event, pair: tuple[str, str]) -> str | None:
    """The state a visit goes to: the first place or state of the pair the sentence names."""
    return next((m.country for m in doc.mentions_in(ev.start, ev.end)
                 if m.country in pair and m.kind in ("place", "state")), None)


def _surname(name: str) -> str:
    words = re.findall(r"\w[\w-]*", re.sub(r"['’]s\b", "", name))
    return kb.fold(words[-1]) if words else ""


def _place(doc: Document, ev: Event, pair: tuple[str, str]) -> str | None:
    """A place the sentence names; else, for the document's own event, the document's location."""
    for m in doc.mentions_in(ev.start, ev.end):
        if m.kind == "place":
            return m.text
    own_event = not ev.future and not ev.date_text and not VAGUE_PAST.search(ev.sentence)
    if own_event and doc.location and doc.location.city and doc.location.country in pair:
        return doc.location.city
    return None


def _topics(docs: list[Document], pair: tuple[str, str], width: int) -> list[TopicRank]:
    counts: Counter[str] = Counter()
    by_period: dict[str, Counter[str]] = defaultdict(Counter)
    latest: dict[str, Citation] = {}
    for doc in docs:  # oldest first: the citation kept is the latest document's
        content = doc.masked_text()
        for topic in doc.topics:
            counts[topic] += 1
            if doc.date:
                by_period[topic][doc.date.value[:width]] += 1
            cited = _topic_sentence(doc, content, topic, pair)
            if cited and (doc.date or topic not in latest):  # undated documents come last
                latest[topic] = cited
    total = len(docs) or 1
    return [TopicRank(t, n, round(n / total, 2), dict(sorted(by_period[t].items())), _trend(by_period[t]),
                      latest[t]) for t, n in counts.most_common() if t in latest]


def _topic_sentence(doc: Document, content: str, topic: str, pair: tuple[str, str]) -> Citation | None:
    """The first sentence carrying the topic's cue in `content` (the text with boilerplate blanked) that
    names one side of the pair (else any)."""
    first = None
    for m in PATTERNS[topic].finditer(content):
        start, end = sentence_at(doc.text, m.start(), m.end())
        if any(x.country in pair or x.actor_id in pair for x in doc.mentions_in(start, end)):
            return cite(doc, start, end)
        first = first or cite(doc, start, end)
    return first


def _trend(by_period: Counter[str]) -> str:
    """Compare the topic's documents in the later half of its periods with the earlier half."""
    periods = sorted(by_period)
    if len(periods) < 2:
        return "single period"
    half = len(periods) // 2
    early = sum(by_period[p] for p in periods[:half]) / half
    late = sum(by_period[p] for p in periods[half:]) / (len(periods) - half)
    return "rising" if late > early * 1.2 else "falling" if late < early / 1.2 else "steady"


def _facts(docs: list[Document], pair: tuple[str, str]) -> list[FactItem]:
    """The pair's facts, those with amounts, counts and percentages first, then newest first."""
    items = [(doc, f) for doc in docs for f in doc.facts if tuple(pair) in {tuple(sorted(p)) for p in f.dyads}]

    def rank(item: tuple[Document, Fact]) -> tuple:
        doc, f = item
        kinds = {g.kind for g in f.figures}
        return (-len(kinds & {"money", "percent", "count", "quantity"}), -len(kinds),
                -int(doc.date.value[:4]) if doc.date else 0)

    return [FactItem(f.sentence, [vars(g) for g in f.figures], f.topics, f.actors, cite(doc, f.start, f.end))
            for doc, f in sorted(items, key=rank)]


def _quotes(docs: list[Document], pair: tuple[str, str], types: dict) -> list[Quote]:
    """Coded sentences spoken by an official of either side; the strongest (|score|) per speaker and
    document, strongest first."""
    best: dict[tuple[str, str], tuple[float, Quote]] = {}
    for doc in docs:
        speakers = {s.label: s for s in doc.speakers}
        for ev in doc.events:
            if ev.turn is None or ev.type not in SPOKEN_TYPES:
                continue
            speaker = speakers.get(doc.turns[ev.turn].label)
            if not speaker or not speaker.name or not speaker.role or speaker.country not in pair:
                continue
            other = next(c for c in pair if c != speaker.country)
            if not ABOUT_RELATIONSHIP.search(ev.sentence) and not any(
                    ev.start <= m.start < ev.end and other in (m.country, m.actor_id) for m in doc.mentions):
                continue
            key = (doc.id, speaker.name)
            weight = abs(ev.score) * ev.confidence
            if key not in best or weight > best[key][0]:
                best[key] = (weight, Quote(speaker.name, speaker.role, speaker.country, ev.type,
                                           ev.sentence.strip(), cite(doc, ev.start, ev.end)))
    return [q for _, q in sorted(best.values(), key=lambda x: (-x[0], x[1].citation.date or ""))]

