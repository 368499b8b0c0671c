"""Mentions: each alias span or person becomes an actor with a kind, a state and a confidence.

The rules users expect (devset README 3.5):
* a name, abbreviation, demonym or historical polity is the state ("Belgian" → BEL);
* a capital or seat of government counts only as a metonym for the government ("Moscow's aggression",
  "the Kremlin said"); after a place preposition ("met in Bucharest"), after "Embassy", or before
  ", Country" it is a place, stored but not a country mention; as a subject or possessor it is the
  state only with a political predicate ("Tokyo announced", "Moscow's aggression", not "Tokyo's skyline");
* "Brussels" as an actor is the EU or NATO when the sentence is about them, else Belgium;
* "Washington, D.C." is a place; a bare "Washington" is the U.S. government unless used as a place;
* a person is an office-holder only when name, title and date agree with one holder: a suffix ("III")
  is never a surname, a title must fit the office ("Secretary of Defense" is not a Secretary of State) and
  a known date must fall in the tenure ("President Biden" in 2023 → person:joe-biden, USA). People do not make
  their state a country mention ("President Biden" alone does not mention USA).
"""

from __future__ import annotations

import itertools
import re
from datetime import date
from functools import cache

from spacy.tokens import Doc, Span

from dyads.actors import kb
from dyads.actors.matcher import AliasMatch, actor_matcher
from dyads.models import Mention

PLACE_PREPOSITIONS = {"in", "to", "from", "at", "near", "outside", "via", "visit", "visiting", "visited", "toward",
                      "towards", "into", "across", "around", "throughout", "embassy", "consulate", "mission", "of"}
LOCATIVE = {"at", "in", "inside", "outside"}
STATE_KINDS = {"name": 0.95, "abbreviation": 0.9, "demonym": 0.9, "historical": 0.85, "office": 0.8}
# Title word → the office type it points to first (data/titles.csv); used to rank holders and by the CLI.
TITLES = {w: fits[0] for w, fits in kb.title_words().items() if fits[0] != "any"}
TITLE_LINKS = {"of", "for", "the", "'s", "’s", "-"}  # inside a title: 'Secretary of State', "Japan's Prime Minister"
TITLE_SPAN = 12   # words a title may run to: "Minister for International Development Cooperation and Foreign Trade"
EDITORIAL = {"[", "]"}  # a transcript's insertion inside a name: "President [Ilham] Aliyev"
UNBRACKETED = str.maketrans(dict.fromkeys(EDITORIAL, " "))


def resolve(sdoc: Doc, doc_date: date | None) -> list[Mention]:
    from dyads.nlp import load_nlp

    matcher = actor_matcher(load_nlp())
    matches = matcher(sdoc)
    # a "person" that is exactly a place's or a people's name is the parser's mistake ("Yerevan has accused",
    # "the Moldovan authorities"); one whose name runs past the alias is a person
    aliases = {(m.span.start, m.span.end) for m in matches}
    persons = [e for e in sdoc.ents if e.label_ == "PERSON" and (e.start, e.end) not in aliases]
    person_tokens = {i for e in persons for i in range(e.start, e.end)}
    titled = _titled_surnames(sdoc, person_tokens)
    persons += titled
    person_tokens |= {span.start for span in titled}  # one token each
    mentions = []
    alias_at = {i: m.code for m in matches for i in range(m.span.start, m.span.end)}
    offices = []
    for m in matches:
        if m.kind == "office" and any(i in person_tokens for i in range(m.span.start, m.span.end)):
            offices.append(m)   # "Raksha Mantri Shri Rajnath Singh": the office stands unless the person resolves
            continue
        if m.kind not in ("name",) and any(i in person_tokens for i in range(m.span.start, m.span.end)) \
                and not m.is_org:
            continue  # "Chad Smith", "Georgia Meloni": part of a person's name
        mention = _alias_mention(m)
        if mention:
            mentions.append(mention)
    taken = {i for mn in mentions for i in range(mn.start, mn.end)}
    for ent in persons:
        if ent.start_char in taken:
            continue
        mention = person_mention(ent, doc_date, alias_at) or introduced_person(ent, alias_at)
        if mention:
            mentions.append(mention)
    people = {i for mn in mentions if mn.kind == "person" for i in range(mn.start, mn.end)}
    mentions += [mn for m in offices if (mn := _alias_mention(m)) and not people & set(range(mn.start, mn.end))]
    again = _surnames_again(sdoc, mentions)
    starts = {m.start for m in again}
    mentions = [m for m in mentions if m.start not in starts] + again
    return sorted(mentions + _organizations_again(sdoc, mentions), key=lambda mn: mn.start)


