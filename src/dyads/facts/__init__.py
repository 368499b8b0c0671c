"""Facts: sentences that state a fact or figure about a relationship (devset README 3.10): figures and
amounts, years, firsts and rankings, counts of meetings, treaty years, polls.

A sentence is a fact when it carries a marker of one of these and names an actor of one of the document's
pairs (any actor, in a document without pairs). Markers are read off
the parse, not the characters: an amount, a percentage, a count, an ordinal, a year or a span of years
("in 1959", "nearly 70 years") is one; a calendar day ("on 21 July", "March 22nd"), a clock time, and
the digits of a name ("G-7", "Article 5") are not; "first", "only" and the superlatives count as
adjectives ("the first use of a nerve agent", "the only ally") and not as adverbs ("first met").
Questions are not facts. The sentence is kept exactly as written,
with the actors it names, the pairs it is about, its figures (facts.figures) and its topics.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from dyads.facts.figures import figures
from dyads.models import Document, Fact
from dyads.structure.dates import DAY_NAME
from dyads.topics import tag_topics

FIGURE_ENTITIES = {"MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
# words that mark a first, a ranking or a count, when they qualify a noun (part of speech in the value)
MARKER_WORDS = {
    "first": {"ADJ"}, "inaugural": {"ADJ"}, "oldest": {"ADJ"}, "only": {"ADJ"}, "largest": {"ADJ"},
    "biggest": {"ADJ"}, "leading": {"ADJ", "VERB"}, "top": {"ADJ", "NOUN"}, "ranked": {"VERB"},
    "hundreds": {"NOUN", "NUM"}, "thousands": {"NOUN", "NUM"}, "millions": {"NOUN", "NUM"},
    "billions": {"NOUN", "NUM"}, "dozens": {"NOUN", "NUM"}, "twice": {"ADV"}, "percent": {"NOUN"},
    "majority": {"NOUN"}, "half": {"NOUN", "DET", "ADJ"},
}
# nouns that name a relationship's parties: "the two countries" counts nothing
PARTY_NOUNS = {"country", "nation", "leader", "side", "government", "minister", "president", "people", "us",
               "delegation", "partner", "ally", "democracy", "economy", "state", "party", "administration"}
COUNT_WORDS = {"a", "an", "each", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "single",
               "consecutive"}  # what counts a span without a digit ("each year", "a year ago", "hundreds of years")
HISTORIES = {"article"}
YEAR = re.compile(r"(?:in |the )?\d{4}s?")
# In a narrative history (an encyclopedic article) every sentence has its year: a year alone marks a fact
# only with what founds or binds a relationship (the issue's "a founding year, a treaty")
FOUNDING = re.compile(r"\b(?:treat(?:y|ies)|agreements?|accords?|act|alliance|conventions?|pacts?|protocol|"
                      r"establish\w*|recogni[sz]\w*|found\w*|signed|diplomatic relations|poll|survey|first|"
                      r"independence|purchas\w*|cession|ceded)\b", re.I)
CALENDAR_DAY = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\b|"
                          rf"\b{DAY_NAME}\b|"
                          r"\b(?:today|yesterday|tomorrow|tonight)\b", re.I)
# A fact is a statement: it ends as one (a footnote marker may follow), unless the text is cut off there.
# Headings, datelines and title lines do not, nor do questions (210 of 214 annotated facts end so).
STATEMENT_END = re.compile(r"[.!\"”’')](?:\[\d+\])*$")
# The relationship named without its parties, in the speaker's own words: "our two countries", "the
# 65th anniversary of our alliance", "bilateral trade"; it stands for the document's main pair.
OUR_RELATIONSHIP = re.compile(r"\b(?:our|both) (?:two |great )?(?:countries|nations|democracies|peoples|alliance|"
                              r"partnership|relationship|friendship|economies)\b|\bbilateral\b|"
                              r"\bdiplomatic relations\b|\bthis country\b", re.I)
NOT_FACT = re.compile(r"^\W*(?:first of all|at first|first and foremost|as a first step)\b", re.I)


def find_facts(doc: Document, sdoc: Doc, base: int = 0, text_end: int | None = None) -> list[Fact]:
    """The facts of a parse: the whole text's, or one section's that starts at `base` in a text whose
    content ends at `text_end`."""
    facts = []
    history = doc.doc_type in HISTORIES
    text_end = len(sdoc.text.rstrip()) if text_end is None else text_end - base
    ents = list(sdoc.ents)  # once: Span.ents rescans the whole document's entities on every call
    for sent in sdoc.sents:
        text = sent.text.strip()
        in_sent = ents[bisect_left(ents, sent.start, key=_start):bisect_left(ents, sent.end, key=_start)]
        cut_off = sent.end_char >= text_end  # a text that stops mid-sentence
        if len(text) < 30 or not (STATEMENT_END.search(text) or cut_off) or not has_marker(sent, in_sent, history):
            continue
        mentions = [m for m in doc.mentions_in(sent.start_char + base, sent.end_char + base) if m.kind != "place"]
        ours = not mentions and doc.dyads and OUR_RELATIONSHIP.search(text)
        if mentions or ours:
            start = base + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            pair = set(doc.dyads[0]) if ours else set()
            actors = sorted({m.country or m.actor_id for m in mentions} or pair)
            states = sorted({m.country for m in mentions if m.country} or pair)
            if not (pairs := _pairs(states, doc.dyads)) and doc.dyads:
                continue   # about none of the document's relationships: a war story, a domestic figure (14 of 17 wrong)
            facts.append(Fact(doc.text[start:start + len(text)], start, start + len(text), actors, pairs,
                              figures(in_sent), tag_topics(text)))
    return facts


def has_marker(sent: Span, ents: list[Span], history: bool = False) -> bool:
    """A figure, a year or a first or ranking, read as the parse has it (module docstring)."""
    skip = NOT_FACT.match(sent.text.lstrip())
    opening = sent.start_char + (len(sent.text) - len(sent.text.lstrip())) + (skip.end() if skip else 0)
    for ent in ents:
        if ent.start_char < opening or (ent.root.pos_ == "PROPN" and not ent.text[:1].isdigit()):
            continue
        if ent.label_ in FIGURE_ENTITIES and not _inside_name(ent) and not _not_a_figure(ent):
            return True
        if ent.label_ == "DATE" and _a_year_or_span(ent):
            bare_year = YEAR.fullmatch(ent.text.strip()) is not None
            if not (history and bare_year) or FOUNDING.search(sent.text):
                return True
    return any(tok.idx >= opening and tok.pos_ in MARKER_WORDS.get(tok.lower_, ()) and tok.ent_type_ != "DATE"
               and not _personal(tok) for tok in sent)


def _personal(tok: Token) -> bool:
    """'my first Memorial Day', 'my first friends': the speaker's own first, not the relationship's."""
    return any(c.lower_ == "my" for c in tok.head.children)


def _a_year_or_span(ent: Span) -> bool:
    """'in 1959', 'nearly 70 years', 'two centuries': a year or a counted span. Not a calendar day, not a
    span without a number ('this year', 'the last few years'), not a century named by its rank ('the 20th
    century'): on the training and development sets those were facts 7 times in 25 and 0 in 8."""
    after = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    text = f"{ent.text} {after}" if after.startswith("centur") else ent.text
    if CALENDAR_DAY.search(text) or not re.search(r"years?|decades?|centur|\d", text, re.I):
        return False
    if re.search(r"(?:\d(?:st|nd|rd|th)|\w(?:th|st|nd))[ -]centur", text, re.I):
        return False
    return any(t.like_num or t.text[:1].isdigit() or t.lower_ in COUNT_WORDS for t in ent)


def _not_a_figure(ent: Span) -> bool:
    """'one issue'; 'Secondly, …, third, …'; 'my first Memorial Day', 'the 16th March referendum': a number
    that counts nothing; 'our two countries', 'the three sides': the parties themselves, not a count (never
    a fact alone in the annotated data: 0 of 18); "a third country": an outsider, not a rank."""
    if ent.text.lower() in ("one", "a"):
        return True
    if ent.text.lower() in ("two", "three", "both") and (ent.root.head.lemma_.lower() in PARTY_NOUNS or any(
            c.lower_ == "of" and any(g.lower_ in PARTY_NOUNS for g in c.children) for c in ent.root.children)):
        return True   # "our two countries", "the two of us"
    if ent.text.lower() == "third" and ent.root.head.lemma_.lower() in ("country", "party"):
        return True   # "not directed at any third country": not a rank
    if ent.label_ == "ORDINAL":
        after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
        return (ent.root.dep_ in ("advmod", "npadvmod") or (after is not None and after.is_punct)
                or _personal(ent.root) or (after is not None and CALENDAR_DAY.match(after.text) is not None))
    return False


def _inside_name(ent: Span) -> bool:
    """'G-7', 'Article 5', 'DS430': a number that is part of a name."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return (before is not None and before.whitespace_ == "" and before.text in "-‐") or (
        before is not None and before.pos_ == "PROPN" and before.ent_type_ in ("LAW", "ORG", "PRODUCT", "EVENT", ""))


def _start(span: Span) -> int:
    return span.start


def _pairs(states: list[str], dyads: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The pairs of states the sentence names itself; a sentence naming one side is about the document's
    pairs that include it ("Belgium is a valued NATO ally" in a Belgium–United States fact sheet)."""
    named = [(a, b) for i, a in enumerate(states) for b in states[i + 1:]]
    return named or [p for p in dyads if set(p) & set(states)]
