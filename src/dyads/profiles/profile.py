"""A dyad profile: everything the store holds on one pair of actors, each item with its citation.

The profile is plain data (`asdict` gives its JSON); `profiles.render` writes it as Markdown or HTML,
the CLI as Rich tables, and `profiles.article` writes prose from it. Aggregation rules:

* the pair's documents are those where the pair is a main dyad or which hold an event between the two;
* the pair's events are those with one side as source and the other as target (either direction);
* an event's date is the date its sentence states, else its relative date resolved against the
  document's, else the document's date; undated events are counted but not placed in time;
* the cooperation–conflict index of a period is the mean PLOVER score of its events (`weights`, from
  events/data/types.csv): +10 is material cooperation throughout, -10 assault throughout;
* the contacts are those stored with the pair's events (read at ingest by `dyads.contacts`); one per
  document and date, and across documents one per date and participant;
* topics are ranked by the number of the pair's documents carrying them, with their count per period;
* cooperation and tensions list the asserted acts of each kind beside each other: the strongest cooperative
  ones (material before verbal), and every conflictual one, newest first;
* quotes are the coded sentences spoken, in a transcript turn, by an official of either side about the
  other side or the relationship.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from dyads import query
from dyads.actors import kb
from dyads.contacts import surname
from dyads.events.lexicon import event_types
from dyads.models import Contact, DocumentHead, DocumentRef, Fact, StoredEvent
from dyads.profiles.citations import Citation, cite
from dyads.store import Store
from dyads.topics import tag_topics

ABOUT_RELATIONSHIP = re.compile(
    r"\b(?:relationship|partners?|partnership|all(?:y|ies|iance)|friends?|friendship|together|both of our|"
    r"our two|bilateral)\b", re.I)
LISTED = 12   # cooperative acts listed beside the tensions (every tension is listed)
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
    told: bool = False            # a past act told undated in a speech (history, not the present's relations)


@dataclass
class Period:
    period: str
    events: int
    cooperation: int
    conflict: int
    index: float


@dataclass
class ContactItem:
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
    contacts: list[ContactItem]
    topics: list[TopicRank]
    facts: list[FactItem]
    quotes: list[Quote]
    events: list[EventItem] = field(repr=False)
    cooperation: list[EventItem] = field(default_factory=list)   # the strongest cooperative acts, strongest first
    tensions: list[EventItem] = field(default_factory=list)      # every conflictual act, newest first


def actor_name(code: str, article: bool = False) -> str:
    """"United States"; with `article`, "the United States" as a sentence needs it."""
    name = kb.countries().get(code) or code
    needs_the = name.startswith(("United ", "Republic ", "Democratic ", "Central African", "Dominican", "Czech",
                                 "Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives", "Marshall", "Solomon"))
    return f"the {name}" if article and needs_the else name


def build_profile(store: Store, a: str, b: str, by: str = "year", since: str | None = None,
                  until: str | None = None) -> Profile:
    """`by`: "year" or "month" (the index's period); `since`/`until` (YYYY[-MM[-DD]]): a period's profile,
    of the events dated in it and the documents dated in it. Reads stored rows only (query.pair_heads,
    events, contacts): no document text is loaded, so a pair of thousands of documents takes well under a
    second."""
    with query.bulk_read():
        return _build(store, tuple(sorted((a, b))), by, query.date_prefix(since, "since"),
                      query.date_prefix(until, "until"))


def _build(store: Store, pair: tuple[str, str], by: str, since: str | None, until: str | None) -> Profile:
    heads = [h for h in query.pair_heads(store, *pair) if query.in_period(h.date, since, until)]
    stored = query.events(store, query.EventFilter(pair=pair, since=since, until=until))
    types = event_types()
    by_id = {head.id: head for head in heads}
    events = [_event_item(se, by_id[se.document.id], types) for se in stored]
    events.sort(key=lambda e: (e.date or "9999", e.citation.label, e.citation.start))
    dated = sorted(d.date for d in heads if d.date)
    width = 7 if by == "month" else 4
    return Profile(
        pair=pair, names=(actor_name(pair[0]), actor_name(pair[1])),
        documents=[DocumentRef(d.id, d.source_id, d.title, d.date, d.doc_type, d.url) for d in heads],
        first_date=dated[0] if dated else None, last_date=dated[-1] if dated else None,
        undated_documents=len(heads) - len(dated),
        events_by_type=dict(Counter(e.type for e in events).most_common()),
        events_by_quad=dict(Counter(e.quad for e in events).most_common()),
        index_by=by, index=_index(events, width),
        index_all=round(sum(e.score for e in events) / len(events), 2) if events else None,
        weights={name: t.score for name, t in types.items()},
        contacts=_contacts(stored, by_id, query.pair_contacts(store, *pair)),
        topics=_topics(heads, pair, width),
        facts=_facts(heads, pair),
        quotes=_quotes(stored, by_id, pair, types),
        events=events,
        cooperation=sorted((e for e in events if e.quad.endswith("cooperation") and not e.future),
                           key=lambda e: (-e.score, e.date or "9999"))[:LISTED],
        tensions=sorted((e for e in events if e.quad.endswith("conflict") and not e.future),
                        key=lambda e: e.date or "", reverse=True),
    )


def _event_item(se: StoredEvent, doc: DocumentHead, types: dict) -> EventItem:
    ev = se.event
    topics = ev.topics if ev.topics is not None else tag_topics(ev.sentence)  # stored since migration 0006
    return EventItem(ev.type, types[ev.type].quad, ev.score, ev.source, ev.target, se.when, ev.future,
                     ev.trigger, topics, ev.named or [], cite(doc, ev.start, ev.sentence), ev.told)


def _index(events: list[EventItem], width: int) -> list[Period]:
    periods: dict[str, list[EventItem]] = defaultdict(list)
    for e in events:
        if e.date and not e.future:
            periods[e.date[:width]].append(e)
    return [Period(p, len(evs), sum(e.quad.endswith("cooperation") for e in evs),
                   sum(e.quad.endswith("conflict") for e in evs), round(sum(e.score for e in evs) / len(evs), 2))
            for p, evs in sorted(periods.items())]


def _contacts(stored: list[StoredEvent], docs: dict[str, DocumentHead],
              contacts: dict[tuple[str, int], Contact]) -> list[ContactItem]:
    """The pair's contacts, one per document and date, and across documents one per date and participant."""
    found: list[ContactItem] = []
    same_day: dict[tuple[str | None, bool], list[ContactItem]] = defaultdict(list)  # only these can be the same
    states: dict[str, str | None] = {}  # participant → their state
    for se in sorted(stored, key=lambda se: (docs[se.document.id].date or "9999", se.document.id, se.seq)):
        contact = contacts.get((se.document.id, se.seq))
        if contact is None:
            continue
        states.update(contact.participants)
        people = [name for name, _ in contact.participants]
        item = ContactItem(contact.date, contact.kind, contact.planned, contact.place, people,
                           cite(docs[se.document.id], se.event.start, se.event.sentence), contact.host)
        same = next((c for c in same_day[item.date, item.planned] if _same_contact(c, item)), None)
        if same is None:
            found.append(item)
            same_day[item.date, item.planned].append(item)
        else:
            same.participants += [p for p in people if surname(p) not in map(surname, same.participants)]
            same.place = same.place or item.place
    for c in found:
        if c.host:  # the visitors first: "X visited Belgium, meeting Y"
            c.participants.sort(key=lambda name: states.get(name) == c.host)
            if states.get(c.participants[0]) == c.host:
                c.host = None  # "visited Flanders Field American Cemetery": the state named is the visitor's
    return sorted(found, key=lambda c: (c.date or "9999", c.citation.label, c.citation.start))


def _same_contact(a: ContactItem, b: ContactItem) -> bool:
    """Same date and planned-ness, and the same document; or a shared participant on the same known date;
    or, undated, two shared participants in the same place."""
    if a.date != b.date or a.planned != b.planned:
        return False
    shared = set(map(surname, a.participants)) & set(map(surname, b.participants))
    if a.citation.document == b.citation.document:
        return True
    return bool(shared) if a.date else len(shared) >= 2 and a.place == b.place


def _topics(docs: list[DocumentHead], pair: tuple[str, str], width: int) -> list[TopicRank]:
    counts: Counter[str] = Counter()
    by_period: dict[str, Counter[str]] = defaultdict(Counter)
    latest: dict[str, Citation] = {}
    for doc in docs:  # oldest first: the citation kept is the latest document's
        for topic in doc.topics:
            counts[topic] += 1
            if doc.date:
                by_period[topic][doc.date[:width]] += 1
            cited = _topic_sentence(doc, topic, pair)
            if cited and (doc.date or topic not in latest):  # undated documents come last
                latest[topic] = cited
    total = len(docs) or 1
    return [TopicRank(t, n, round(n / total, 2), dict(sorted(by_period[t].items())), _trend(by_period[t]),
                      latest[t]) for t, n in counts.most_common() if t in latest]


def _topic_sentence(doc: DocumentHead, topic: str, pair: tuple[str, str]) -> Citation | None:
    """The document's first sentence carrying the topic's cue that names one side of the pair (else any)."""
    spans = [t for t in doc.topic_spans if t.topic == topic and t.actor in pair]
    spans = spans or [t for t in doc.topic_spans if t.topic == topic and not t.actor]
    if not spans:
        return None
    first = min(spans, key=lambda t: t.start)
    return cite(doc, first.start, first.sentence)


def _trend(by_period: Counter[str]) -> str:
    """Compare the topic's documents in the later half of its periods with the earlier half."""
    periods = sorted(by_period)
    if len(periods) < 2:
        return "single period"
    half = len(periods) // 2
    early = sum(by_period[p] for p in periods[:half]) / half
    late = sum(by_period[p] for p in periods[half:]) / (len(periods) - half)
    return "rising" if late > early * 1.2 else "falling" if late < early / 1.2 else "steady"


def _facts(docs: list[DocumentHead], pair: tuple[str, str]) -> list[FactItem]:
    """The pair's facts, those with amounts, counts and percentages first, then newest first."""
    items = [(doc, f) for doc in docs for f in doc.facts if tuple(pair) in {tuple(sorted(p)) for p in f.dyads}]

    def rank(item: tuple[DocumentHead, Fact]) -> tuple:
        doc, f = item
        kinds = {g.kind for g in f.figures}
        return (-len(kinds & {"money", "percent", "count", "quantity"}), -len(kinds),
                -int(doc.date[:4]) if doc.date else 0)

    return [FactItem(f.sentence, [vars(g) for g in f.figures], f.topics, f.actors, cite(doc, f.start, f.sentence))
            for doc, f in sorted(items, key=rank)]


def _quotes(stored: list[StoredEvent], docs: dict[str, DocumentHead], pair: tuple[str, str], types: dict
            ) -> list[Quote]:
    """Coded sentences spoken by an official of either side about the other side or the relationship; the
    strongest (|score|) per speaker and document, strongest first."""
    best: dict[tuple[str, str], tuple[float, Quote]] = {}
    for se in stored:
        ev, doc = se.event, docs[se.document.id]
        if ev.turn is None or ev.type not in SPOKEN_TYPES or ev.turn >= len(doc.voices):
            continue
        voice = doc.voices[ev.turn]
        if not voice.name or not voice.role or voice.country not in pair:
            continue
        other = next(c for c in pair if c != voice.country)
        if not ABOUT_RELATIONSHIP.search(ev.sentence) and other not in (ev.named or []):
            continue
        key = (doc.id, voice.name)
        weight = abs(ev.score) * ev.confidence
        if key not in best or weight > best[key][0]:
            best[key] = (weight, Quote(voice.name, voice.role, voice.country, ev.type, ev.sentence.strip(),
                                       cite(doc, ev.start, ev.sentence)))
    return [q for _, q in sorted(best.values(), key=lambda x: (-x[0], x[1].citation.date or ""))]