def _surnames_again(sdoc: Doc, mentions: list[Mention]) -> list[Mention]:
    """An office-holder named in full, then by surname alone ("Chief Cabinet Secretary Hirokazu Matsuno said …
    '…,' Matsuno told a press conference"), whatever the tagger made of the surname (here a place), and even where
    the surname is a city's name ("William Hague … Hague will visit Tokyo": the man, not the Netherlands); these
    mentions replace the city's."""
    first: dict[str, Mention] = {}
    for m in mentions:
        if m.kind == "person" and " " in m.text.strip():
            first.setdefault(m.text.split()[-1], m)
    taken = {i for m in mentions if m.rule not in CITY_RULES or m.text not in first for i in range(m.start, m.end)}
    again = []
    for tok in sdoc:
        m = first.get(tok.text)
        # the tagger makes a surname opening a sentence a common noun: "Safadi also spoke by phone with …"
        if m and tok.idx > m.start and tok.idx not in taken and (tok.pos_ == "PROPN" or tok.pos_ == "NOUN"
                                                                  and tok.is_title):
            again.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, m.actor_id, "person", m.country,
                                 0.7, m.rule if m.rule in ("introduced", FORMER) else "surname"))
    return again


CITY_RULES = {"metonym", "place"}   # a capital or city (`_alias_mention`), which a surname may also be


# A capitalised head noun that stands for an organisation named before it ("the International Atomic Energy Agency
# … the Agency's inspectors", "NATO … Finland is now a member of the Alliance"); "the bloc": any multilateral one
SHORT_NAMES = {"Agency", "Alliance", "Board", "Commission", "Council", "Court", "Organization", "Organisation",
               "Secretariat", "Tribunal", "Union"}
SHORT_NAME_DETERMINERS = {"the", "this", "our"}   # "this Council" in a speech to the Security Council


def _organizations_again(sdoc: Doc, mentions: list[Mention]) -> list[Mention]:
    """An organisation named again by its head noun alone: the latest organisation named before whose names hold
    that word (any of its names: "the IAEA … the Agency"); "the bloc": the latest multilateral one. Only "the"
    (or "this", "our") before it and no name after it ("the Council of Europe", "the Union Minister" are names of
    their own)."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    named = [m for m in mentions if m.kind == "organization"]
    again = []
    for tok in sdoc[1:]:
        word = tok.text if tok.text in SHORT_NAMES else tok.lower_ if tok.lower_ == "bloc" else None
        after = sdoc[tok.i + 1] if tok.i + 1 < len(sdoc) else None
        if (word is None or tok.idx in taken or sdoc[tok.i - 1].lower_ not in SHORT_NAME_DETERMINERS
                or after is not None and (after.pos_ == "PROPN" or after.lower_ == "of")):
            continue
        for m in reversed([m for m in named if m.end <= tok.idx]):
            if word == "bloc" and m.actor_id in kb.multilateral() or word in _name_words(m.actor_id):
                again.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, m.actor_id, "organization", None,
                                     0.7, "short-name"))
                break
    return again


@cache
def _name_words(code: str) -> frozenset[str]:
    return frozenset(w for a in kb.organization_aliases() if a.code == code for w in a.text.split())


def _titled_surnames(sdoc: Doc, taken: set[int]) -> list[Span]:
    """Office-holders' surnames right after a title that the model did not tag as a person ("Prime Minister
    Albanese" is NORP to it, "President Widodo" nothing): each still has to pass `person_mention`."""
    found = []
    for tok in sdoc[1:]:
        if (tok.i not in taken and tok.is_title and tok.pos_ == "PROPN" and _title_word(sdoc[tok.i - 1].text)
                and kb.find_office_holders(tok.text)):
            # with a numeral that follows: "King Albert I" is not the Albert II in office
            end = tok.i + 2 if tok.i + 1 < len(sdoc) and kb.ROMAN.fullmatch(sdoc[tok.i + 1].text) else tok.i + 1
            found.append(Span(sdoc, tok.i, end, label="PERSON"))
    return found


