"""A generated "X–Y relations" article, composed only from a profile's cited items.

Every sentence is built from one cited source sentence, in the article's own words: contacts as plain
statements ("On 30 January 2025, Secretary of State Marco Rubio and Foreign Minister Bernard Quintin spoke
by telephone."), events and facts as statements composed by `profiles.statements` ("In October 2018, the
United States welcomed the decision by the Government of Belgium to purchase …"), each checked against its
cited sentence (`statements.supports`: no number it does not state). An item that cannot be restated is
left out; a named speaker's words are quoted instead at most once a section (twice in the overview).
Sections follow the encyclopedic shape: overview, history, diplomatic contacts, cooperation by topic,
economic relations, tensions; a section with nothing to cite is left out rather than padded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dyads.actors import kb
from dyads.profiles.citations import Citation
from dyads.profiles.profile import ABOUT_RELATIONSHIP, ContactItem, EventItem, FactItem, Profile, actor_name
from dyads.profiles.statements import (
    LEADING,
    REPORTS,
    capitalise,
    dated_by_document,
    event_statement,
    fact_statement,
    in_present,
    lower_first,
    only_in_object,
    supports,
)

TOPIC_PHRASES = {
    "alliances_security": "On security and defence", "terrorism": "On counterterrorism",
    "military_conflict": "On war and conflict", "nonproliferation": "On nonproliferation",
    "climate_energy": "On climate and energy", "health_covid": "On health and the pandemic",
    "human_rights_democracy": "On human rights and democracy", "migration_visas": "On migration and visas",
    "humanitarian_aid": "On humanitarian aid", "technology_cyber": "On technology",
    "sanctions": "On sanctions", "diplomacy_institutions": "In multilateral diplomacy",
    "culture_education": "On culture and education",
}
ECONOMIC = {"trade_economy", "investment"}
COOPERATIVE = {"SUPPORT", "AGREE", "COOPERATE", "AID", "CONCEDE"}
TENSION = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
DOC_NOUNS = {"readout": "a readout", "joint_statement": "a joint statement", "press_release": "an official statement",
             "remarks": "remarks", "transcript": "a transcript", "interview": "an interview",
             "briefing": "a briefing", "article": "an article", "other": "a document"}
VERBS = ("said", "noted", "stated", "observed")
FIRST_PERSON = re.compile(r"\b(?:I|I’ve|I've|I’m|I'm|me|my)\b")
SALUTATION = re.compile(r"\b(?:allow me to|let me (?:welcome|thank|begin|start)|ladies and gentlemen|dear (?:friends|"
                        r"colleagues|veterans)|distinguished guests|excellenc\w+|thank you)\b", re.I)
CONTACTS_TOLD = 4  # the latest contacts also told as sentences; the table lists them all
JOINT = {"CONSULT", "COOPERATE", "AGREE"}  # acts of both sides: "Belgium and the United States discussed …"
# A relationship's beginning: "established diplomatic relations in 1832", "allies since 1949".
FOUNDED = re.compile(r"\b(?:diplomatic relations|established|since|founding|founded|first (?:treaty|ambassador))\b",
                     re.I)
TREND_STEP = 1.0  # a change of the mean index (−10…+10) between the earlier and the later years worth telling
TOGETHER = re.compile(r"\b(?:side by side|alongside|together|working with|friends?|allies|ally|partners?)\b", re.I)


@dataclass
class Sentence:
    text: str
    cites: list[int]          # 1-based numbers into Article.references
    quote: str | None = None  # the part of the cited sentence quoted verbatim, if any


@dataclass
class Section:
    title: str
    paragraphs: list[list[Sentence]] = field(default_factory=list)
    table: list[Visit] = field(default_factory=list)


@dataclass
class Visit:
    """A row of the table of high-level contacts: who travelled to whom, or who met or called whom."""

    date: str                 # as the contact is dated ("2021-03-24", "2016-03"), "" when it is not
    kind: str                 # visit | meeting | call | talks | summit, "planned visit", …
    who: str                  # the visitors (a visit), else every participant
    met: str                  # whom the visitors met
    where: str
    cites: list[int]


@dataclass
class Article:
    title: str
    sections: list[Section]
    references: list[Citation]


def write_article(profile: Profile) -> Article:
    writer = _Writer(profile)
    overview, history, contacts = writer.overview(), writer.history(), writer.contacts()
    multilateral = writer.multilateral()   # before the topics, which would otherwise take its sentences
    sections = [overview, history, contacts, writer.cooperation(), writer.economy(), multilateral, writer.tensions()]
    sections = [s for s in sections if s.paragraphs or s.table]
    return Article(f"{profile.names[0]}–{profile.names[1]} relations", sections,
                   _in_reading_order(sections, writer.references))


def _in_reading_order(sections: list[Section], references: list[Citation]) -> list[Citation]:
    """The references renumbered as a reader meets them (sections were written in another order); the
    sentences' and rows' citation numbers are rewritten to match."""
    cited = [x for s in sections for x in (*(t for p in s.paragraphs for t in p), *s.table)]
    order = list(dict.fromkeys(n for x in cited for n in x.cites))
    new = {old: i for i, old in enumerate(order, 1)}
    for x in cited:
        x.cites = [new[n] for n in x.cites]
    return [references[old - 1] for old in order]


Item = EventItem | FactItem


class _Writer:
    def __init__(self, profile: Profile):
        self.p = profile
        self.references: list[Citation] = []
        self.used: set[tuple[str, int]] = set()  # cited sentences already written
        self.verb = 0

    # -- sections -------------------------------------------------------------------------------
    def overview(self) -> Section:
        """Since when (a founding fact), how the sources characterise the relationship, and how its events
        have leaned, year by year (the cooperation–conflict index)."""
        items = self._about_pair(self.p.facts + [e for e in self.p.events if e.type in COOPERATIVE])
        founding = sorted((f for f in items if isinstance(f, FactItem) and FOUNDED.search(f.sentence)
                           and any(g["kind"] == "year" for g in f.figures)), key=lambda f: len(f.sentence))
        character = sorted((x for x in items if ABOUT_RELATIONSHIP.search(x.citation.sentence)
                            and not kb.multilateral() & set(x.actors)), key=self._weight)  # those have their section
        lead = self._write(founding, 1, quotes=0)
        lead += self._write(character, 2 - len(lead), opening=True)
        trend = self._trend()
        return Section("Overview", [lead + ([trend] if trend else [])] if lead or trend else [])

    def _trend(self) -> Sentence | None:
        """The index in words: whether cooperation outweighs conflict (a positive mean score) in every year
        the sources date events to, the years when it does not, and which way the balance moved; cited by the
        strongest event of each year it names."""
        since = (self.p.first_date or "")[:4]   # the sources' own years: older events are history
        periods = [p for p in self.p.index if p.events and p.period >= since]
        if len(periods) < 2 or self.p.index_by != "year":
            return None
        first, last = periods[0].period, periods[-1].period
        frictions = [p.period for p in periods if p.index < 0]
        warm = [p.period for p in periods if p.index >= 0]
        # the way most years lean, and the years that lean the other way
        lean, exceptions = (("cooperation outweighs conflict", frictions) if len(frictions) <= len(warm)
                            else ("conflict outweighs cooperation", warm))
        text = f"In the years from {first} to {last} to which the sources date events, {lean} in every year"
        if exceptions:
            text += f" but {_join(exceptions)}"
        half = len(periods) // 2
        early = sum(p.index for p in periods[:half]) / half
        late = sum(p.index for p in periods[half:]) / (len(periods) - half)
        if len(periods) >= 3 and abs(late - early) >= TREND_STEP:
            text += "; the balance has grown " + ("warmer" if late > early else "cooler") + " over the period"
        cites = []
        for year in dict.fromkeys([first, *exceptions, last]):
            conflict = year in frictions
            best = max((e for e in self.p.events if e.date and e.date[:4] == year and not e.future
                        and (e.score < 0) == conflict and year in (e.citation.date or "") + e.citation.sentence),
                       key=lambda e: abs(e.score), default=None)
            if best is None:
                return None   # a year the sentence names must be in a cited sentence or its date
            cites.append(self._cite(best.citation, use=False))   # still free to be written as a statement
        return Sentence(text + ".", sorted(set(cites)))

    def history(self) -> Section:
        """Facts that recall a year before their document's own: one per year, in order."""
        dated: dict[int, FactItem] = {}
        for f in self._about_pair(self.p.facts):
            if FIRST_PERSON.search(f.sentence) or not f.citation.date:
                continue  # "I've been visiting Belgium since 1965" is a memoir, not history
            doc_year = int(f.citation.date[:4])
            for g in f.figures:
                if g["kind"] == "year" and g["value"] and g["value"] < doc_year - 1:
                    dated.setdefault(int(g["value"]), f)
        items = _dedupe([dated[y] for y in sorted(dated)])
        sentences = self._write(items, 8, verb="recalled")
        return Section("History", _paragraphs(sentences, 3))

    def contacts(self) -> Section:
        """The latest contacts told as sentences, and every contact in a table of who visited or met whom."""
        latest = sorted(self.p.contacts, key=lambda c: c.date or "")  # the undated ones first: told last
        told = {id(c) for c in latest[-CONTACTS_TOLD:]}
        sentences = [s for s in (self._contact(c) for c in self.p.contacts if id(c) in told) if s]
        table = [self._visit(c) for c in self.p.contacts]
        return Section("Diplomatic contacts and visits", _paragraphs(sentences, 4), table)

    def _visit(self, c: ContactItem) -> Visit:
        visit = c.kind == "visit"
        where = c.place or (actor_name(c.host) if c.host else "")
        return Visit(c.date or "", ("planned " if c.planned else "") + c.kind,
                     _join(c.participants[:1] if visit else c.participants),
                     _join(c.participants[1:]) if visit and len(c.participants) > 1 else "", where,
                     [self._cite(c.citation)])

    def cooperation(self) -> Section:
        paragraphs = []
        for topic in self.p.topics:
            phrase = TOPIC_PHRASES.get(topic.topic)
            if phrase is None or len(paragraphs) == 6:
                continue
            items = [e for e in self.p.events if e.type in COOPERATIVE and topic.topic in e.topics and not e.future]
            items += [f for f in self.p.facts if topic.topic in f.topics]
            written = self._write(self._about_pair(items), 2, quotes=0)
            if written:
                written[0].text = f"{phrase}, " + lower_first(written[0].text)
                paragraphs.append(written)
        return Section("Cooperation by topic", paragraphs)

    def economy(self) -> Section:
        items = self._about_pair([f for f in self.p.facts if set(f.topics) & ECONOMIC])
        items.sort(key=lambda f: not any(g["kind"] in ("money", "percent", "count", "ordinal") for g in f.figures))
        sentences = self._write(items, 5, quotes=0)
        return Section("Economic relations", _paragraphs(sentences, 3))

    def multilateral(self) -> Section:
        """The pair in alliances and international bodies (NATO, the EU, the UN): cooperative events and facts
        whose sentence names an organisation beside a side of the pair."""
        pair = set(self.p.pair)
        items = [x for x in _dedupe(self.p.facts + [e for e in self.p.events if e.type in COOPERATIVE])
                 if pair & set(x.actors) and kb.multilateral() & set(x.actors)]
        sentences = self._write(sorted(items, key=self._weight), 4)
        return Section("Multilateral settings", _paragraphs(sentences, 4))

    def tensions(self) -> Section:
        """Conflict events whose sentence names their target and no cooperation between the two (the source
        may be the speaker or the publisher: "We take strong objection to …" on a ministry's site): each side's
        grievances in a paragraph of its own, the second introduced as the other side's position."""
        items = [e for e in self.p.events if e.type in TENSION and e.target in e.actors
                 and not (e.told and e.type in ("ASSAULT", "MOBILIZE"))   # a speech's war story is history
                 and not TOGETHER.search(e.citation.sentence)]
        paragraphs = []
        for side in self.p.pair:
            written = self._write(_dedupe([e for e in items if e.source == side]), 3)
            if written and paragraphs and not written[0].quote:
                written[0].text = "For its part, " + lower_first(written[0].text)
            if written:
                paragraphs.append(written)
        return Section("Tensions", paragraphs)

    # -- choosing -------------------------------------------------------------------------------
    def _about_pair(self, items: list[Item]) -> list[Item]:
        """Items whose sentence names a side of the pair, and no third state unless it names both."""
        pair = set(self.p.pair)
        out = []
        for item in _dedupe(items):
            named = set(item.actors)
            others = {a for a in named - pair if a in kb.countries()}
            if named & pair and (pair <= named or not others):
                out.append(item)
        return out

    def _weight(self, item: Item) -> tuple:
        """Sentences with more words of the relationship (ally, friendship, partner) first, then those naming
        both sides, then official statements, then shorter ones."""
        official = item.citation.doc_type in ("press_release", "joint_statement", "readout")
        ties = len(ABOUT_RELATIONSHIP.findall(item.citation.sentence))
        return -ties, not set(self.p.pair) <= set(item.actors), not official, len(item.citation.sentence)

    # -- sentences ------------------------------------------------------------------------------
    def _write(self, items: list[Item], limit: int, quotes: int = 1, **how) -> list[Sentence]:
        """Sentences for the first `limit` items that make one (each source sentence once): a statement in
        the article's words (profiles.statements); failing that, and at most `quotes` times, the words of a
        named speaker quoted."""
        out: list[Sentence] = []
        for item in items:
            if len(out) >= limit:
                break
            if (item.citation.document, item.citation.start) in self.used:
                continue
            sentence = self._statement(item)
            if sentence is None and quotes > 0 and item.citation.speaker:
                sentence = self._reported(item.citation, **how)
                quotes -= sentence is not None
            if sentence:
                out.append(sentence)
        return out

    def _statement(self, item: Item) -> Sentence | None:
        c = item.citation
        actors: tuple[str, ...] = ()
        trigger = None
        if isinstance(item, FactItem):
            text = fact_statement(c.sentence)
            if text and c.date and in_present(c.sentence):
                text = f"As of {_when(c.date[:7])[3:]}, {lower_first(text)}"
            when = c.date
        elif item.future:
            return None
        else:
            joint = (item.type in JOINT and item.target in kb.countries()   # both sides the doers, as the sentence says
                     and not only_in_object(c.sentence, item.trigger, item.target))
            actors = (item.source, item.target) if joint else (item.source,)
            who = " and ".join(actor_name(code, article=True) for code in actors)
            dated = item.date and dated_by_document(c.sentence, item.trigger, item.date[:4], c.doc_type in REPORTS)
            text = event_statement(c.sentence, item.trigger, who, _when(item.date[:7]) if dated else "")
            when, trigger = item.date, item.trigger
        if text is None or not supports(text, c, actors, tuple(item.actors), when, trigger):
            return None
        return Sentence(text, [self._cite(c)])

    def _cite(self, c: Citation, use: bool = True) -> int:
        """The reference number of `c`, the one it already has if it was cited before; `use`: its sentence is
        now written and will not be written again."""
        if use:
            self.used.add((c.document, c.start))
        for n, known in enumerate(self.references, 1):
            if (known.document, known.start) == (c.document, c.start):
                return n
        self.references.append(c)
        return len(self.references)

    def _reported(self, c: Citation, opening: bool = False, verb: str | None = None) -> Sentence | None:
        """“In April 2013, Secretary of State John Kerry said: “…”” — the source sentence quoted, with who
        said it (the speaker or author, else the kind of document) and when (the document's month)."""
        quote = LEADING.sub("", c.sentence).strip()
        if quote[:1] in "\"“" and quote.count(quote[0]) == 1:   # a sentence opening a quotation in its source
            quote = quote[1:].strip()
        quote = re.sub(r"^[\"“](.*)[\"”]$", r"\1", quote)   # or quoted whole: the article's marks replace them
        if (not 25 <= len(quote) <= 400 or not re.search(r"[.!”\"]$", quote) or (c.document, c.start) in self.used
                or SALUTATION.search(quote)):
            return None  # questions, fragments, cut-off text, greetings, and sentences already written
        quote = quote[0].upper() + quote[1:]
        when = _when(c.date[:7]) if c.date else ""
        if verb is None:
            verb = VERBS[self.verb % len(VERBS)]
            self.verb += 1
        who = c.speaker or DOC_NOUNS.get(c.doc_type, "a document")
        if opening:
            a, b = (actor_name(code, article=True) for code in self.p.pair)
            text = f"{who}{' in ' + when[3:] if when else ''} described relations between {a} and {b} thus: “{quote}”"
        elif c.speaker:
            text = f"{when + ', ' if when else ''}{who} {verb}: “{quote}”"
        else:
            text = f"{who}{' of ' + when[3:] if when else ''} {verb}: “{quote}”"
        return Sentence(capitalise(text), [self._cite(c)], quote)

    def _contact(self, c: ContactItem) -> Sentence | None:
        if (c.citation.document, c.citation.start) in self.used:
            return None
        people = _join(c.participants)
        where = f" in {c.place}" if c.place else ""
        destination = c.place or (actor_name(c.host, article=True) if c.host else None)
        if c.planned and c.kind == "visit" and destination:
            text = f"{_join(c.participants[:1])} planned to travel to {destination}"
        elif c.planned:
            text = f"{people} planned to meet{where}"
        elif c.kind == "call":
            text = f"{people} spoke by telephone"
        elif c.kind == "visit":
            if destination is None:
                return None
            text = f"{c.participants[0]} visited {destination}"
            if len(c.participants) > 1:
                text += f", meeting {_join(c.participants[1:])}"
        elif c.kind == "talks":
            text = f"{people} held talks{where}"
        else:
            text = f"{people} met{where}"
        when = _when(c.date)
        text = f"{when}, {text}" if when and not c.planned else text
        return Sentence(capitalise(text.rstrip(".")) + ".", [self._cite(c.citation)])


def _dedupe(items: list[EventItem | FactItem]) -> list[EventItem | FactItem]:
    seen, out = set(), []
    for x in items:
        key = (x.citation.document, x.citation.start)
        if key not in seen:
            seen.add(key)
            out.append(x)
    return out


def _paragraphs(sentences: list[Sentence], size: int) -> list[list[Sentence]]:
    return [sentences[i:i + size] for i in range(0, len(sentences), size)]


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def _when(value: str | None) -> str:
    """"On 30 January 2025", "In March 2016" or "In 2014", by the date's precision."""
    if not value:
        return ""
    parts = value.split("-")
    if len(parts) == 3:
        return f"On {int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"In {MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return f"In {parts[0]}"


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
