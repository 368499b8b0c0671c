"""Statements: an article's sentences in its own words, each composed from one stored item.

An event becomes "In October 2018, the United States welcomed the decision by the Government of Belgium to
purchase thirty-four new F-35 fighter aircraft.": when (the event's date, to the month), who (its source,
named), the verb of its trigger in the past tense, and what (the trigger's own object, as the source
sentence words it). A fact becomes its own sentence. Either is written only when it stands on its own:
nothing in the first or second person, nothing that depends on when or where it was said ("today",
"here"), no quotation; otherwise the item is not stated, never guessed at.

`supports` is the check every statement passes against its cited sentence: each number in it appears in
the sentence or the date it was dated by, and each actor it names is named in the sentence, speaks it or
publishes it (the verb and the object are the sentence's own by construction).
"""

from __future__ import annotations

import re
from functools import lru_cache

from lemminflect import getInflection
from spacy.tokens import Doc, Token

from dyads.actors import kb
from dyads.profiles.citations import Citation

# Words that make a sentence depend on who says it or when: it cannot be restated as the article's own.
DEICTIC = re.compile(r"\b(?:I|me|my|mine|we|us|our|ours|you|your|yours|today|tonight|tomorrow|yesterday|here|"
                     r"now|this (?:week|month|year|morning|afternoon|evening)|last (?:week|month|year)|"
                     r"next (?:week|month|year))\b|[“”\"]", re.I)
LEADING = re.compile(r"^(?:(?:And|So|But|Well|Now|Again|Also|Finally|First(?: of all)?|Second|Third|Indeed|"
                     r"Moreover|In addition|Furthermore),?\s+)+")
PAIR_WORDS = re.compile(r"\b(both )?our (?:two )?(countries|nations|peoples|governments)\b", re.I)
WHAT_WORDS = (3, 30)   # an event's object: at least a few words, at most a clause
# A fact that only promises or leans on the sentence before it is not the article's to state.
NOT_A_STATEMENT = re.compile(r"\b(?:will|would|should|could|may|might|must)\b|^(?:It|This|That|These|Those|They|Its|"
                             r"Their|He|She|His|Her|Such|Since then|Then|After that|Thereafter)\b|\(")
NUMBER = re.compile(r"\d[\d,.]*")
HEARSAY = {"say", "indicate", "report", "claim", "allege", "suggest", "believe", "assert", "accuse", "deny"}
MODALS = {"must", "should", "would", "could", "may", "might", "can", "shall", "ought", "need"}
NAMES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT"}  # a name keeps its capital


def event_statement(sentence: str, trigger: str, source: str, when: str) -> str | None:
    """"{when}, {source} {trigger, past tense} {its object}." from the cited sentence; None when the trigger
    is not a verb there, is negated, or its object is too short, too long, or not the article's to say."""
    doc = _parse(sentence)
    verb = _trigger(doc, trigger)
    if verb is None or any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in MODALS) for c in verb.children):
        return None   # "did not allow"; "Russia must allow …" is a demand, never "Russia allowed …"
    if any(a.lemma_ in HEARSAY and a.pos_ == "VERB" for a in verb.ancestors):
        return None   # "reports indicated that Russia has fired …": a claim someone made, not the article's
    end = verb.right_edge.i + 1
    for child in verb.children:  # a coordinated second verb ("… and agreed to …") is another event
        if child.i > verb.i and child.dep_ in ("conj", "cc"):
            end = min(end, child.left_edge.i)
    what = doc[verb.i + 1:end].text.strip(" ,;:-–—")
    if not WHAT_WORDS[0] <= len(what.split()) <= WHAT_WORDS[1] or DEICTIC.search(what):
        return None
    past = getInflection(verb.lemma_.lower(), "VBD")
    if not past:
        return None
    text = f"{when + ', ' if when else ''}{source} {past[0]} {what}"
    return capitalise(text.rstrip(".")) + "."


def fact_statement(sentence: str) -> str | None:
    """The fact's sentence as the article's own, when it needs no speaker and no moment to be true ("our two
    countries", said by either side of the pair, is the article's "the two countries")."""
    text = LEADING.sub("", " ".join(sentence.split())).strip()
    text = PAIR_WORDS.sub(lambda m: ("both " if m[1] else "the two ") + m[2], text)
    if not 30 <= len(text) <= 320 or not text.endswith(".") or DEICTIC.search(text) or NOT_A_STATEMENT.search(text):
        return None
    return capitalise(text)