def _alias_mention(m: AliasMatch) -> Mention | None:
    span = m.span
    if m.is_org:
        return Mention(span.start_char, span.end_char, span.text, m.code, "organization", None, 0.95, "org-alias")
    if m.kind in STATE_KINDS:
        return Mention(span.start_char, span.end_char, span.text, m.code, "state", m.code, STATE_KINDS[m.kind],
                       m.kind)
    # metonyms: capitals, seats of government, buildings; and ministries only one state has ("the State
    # Department said", "officials from the Department of State"), a place only where one is ("at the Pentagon")
    place = _after_preposition(span, LOCATIVE) if m.kind in ("institution", kb.ARMED_FORCES) else _used_as_place(span)
    if place:
        return Mention(span.start_char, span.end_char, span.text, m.code, "place", m.code, 0.8, "place")
    if span.text == "Brussels":
        sentence = span.sent.text
        for org in ("NATO", "EU"):
            if re.search(rf"\b{org}\b|\bEuropean Union\b" if org == "EU" else rf"\b{org}\b", sentence):
                return Mention(span.start_char, span.end_char, span.text, org, "organization", None, 0.6,
                               "brussels-context")
    rule = kb.ARMED_FORCES if m.kind == kb.ARMED_FORCES else "metonym"
    return Mention(span.start_char, span.end_char, span.text, m.code, "state", m.code, 0.7, rule)


def _used_as_place(span: Span) -> bool:
    doc = span.doc
    if "," in span.text or "." in span.text:
        return True  # "Washington, D.C."
    if span.root.dep_ in ("compound", "nmod", "amod") and span.root.head.pos_ in ("NOUN", "PROPN"):
        # "the Brussels attack", "the Paris agreement": a place naming something; "the Kyiv regime": its government
        return kb.fold(span.root.head.lemma_) not in kb.political_words().get("governing", frozenset())
    if _acting_of(span):
        return False   # "the decision of London to expel", "the actions of Chișinău": whose act
    if _after_preposition(span, PLACE_PREPOSITIONS):
        return True
    after = [t for t in doc[span.end:span.end + 3] if not t.is_space]
    if after and after[0].text == ",":
        following = kb.country_alias(after[1].text) if len(after) > 1 else None
        if following and following.kind == "name":
            return True  # "Brussels, Belgium"
    # a dateline or caption line of its own: "Brussels" / "Moscow, 12 May"
    line = _line_of(span)
    if line == span.text or (len(line) <= 60 and line.startswith(span.text + ",")):
        return True
    return _political_use(span) is False  # "Tokyo's skyline", "Seoul sweltered"


def _acting_of(span: Span) -> bool:
    """The capital is the "of" of a political noun: the government whose decision, actions or policy they are."""
    prep, nouns = span.root.head, kb.political_words().get("noun", frozenset())
    return (span.root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN"
            and bool({kb.fold(prep.head.lemma_), kb.fold(prep.head.text)} & nouns))


def _after_preposition(span: Span, prepositions: set[str]) -> bool:
    """Right after one of these prepositions, "the" aside: "in Brussels", "at the Department of State"."""
    before = [t for t in span.doc[max(0, span.start - 3):span.start] if not t.is_space]
    if before and before[-1].lower_ == "the":
        before = before[:-1]
    return bool(before) and before[-1].lower_ in prepositions


def _line_of(span: Span) -> str:
    """The stripped line holding `span`, read token by token (Doc.text would rebuild the whole text)."""
    doc, start, end = span.doc, span.start, span.end
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    while end < len(doc) and "\n" not in doc[end - 1].text_with_ws:
        end += 1
    return doc[start:end].text.strip()


def _political_use(span: Span) -> bool | None:
    """Whether a capital that is a subject or a possessor has a political predicate; None for other uses.

    'Tokyo announced', 'Beijing said that ...' and "Moscow's aggression" are the government; "Tokyo's
    skyline" and 'Seoul sweltered' are the city. The words are in data/political_words.csv. A subject of
    'be' is left undecided ('Washington is concerned'), as are objects ('warned Beijing')."""
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:  # "Brussels and Washington agree"
        tok = tok.head
    words = kb.political_words()
    if tok.dep_ == "poss":
        head = tok.head
        return bool({kb.fold(head.lower_), kb.fold(head.lemma_)} & words.get("noun", frozenset()))
    if tok.dep_ != "nsubj" or tok.head.lemma_ == "be":
        return None
    verb = tok.head
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]  # "Beijing continued to pressure"
    return (any(kb.fold(v.lemma_) in words.get("verb", frozenset()) for v in verbs)
            or any(c.dep_ == "ccomp" for c in verb.children))  # reported speech: "Tokyo stressed that ..."


