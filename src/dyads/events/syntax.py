"""What the parse alone says about a trigger, before any actor is read: the verb that carries a noun, a clause's
verb and marks, whether a word heads a to-infinitive, what a count counts, how deep a word sits below the heads that
do not report, a verb's arguments (its objects and subjects, whom it is put to, what it calls its object), whether a
token sits in another clause or in a trigger's complement, and the sentence's text (built once per parse: `once`
keeps what is read off a parse with it). Shared by the actor readers, the rules, the modality readers and the
candidates."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
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


def objects(tok: Token) -> list[Token]:
    """The word's direct objects, as the parser hangs them."""
    return [c for c in tok.children if c.dep_ in ("dobj", "obj")]


def subjects(tok: Token) -> list[Token]:
    """The subjects of the trigger's verb ("we must": the verb that "must" helps)."""
    verb = tok.head if tok.dep_ in ("aux", "auxpass") else tok
    return [c for c in verb.children if c.dep_.startswith("nsubj")]


def names_actor(tokens: Iterable[Token]) -> bool:
    """A word of an entity that may be an actor (a state, a people, an organisation, a person)."""
    return any(t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for t in tokens)


def called_as(tok: Token) -> bool:
    """What a verb's object is called or regarded as ("regard the allegations as unfounded"), however parsed."""
    return tok.head.lower_ == "as" or any(c.lower_ == "as" and c.dep_ in ("mark", "prep") for c in tok.children)


def to_objects(tok: Token) -> list[Token]:
    """What the word, or its object, is "to" ("commitment to the alliance", "reaffirmed its commitment to it")."""
    return [p for x in (tok, *objects(tok)) for c in x.children if c.dep_ == "prep" and c.lower_ == "to"
            for p in c.children if p.dep_ == "pobj"]


def addressees(tok: Token) -> list[Token]:
    """Whom the trigger is put to: its object ("urged the allies"), or the object of "on", "upon", "to"
    ("called on Russia", "appealed to Japan")."""
    return objects(tok) + [
        g for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon", "to") for g in c.children
        if g.dep_ == "pobj"]


def characterization(tok: Token) -> list[Token]:
    """The words a verb calls its object: the predicate ("called the move an unfriendly act"), what follows "as"
    ("described the conduct as unsafe", "as" hung on the verb or on its object), or what the parser hung on a long
    object as its apposition though no comma sets it off ("called Russia's seizure of the trawler an unfriendly
    act"; "called his counterpart, Wang Yi" is an apposition), or hung after it as an adjective ("called the
    verdict 'absolutely unacceptable'": no adjective follows the noun it qualifies)."""
    objs = objects(tok)
    heads = [c for c in tok.children if c.dep_ == "oprd" and objs]
    heads += [c for t in [tok, *objs] for c in t.children if c.dep_ == "prep" and c.lower_ == "as"]
    heads += [a for o in objs for a in o.children
              if a.dep_ == "appos" and a.i > o.i and a.doc[a.left_edge.i - 1].text != ","
              or a.dep_ == "amod" and a.i > o.i
              or a.dep_ == "nummod" and a.lower_ == "one" and a.i > o.i]   # "called India one of the partners"
    return [t for h in heads for t in h.subtree]


def in_other_clause(tok: Token, verb: Token) -> bool:
    """Inside a clause with a subject of its own below `verb` ("Japan deplored the strikes, while Switzerland
    urged restraint"), or outside `verb`'s clause altogether."""
    t = tok
    for _ in range(15):
        if t.i == verb.i:
            return False
        if t.head.i == t.i:
            return True
        if t.dep_ in ("advcl", "conj", "ccomp", "relcl", "parataxis") and t.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return True
        t = t.head
    return True


def in_complement(tok: Token, trigger: Token) -> bool:
    """Inside the clause the trigger governs ("agreed to strengthen cooperation with the United States"): with a
    joint subject, what the parties agreed or pledged about, not a party to it."""
    t = tok
    for _ in range(12):
        if t.head.i == t.i or t.i == trigger.i:
            return False
        if t.head.i == trigger.i:
            return t.dep_ in ("xcomp", "ccomp")
        t = t.head
    return False
