"""Plain data shared by every stage.

Offsets (`start`, `end`) always index `Document.text`, the stored text, which is the decoded input
text itself (plain text) or trafilatura's extraction (HTML). Boilerplate is never cut out of the
text: it is recorded as spans, so every offset and every quoted sentence stays an exact substring
of what the user gave us.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace
from typing import Literal, TypeVar

DocKind = Literal["text", "html"]
DOC_TYPES = (
    "transcript", "readout", "joint_statement", "remarks", "interview",
    "briefing", "article", "press_release", "other",
)
COUNTED = ("asserted", "future")  # event modalities that count as events
MODALITIES = (*COUNTED, "negated", "hypothetical", "requested")
ROLE_TYPES = ("foreign_minister", "spokesperson", "moderator", "journalist", "official", "other")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str = ""


@dataclass
class SourceItem:
    """One input document as read from a source, before cleaning."""

    name: str                        # what messages call it: a path, a URL, "stdin", "file.jsonl:3"
    kind: DocKind
    data: bytes | str
    source_id: str | None = None     # the id the input gives (devset "d01"), else the file stem
    url: str | None = None
    title: str | None = None
    date: str | None = None          # a date the input's metadata states (JSON "date", HTML meta)


@dataclass(frozen=True)
class Rejection:
    """An input that was skipped, and why. Never raised: batches go on."""

    name: str
    reason: str


@dataclass
class DateValue:
    value: str            # ISO: YYYY, YYYY-MM or YYYY-MM-DD
    precision: str        # "year" | "month" | "day"
    text: str             # the exact surface text it was read from
    start: int | None = None
    end: str | None = None  # the last day of a stated range ("February 6–10, 2023" → 2023-02-10)


@dataclass
class Location:
    text: str
    city: str | None
    country: str | None
    start: int | None = None


@dataclass
class Turn:
    label: str
    start: int            # where the label starts
    end: int              # where the turn's text ends (next label or end of content)
    text_start: int       # first character after "LABEL:" (and after "(Via interpreter)")
    interpreted: bool = False


@dataclass
class Speaker:
    label: str
    name: str | None = None
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    role_type: str = "other"
    country: str | None = None
    organization: str | None = None
    turns: int = 0
    actor_id: str | None = None


@dataclass
class Mention:
    """A span of the stored text that names an actor."""

    start: int
    end: int
    text: str
    actor_id: str         # ISO3 for states, an organisation code, "person:<name>" for office-holders
    kind: str             # "state" | "organization" | "person" | "place"
    country: str | None   # the state it stands for (a person's or a capital's state); None for organisations
    confidence: float
    rule: str             # which resolution rule decided: name, demonym, metonym, office-holder, ...


@dataclass
class Event:
    """A coded political event with its exact provenance (the sentence, its offsets, the turn)."""

    type: str                       # one of the 16 PLOVER types
    source: str
    target: str
    source_all: list[str]
    target_all: list[str]
    sentence: str                   # exact substring of the document text
    start: int                      # sentence offsets in the stored text
    end: int
    trigger: str                    # the word(s) that carry the event
    mode: str | None = None
    cameo: str = ""
    score: float = 0.0
    confidence: float = 0.5
    future: bool = False            # planned/announced (PLOVER export maps a future CONSULT to AGREE)
    date: str | None = None         # ISO, only when the sentence states it
    date_precision: str | None = None
    date_text: str | None = None    # the surface text, also for relative dates
    resolved_date: str | None = None  # relative expressions resolved against the document date
    turn: int | None = None         # index of the speaker turn
    modality: str = "asserted"      # asserted | future | negated | hypothetical | requested
    topics: list[str] | None = None  # of its sentence, tagged at ingest (None: stored before they were)
    named: list[str] | None = None   # the states and organisations its sentence names (people → their state)
    told: bool = False               # a past act told undated in a speech: the document's date is not its date

    @property
    def counts(self) -> bool:
        """Only asserted and planned events count in records, profiles and indexes; the others are kept
        for whoever asks for them."""
        return self.modality in COUNTED


@dataclass
class Figure:
    """A number a fact states, with its unit: "$1.2 billion" → 1.2e9 USD, "60,000 American jobs" → 60000 job."""

    text: str                       # exact surface text in the sentence
    kind: str                       # money | percent | quantity | count | ordinal | year
    value: float | None = None
    unit: str | None = None         # currency code, "percent", or the counted noun's lemma


@dataclass
class Fact:
    """A sentence stating a fact or figure about a relationship (devset README 3.10)."""

    sentence: str                   # exact substring of the document text
    start: int
    end: int
    actors: list[str] = field(default_factory=list)       # states and organisations it names (people → their state)
    dyads: list[tuple[str, str]] = field(default_factory=list)  # the pairs it is about
    figures: list[Figure] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)


@dataclass
class Contact:
    """A high-level contact (meeting, call, visit, summit, talks) that one event records, read at ingest so
    every view counts the same contacts (`contacts.find_contacts`)."""

    event: int                      # index of its event in the document's events
    kind: str                       # meeting | call | visit | summit | talks
    date: str | None                # the sentence's date, else the document's for its own event
    planned: bool
    place: str | None
    host: str | None                # the state a visit goes to
    participants: list[tuple[str, str | None]] = field(default_factory=list)  # (name with title, state)


@dataclass(frozen=True)
class TopicSpan:
    """The first sentence carrying a topic's cue, and the first that also names `actor` ("" for any)."""

    topic: str
    actor: str
    start: int
    end: int
    sentence: str


