"""What the parse alone says about a trigger, before any actor is read: the verb that carries a noun, a clause's
verb and marks, whether a word heads a to-infinitive, what a count counts, how deep a word sits below the heads that
do not report, and the sentence's text (built once per parse: `once` keeps what is read off a parse with it). Shared
by the actor readers, the rules, the modality readers and the candidates."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from dyads.events.lexicon import word_sets

T = TypeVar("T")


def marked(clause: Token, marks: set[str]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def inverted_should(clause: Token) -> bool:
    """"Should Chile continue its provocations, …": a condition, not an obligation."""
    return clause.dep_ == "advcl" and clause.doc[clause.left_edge.i].lower_ == "should"


def sentence_text(sent: Span) -> str:
    """The sentence's text, built once: `Span.text` joins its tokens anew on every call, and every trigger and
    candidate of the sentence asks (never `Doc.text`: it rebuilds the whole document)."""
    return once(sent.doc, ("text", sent.start, sent.end), lambda: sent.text)


def once(doc: Doc, key: tuple, make: Callable[[], T]) -> T:
    """What `make` reads off the parse, computed once per parse and kept with it (the parse never changes while
    it is coded, and is dropped with its document)."""
    if key not in doc.user_data:
        doc.user_data[key] = make()
    return doc.user_data[key]


LIGHT_VERBS = word_sets()["light_verbs"]


def carrier(tok: Token) -> Token:
    """The light verb that carries a noun trigger as its object ("provided aid", "imposed sanctions"), else the
    trigger itself."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "obj") and tok.head.lemma_.lower() in LIGHT_VERBS:
        return tok.head
    return tok


def infinitive(tok: Token) -> bool:
    """The token heads a "to" infinitive ("to meet you", "decision to impose")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def counted(nouns: list[Token]) -> list[Token]:
    """The nouns and, for a count or a part ("hundreds of young people", "part of the demands", "some of the
    veterans"), what it counts."""
    return nouns + [g for m in nouns if m.pos_ in ("NUM", "PRON", "DET") or m.lemma_.lower() in COUNTS
                    for c in m.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj"]


COUNTS = word_sets()["counts"]


REPORTING = word_sets()["reporting"]


def depth_of(tok: Token) -> int:
    """How many non-reporting heads stand above the token (once per token: the actor ranking asks for every word
    of every mention, once per trigger and side)."""
    return once(tok.doc, ("depth", tok.i), lambda: _walk_depth(tok))


def _walk_depth(tok: Token) -> int:
    depth, t = 0, tok
    for _ in range(30):  # spaCy makes a new Token per access: compare positions, never identity
        if t.head.i == t.i:
            break
        if t.head.lemma_ not in REPORTING:
            depth += 1
        t = t.head
    return depth


def clause_verb(tok: Token) -> Token:
    """The verb of the token's clause: the token if it is a verb, else the first verb (or the root) among its next
    two heads, else its third head, verb or not."""
    t = tok
    for _ in range(3):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return t


def under(tok: Token, heads: Collection[str], hops: int = 4) -> bool:
    """One of the `hops` heads above the token has one of these lemmas."""
    t = tok
    for _ in range(hops):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.lemma_.lower() in heads:
            return True
    return False