def in_present(sentence: str) -> bool:
    """The sentence's main verb is in the present tense: what it states was true when it was said."""
    root = next((t for t in _parse(sentence) if t.dep_ == "ROOT"), None)
    return root is not None and (root.tag_ in ("VBZ", "VBP") or any(c.tag_ in ("VBZ", "VBP") and c.dep_ in (
        "aux", "auxpass", "cop") for c in root.children))


# Documents that report what happened as they were issued: an undated past act in them is of their date.
REPORTS = frozenset({"readout", "press_release", "joint_statement", "briefing"})


def dated_by_document(sentence: str, trigger: str, year: str, report: bool) -> bool:
    """Whether the event took place when its document was issued: its trigger is in the present tense, or
    the document reports (a readout, a release) and the sentence names no other year. A speech or a fact
    sheet that tells of the past ("Americans sent food aid") does not date what it tells."""
    verb = _trigger(_parse(sentence), trigger)
    if verb is not None and verb.tag_ in ("VBZ", "VBP", "VBG"):
        return True
    return report and not any(y != year for y in re.findall(r"\b(?:1[6-9]|20)\d\d\b", sentence))


def supports(statement: str, citation: Citation, actors: tuple[str, ...] = (), named: tuple[str, ...] = (),
             dated: str | None = None, trigger: str | None = None) -> bool:
    """The check every article sentence passes against its cited sentence: every number of the statement is
    in the sentence or in the date it was dated by (`dated`, the event's own, else the document's); every
    actor the statement names (`actors`) is named in the sentence (`named`), speaks it, or publishes it;
    and the one it makes the doer of `trigger` is not named only in what was done ("X summoned the
    Ambassador of China" is no act of China's)."""
    known = _numbers(citation.sentence) | set(re.findall(r"\d+", dated or citation.date or ""))
    known |= {n.lstrip("0") for n in known}
    voices = set(named) | {citation.speaker_country, kb.publisher(citation.url)}
    if not _numbers(statement) <= known or not all(a in voices for a in actors):
        return False
    return not (trigger and actors and only_in_object(citation.sentence, trigger, actors[0]))


def only_in_object(sentence: str, trigger: str, code: str) -> bool:
    """Whether the state `code` is named after the trigger verb (its object) and nowhere before it."""
    doc = _parse(sentence)
    verb = _trigger(doc, trigger)
    if verb is None:
        return False
    names = _surfaces(code)
    words = [kb.fold(t.text) for t in doc]
    before, after = " ".join(words[:verb.i]), " ".join(words[verb.i + 1:])
    return any(re.search(rf"\b{re.escape(n)}\b", after) for n in names) and not any(
        re.search(rf"\b{re.escape(n)}\b", before) for n in names)


@lru_cache(maxsize=512)
def _surfaces(code: str) -> tuple[str, ...]:
    """A state's names, demonyms and capitals, folded: "china", "chinese", "beijing"."""
    return tuple({kb.fold(a.text) for a in kb.country_aliases() if a.code == code and len(a.text) > 2})


def _numbers(text: str) -> set[str]:
    return {n.rstrip(".,") for n in NUMBER.findall(text)}


def lower_first(text: str) -> str:
    """The text with its first word in lower case, unless that word is a name ("Belgium", "U.S.")."""
    first = _parse(text)[0] if text else None
    if first is None or first.lower_ != "the" and (first.pos_ == "PROPN" or first.text.isupper()
                                                    or first.ent_type_ in NAMES):
        return text
    return text[:1].lower() + text[1:]


def _trigger(doc: Doc, trigger: str) -> Token | None:
    first = trigger.split()[0].lower() if trigger.split() else ""
    return next((t for t in doc if t.lower_ == first and t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"), None)


@lru_cache(maxsize=4096)  # an article parses each candidate sentence a few times; a server writes many
def _parse(sentence: str) -> Doc:
    from dyads.nlp import load_nlp

    return load_nlp()(sentence)


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]