def person_mention(ent: Span, doc_date: date | None, alias_at: dict[int, str] | None = None) -> Mention | None:
    """An office-holder, only when the name, the title before it and the document's date all agree.

    `alias_at` maps token indices to the state or organisation an alias there names, so that
    'German Chancellor Scholz' requires a German holder (see `kb.match_office_holder`)."""
    title, countries = _title_before(ent, alias_at or {})
    tokens = [t for t in ent if not t.is_space and t.text not in EDITORIAL]
    while tokens and _title_word(tokens[0].text):  # the model sometimes tags "President Biden" whole
        title.append(tokens.pop(0).text)
    if not tokens:
        return None
    # not Doc.text: that rebuilds the whole text per call
    name = " ".join(ent.doc[tokens[0].i:ent.end].text.translate(UNBRACKETED).split())
    if tokens[0].i == ent.start:
        name = " ".join([*_given_names_before(ent, alias_at or {}), name])
    holder, rule = kb.match_office_holder(name, title, doc_date, countries), "office-holder"
    period = years_named(ent.sent, doc_date)
    if period and (holder is None or not holder.in_office(period)) \
            and (former := kb.match_office_holder(name, title, period, countries)):
        # "In 2012 Prime Minister David Cameron", in an article written in 2024: in office then, not now; and "In
        # 2002, Castro released a recording" is Cuba's Castro, not the Honduran Castro in office on the page's date
        holder, rule = former, FORMER
    if holder is None:
        return None
    full = kb.is_full_name(name, holder)
    titled = any(_title_word(w) for w in title)
    if len(tokens) == 1 and " " not in holder.name and not titled:
        return None   # a monarch's one name is also a given name: "thank Philippe" is a colleague, not the King
    in_office = doc_date is not None  # match_office_holder already required a date to fall in the tenure
    if not (full or titled or in_office):
        return None
    confidence = 0.9 if (full and in_office) else 0.8 if (titled and in_office) else 0.6
    country = None if holder.country in ("EU", "NATO", "UN", "AU") else holder.country
    return Mention(ent.start_char, ent.end_char, ent.text, person_id(holder.name), "person", country, confidence,
                   rule)


def _given_names_before(ent: Span, alias_at: dict[int, str]) -> list[str]:
    """Names right before a person the tagger cut short ("Dato' Seri Hishammuddin Tun [Hussein]"): they are
    given names, which must then be the office-holder's own (Hishammuddin Hussein is not Fuad Hussein). Of the
    capitalised words there, only those no English dictionary holds: not "Supreme Leader", "Chairman", "Tuesday",
    nor a title, a state or organisation, an honorific."""
    run = []
    i = ent.start - 1
    while i >= 0:
        tok = ent.doc[i]
        if (tok.pos_ != "PROPN" or not tok.is_title or i in alias_at or _title_word(tok.text) or tok.ent_type_
                or kb.fold(tok.text).rstrip(".") in kb.HONORIFICS or tok.whitespace_ == ""):
            break
        run.insert(0, tok)
        i -= 1
    return [t.text for t in run if t.lower_ not in _english_words()]


@cache
def _english_words() -> frozenset[str]:
    """The words of the parser's lemmatizer (WordNet's nouns, verbs, adjectives and adverbs), shipped in its model."""
    from dyads.nlp import load_nlp

    index = load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return frozenset(w for pos in ("noun", "verb", "adj", "adv") for w in index.get(pos, []))


FORMER = "office-holder-then"   # the rule of a holder in office in the years a sentence names, not on the doc's date
YEAR = re.compile(r"\b(19[4-9]\d|20\d\d)\b")