@dataclass
class Document:
    """A cleaned document with its structure, ready to store or to write as a record."""

    text: str
    kind: DocKind
    name: str
    source_id: str | None = None
    url: str | None = None
    title: str | None = None
    boilerplate: list[Span] = field(default_factory=list)
    doc_type: str = "other"
    date: DateValue | None = None
    date_alternatives: list[str] = field(default_factory=list)
    published: str | None = None     # the date the input's metadata states (not stored: read into `date`)
    location: Location | None = None
    turns: list[Turn] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)        # countries_mentioned (devset 3.5)
    organizations: list[str] = field(default_factory=list)    # organizations_mentioned (devset 3.6)
    dyads: list[tuple[str, str]] = field(default_factory=list)  # main country pairs (devset 3.7)
    events: list[Event] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)             # the fixed list of 16 (devset 3.8)
    facts: list[Fact] = field(default_factory=list)             # sentences stating facts (devset 3.10)
    contacts: list[Contact] = field(default_factory=list)
    topic_spans: list[TopicSpan] = field(default_factory=list)
    id: str = ""          # content hash, set by text.fingerprint
    language: str = "en"  # what the pipeline read it as (Settings.language)

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """The mentions starting in [start, end): a binary search, since a sentence loop over a long
        document must not rescan every mention (mentions are kept in order of their start)."""
        first = bisect_left(self.mentions, start, key=lambda m: m.start)
        last = bisect_left(self.mentions, end, lo=first, key=lambda m: m.start)
        return self.mentions[first:last]

    def actors_in(self, start: int, end: int) -> list[str]:
        """The states and organisations named in [start, end) (an office-holder stands for their state)."""
        return sorted({m.country or m.actor_id for m in self.mentions_in(start, end)
                       if m.kind in ("state", "organization", "person")})

    def masked_text(self, labels: set[str] | None = None) -> str:
        """The text with boilerplate (of the given labels, default all) blanked out: same length, so
        offsets still hold."""
        chars = list(self.text)
        for span in self.boilerplate:
            if labels is not None and span.label not in labels:
                continue
            for i in range(span.start, span.end):
                if chars[i] != "\n":
                    chars[i] = " "
        return "".join(chars)

    def content(self) -> str:
        """The text without boilerplate, for reading (offsets do not index this)."""
        parts, pos = [], 0
        for span in sorted(self.boilerplate, key=lambda s: s.start):
            parts.append(self.text[pos:span.start])
            pos = max(pos, span.end)
        parts.append(self.text[pos:])
        return "".join(parts).strip()


@dataclass
class DocumentRef:
    """What a view shows of a document beside one of its items: enough to cite and link it."""

    id: str
    source_id: str | None
    title: str | None
    date: str | None
    doc_type: str
    url: str | None


@dataclass
class Voice:
    """Who speaks one turn: what a citation names and a quote needs."""

    start: int            # the turn's text
    end: int
    name: str | None
    role: str | None
    role_type: str
    country: str | None


@dataclass
class DocumentHead(DocumentRef):
    """A document without its text: what a profile reads of each of a pair's documents."""

    date_text: str | None = None
    topics: list[str] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    voices: list[Voice] = field(default_factory=list)          # one per turn, in turn order
    topic_spans: list[TopicSpan] = field(default_factory=list)


@dataclass
class StoredEvent:
    """An event as the store holds it: the event, its document and its position there."""

    event: Event
    document: DocumentRef
    seq: int

    @property
    def when(self) -> str | None:
        """The date the sentence states, else its relative date resolved, else the document's date (unless the
        act is told of, undated, in a speech: `Event.told`)."""
        return self.event.date or self.event.resolved_date or (None if self.event.told else self.document.date)


@dataclass
class PairSummary:
    """One pair in the store: its documents and events (`query.pair_events`), index and last contact."""

    pair: tuple[str, str]
    documents: int
    events: int
    index: float                 # mean PLOVER score of its events: +10 cooperation … -10 conflict
    last_contact: str | None     # date of the latest dated, held (not planned) CONSULT between the two


@dataclass
class ActorSummary:
    """One actor in the store: its events on each side by year, the actors it has events with, its turns."""

    actor: str
    as_source: dict[str, int]    # year ("undated") → events it is a source of
    as_target: dict[str, int]
    partners: list[tuple[str, int]]   # the other side of its events, most events first
    turns: int                   # speaking turns of speakers resolved to it (a state's officials count)


@dataclass
class SearchHit:
    """A document or an event sentence that a full-text search found."""

    kind: str                    # document | event
    document: DocumentRef
    snippet: str                 # the matching passage, each match between MARK_START and MARK_END
    start: int | None = None     # the event sentence's offsets in the stored text
    end: int | None = None
    event_type: str | None = None


# Around a search match: control characters, so a view can escape the snippet first and mark it after (a
# stray one in a stored text misplaces a highlight, nothing more).
MARK_START, MARK_END = "\x02", "\x03"


Located = TypeVar("Located", Event, Mention)


def moved(items: list[Located], by: int) -> list[Located]:
    """Copies of events or mentions with their offsets moved `by` characters (the items when by is 0): a
    long text's sections are coded in their own offsets."""
    return [replace(x, start=x.start + by, end=x.end + by) for x in items] if by else items