def years_named(sent: Span, doc_date: date | None) -> kb.Period | None:
    """The years a sentence says its events happened in, up to the document's own ("In 2012 …", "between 2010 and
    2015"): an article written in 2024 names the prime minister of 2012. An undated document's holders are not held
    to a date at all."""
    if doc_date is None:
        return None
    years = [y for y in map(int, YEAR.findall(sent.text)) if y <= doc_date.year]
    return (date(min(years), 1, 1), date(max(years), 12, 31)) if years else None


def introduced_person(ent: Span, alias_at: dict[int, str]) -> Mention | None:
    """A person the office-holder table does not know, introduced with the one state whose office they hold:
    "Egyptian Foreign Minister Sameh Shoukry", "the Prime Minister of Papua New Guinea, the Hon. James Marape",
    "Ilse Marijnen, Minister of Foreign Affairs of Suriname". The name then stands for that state here, and its
    surname alone later on (`_surnames_again`: "Prime Minister Marape thanked Australia")."""
    tokens = [t for t in ent if not t.is_space and t.text not in EDITORIAL and not _title_word(t.text)]
    while tokens and (kb.is_name_suffix(tokens[-1].text) or tokens[-1].text.rstrip(".") in kb.HONOURS):
        tokens.pop()   # "James Marape MP": the surname is the last word of the name proper
    while tokens and kb.fold(tokens[0].text).rstrip(".") in kb.HONORIFICS:
        tokens.pop(0)  # "the Hon. James Marape"
    if len(tokens) < 2 or any(t.pos_ != "PROPN" and t.text != "-" for t in tokens):   # "Appiah-Boateng"
        return None
    title, countries = _title_before(ent, alias_at)
    if not title:
        countries = frozenset(_states_in_apposition(ent, alias_at))
    states = {c for c in countries if c in kb.countries()}
    if len(states) != 1 or len(countries) != 1:
        return None
    name = ent.doc[tokens[0].i:tokens[-1].i + 1]
    return Mention(name.start_char, name.end_char, name.text, person_id(name.text), "person", states.pop(), 0.7,
                   "introduced")


def _states_in_apposition(ent: Span, alias_at: dict[int, str]) -> set[str]:
    """The states named in a title set beside the name by apposition: "the Prime Minister of Papua New Guinea,
    the Hon. James Marape MP" (the name, or the phrase it ends, is the title's apposition) or "James Marape, Prime
    Minister of …" (the title is the name's); none unless the phrase holds a title word."""
    node = ent.root
    for _ in range(4):
        titles = [c for c in node.children if c.dep_ == "appos" and c.i >= ent.end]   # "…, Prime Minister of …"
        if node.dep_ == "appos":   # "the Prime Minister of …, the Hon. James Marape": the title's words before it
            titles.append(node.head)
        for head in titles:
            words = [t for t in head.subtree if (t.i < ent.start) == (head.i < ent.start)]
            if any(_title_word(t.text) for t in words):
                return {alias_at[t.i] for t in words if t.i in alias_at}
        if node.dep_ not in ("compound", "flat", "appos") or node.head.i == node.i:
            break
        node = node.head
    return set()


def _title_word(word: str) -> bool:
    """A word that names an office ('Minister'), as opposed to a qualifier that fits any ('Acting')."""
    return kb.fold(word).rstrip(".") in TITLES


def _title_before(ent: Span, alias_at: dict[int, str]) -> tuple[list[str], frozenset[str]]:
    """The title words right before a name, and the states/organisations named in that title.

    Walks left over title words, links ('of', "'s"), country words and capitalised qualifiers
    ('Defense' in 'Secretary of Defense'); stops at anything else and at another person. An 'and' joins one
    title ("Minister of Foreign Affairs and International Cooperation", "Deputy Prime Minister and Foreign
    Minister"): what lies before it counts only when it holds a title word of its own ("China and Foreign
    Minister Kono" is no Chinese title). Without a real title word there is no title: 'On Tuesday Blinken'
    has none."""
    doc = ent.doc
    parts: list[tuple[list[str], set[str]]] = [([], set())]   # right to left, split at each 'and'
    i = ent.start - 1
    while i >= max(0, ent.start - TITLE_SPAN):
        tok = doc[i]
        words, countries = parts[-1]
        if i in alias_at:
            countries.add(alias_at[i])
        elif tok.is_space and "\n" in tok.text:
            break   # a title does not run over a line: "… attacks in Syria\nForeign Secretary Philip Hammond"
        elif tok.is_space or tok.text in EDITORIAL:
            pass
        elif tok.lower_ == "and" and words:
            parts.append(([], set()))
        elif (kb.fold(tok.text).rstrip(".") in kb.title_words() or tok.lower_ in TITLE_LINKS
              or (tok.ent_type_ != "PERSON" and (tok.pos_ == "PROPN" or (tok.is_title and not tok.is_sent_start)))):
            words.append(tok.text)
        else:
            break
        i -= 1
    kept = parts[:1] + list(itertools.takewhile(lambda p: any(_title_word(w) for w in p[0]), parts[1:]))
    words = [w for p in reversed(kept) for w in reversed(p[0])]
    if not any(_title_word(w) for w in words):
        return [], frozenset()
    return [w for w in words if w not in TITLE_LINKS], frozenset(c for p in kept for c in p[1])


def person_id(name: str) -> str:
    return "person:" + re.sub(r"[^a-z0-9]+", "-", kb.fold(name)).strip("-")


def _headline_title(before: list[str]) -> tuple[list[str], list[str], frozenset[str]]:
    """Given names, title words and countries ending a headline's words before a surname.

    "Call With Brazilian Foreign Minister Carlos" → (Carlos; Foreign, Minister; BRA). Headlines
    capitalise every word, so only known title words and country words make the title."""
    words = [kb.strip_possessive(w) for w in before]
    given: list[str] = []
    while words and len(given) < 2 and words[-1] not in HEADLINE_WORDS and not _title_or_country(words[-1]):
        given.insert(0, words.pop())
    title: list[str] = []
    countries: set[str] = set()
    for word in reversed(words):
        alias = _title_or_country(word)
        if isinstance(alias, kb.Alias):
            countries.add(alias.code)
        elif alias:
            title.insert(0, word)
        else:
            break
    if not any(_title_word(w) for w in title):
        return given, [], frozenset()
    return given, [w for w in title if w.lower() not in TITLE_LINKS], frozenset(countries)


def _title_or_country(word: str) -> kb.Alias | bool:
    """The state or organisation a headline word names, else whether it belongs in a title."""
    alias = kb.country_alias(word) or kb.organization_alias(word)
    if alias and alias.kind != "metonym":
        return alias
    return kb.fold(word).rstrip(".") in kb.title_words() or word.lower() in TITLE_LINKS


HEADLINE_WORDS = {"And", "With", "At", "To", "On", "In", "Of", "For", "Before", "After", "During", "Following",
                  "Call", "Calls", "Meeting", "Meets", "Met", "Travels", "Remarks", "Statement", "Interview", "Joint",
                  "Press", "Visit", "Visits", "Says", "Speaks", "Hosts", "Welcomes", "Delivers", "Discusses"}
TITLE_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|bin|al|de|del|van|von))*")


def title_mentions(title: str | None, doc_date: date | None) -> list[Mention]:
    """States, organisations and office-holders named in a title (offsets index the title).

    Titles are short and almost always name officials, so a tokenizer pass, the alias matcher and the
    office-holder table suffice: no model run."""
    if not title:
        return []
    from dyads.nlp import load_nlp

    nlp = load_nlp()
    tdoc = nlp.make_doc(title)
    out = [mn for m in actor_matcher(nlp)(tdoc) if m.kind != "metonym" and (mn := _alias_mention(m))]
    taken = {i for mn in out for i in range(mn.start, mn.end)}
    for m in TITLE_NAME.finditer(title):
        words = m.group(0).split()
        for i in range(len(words), 0, -1):
            surname = kb.strip_possessive(words[i - 1])
            if m.start() in taken or len(surname) < 3:
                continue
            following = words[i] if i < len(words) else ""
            if following and following not in HEADLINE_WORDS and not words[i - 1].endswith(("’s", "'s")):
                continue  # "Secretary Lee Satterfield": Lee is a given name here
            before = title[:m.start()].split()[-3:] + words[:i - 1]
            given, title_words, countries = _headline_title(before)
            h = kb.match_office_holder(" ".join([*given, surname]), title_words, doc_date, countries)
            if h and (any(_title_word(w) for w in title_words) or doc_date):
                country = None if h.country in ("EU", "NATO", "UN", "AU") else h.country
                out.append(Mention(m.start(), m.end(), m.group(0), person_id(h.name), "person", country, 0.7,
                                   "office-holder"))
                break
    return out
