"""The tests a condition of `data/conditions.csv` names ("object_has", "complement_reads", …): each reads the
trigger token, its subtree's words and whether it is announced, and the rules' reading of another token where a
test asks what a complement does (`Facts.reads`, given by the coder, which this module does not import)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from dyads.events import agents, modality
from dyads.events.lexicon import Condition, conditions, word_sets
from dyads.events.syntax import (
    addressees,
    called_as,
    characterization,
    clause_verb,
    counted,
    names_actor,
    objects,
    subjects,
    to_objects,
    under,
)
from dyads.events.triggers import matching_triggers


def conditions_for(stage: str, words: tuple[str, ...]) -> list[Condition]:
    """The conditions of one stage ("before", "after") on a lexicon row's words, in file order."""
    return [c for c in conditions() if c.stage == stage and c.fits(words)]


@dataclass(frozen=True)
class Facts:
    """What the conditions' predicates read: the trigger token, its subtree's words, whether it is announced, and
    the rules' reading of another token (its type; None where the rules read none or veto it)."""

    tok: Token
    obj_words: set[str]
    future: bool
    reads: Callable[[Token], str | None]


def holds(cond: Condition, facts: Facts) -> bool:
    """Every clause of the condition holds (or, negated, fails)."""
    return all(PREDICATES[c.name](facts, c.words) != c.negated for c in cond.clauses)


def _clause_below(tok: Token) -> bool:
    """The trigger governs a clause ("called on the minister to resign"); a noun's infinitive the parser hangs on
    the verb above it ("reiterated its call on Rwanda to end its support")."""
    if any(t.dep_ in ("xcomp", "advcl", "ccomp") for t in tok.subtree if t.i != tok.i):
        return True
    return tok.pos_ == "NOUN" and any(c.dep_ in ("advcl", "xcomp") and c.i > tok.i
                                      and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                                      for c in tok.head.children)


# The tests a condition's clauses name (data/conditions.csv): each reads the facts and the clause's words.
PREDICATES: dict[str, Callable[[Facts, frozenset[str]], bool]] = {
    "always": lambda f, w: True,
    "future": lambda f, w: f.future,
    # announced: future, or promised ("would respond", "ready to take measures"), as modality.intent reads it
    "announced": lambda f, w: f.future or modality.intent(f.tok),
    "object_has": lambda f, w: bool(f.obj_words & w),
    # a word of the subject's phrase
    "subject_has": lambda f, w: bool(w & {t.lemma_.lower() for c in _shared_subjects(f.tok) for t in c.subtree}),
    # the subject's own word, not any word of its phrase ("the troops left", not "states run by the military left")
    "subject_is": lambda f, w: any(c.lemma_.lower() in w for c in subjects(f.tok)),
    "capitalised": lambda f, w: f.tok.text[:1].isupper(),
    "verb": lambda f, w: f.tok.pos_ == "VERB",
    "noun_form": lambda f, w: f.tok.pos_ == "NOUN" and f.tok.lower_ in w,
    "dep": lambda f, w: f.tok.dep_ in w,
    "tag": lambda f, w: f.tok.tag_ in w,
    "head": lambda f, w: f.tok.head.lemma_ in w,
    "child": lambda f, w: any(c.lower_ in w for c in f.tok.children),
    "child_dep": lambda f, w: any(c.dep_ in w for c in f.tok.children),
    "child_lemma": lambda f, w: any(c.lemma_.lower() in w for c in f.tok.children),
    "direct_object": lambda f, w: bool(_direct_objects(f.tok)),
    # the direct object is a named entity of these kinds ("recognised Bangladesh": GPE, not "recognised its leadership")
    "object_entity": lambda f, w: any(c.ent_type_ in w for c in objects(f.tok)),
    "object_is_contact": lambda f, w: _object_is_contact(f.tok, w),
    # the direct object's own word ("recognised the State of Palestine": a state, whatever its name is tagged)
    "object_lemma": lambda f, w: _object_lemma_in(f.tok, w),
    "met_with": lambda f, w: bool(w & {t.lemma_.lower() for t in _met(f.tok)}),
    # what a predicate adjective is said of: "the accusations are groundless", "regarded the allegations as unfounded"
    "said_of": lambda f, w: (f.tok.dep_ != "amod" or called_as(f.tok)) and bool(w & {
        t.lemma_.lower() for c in clause_verb(f.tok).children if c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj")
        for t in c.subtree}),
    "under": lambda f, w: under(f.tok, w),
    "actor_beyond_subject": lambda f, w: names_actor(t for c in f.tok.children if c.dep_ != "nsubj"
                                                     for t in c.subtree),
    # "committed to NATO", "launched missiles at Israel"; not "committed to maintaining the alliance between the
    # United States and France"
    "prep_actor": lambda f, w: any(c.dep_ == "prep" and c.lower_ in w and names_actor(c.subtree)
                                   and not any(g.dep_ == "pcomp" for g in c.children) for c in f.tok.children),
    "to_actor_itself": lambda f, w: _to_actor_itself(f.tok, w),
    "to_object": lambda f, w: any(p.lemma_.lower() in w for p in to_objects(f.tok)),
    "complement_has_trigger": lambda f, w: any(c.dep_ == "xcomp" and _has_trigger(c, f.reads) for c in f.tok.children),
    "complement_reads": lambda f, w: _complement_reads(f.tok, w, f.reads),
    # a characterization: the verb calls its object something ("described the conduct as unsafe") …
    "characterizes": lambda f, w: bool(characterization(f.tok)),
    # … with a word of these event types in what it is called ("called Albania a true friend": SUPPORT)
    "characterized_as": lambda f, w: any(r.type in w for t in characterization(f.tok) for r in matching_triggers(t)),
    "clause_below": lambda f, w: _clause_below(f.tok),
    "plans_contact": lambda f, w: modality.plans_contact(f.tok),
    "welcomes_someone": lambda f, w: _welcomes_someone(f.tok),
    "thanks_for_something": lambda f, w: _thanks_for_something(f.tok),
    "expressed_concern": lambda f, w: _expressed_concern(f.tok),
    "material": lambda f, w: material(f.tok),
    "addressed": lambda f, w: _addressed(f.tok, w),
    # "exercises around Taiwan": drills held near another state, and with nobody, are a show of force
    "held_near": lambda f, w: _held_near(f.tok, w),
    "for_doing": lambda f, w: any(c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pcomp" for g in c.children)
                                  for c in f.tok.children),
}


PERSON_OBJECTS = word_sets()["person_objects"]
MATERIAL = word_sets()["material_kinds"]
COURTESY_OBJECTS = word_sets()["courtesy_objects"]
COURTESY_REASONS = word_sets()["courtesy_reasons"]
AID_GIVEN = word_sets()["aid_given"]
BACKING = word_sets()["backing"]
GIVEN = BACKING | AID_GIVEN   # what thanks are for when they are for support or aid, not courtesy
GUESTS = word_sets()["guests"]
CONTACT_NOUNS = word_sets()["contact_nouns"]
PEOPLE = PERSON_OBJECTS | agents.ENVOYS   # objects that are people, whom a verb's predicate may be misread for


def _shared_subjects(tok: Token) -> list[Token]:
    """The verb's subjects, or those of the verb it is coordinated with ("the two ministers condemned the launches
    and confirmed that …")."""
    return subjects(tok) or (subjects(tok.head) if tok.dep_ == "conj" else [])


def _held_near(tok: Token, words: frozenset[str]) -> bool:
    """The exercise (or the one "joint" qualifies, or the verb holding it) is placed by one of these words and held
    with no one."""
    noun = tok.head if tok.dep_ == "amod" else tok
    nouns = [noun, *(c for c in noun.children if c.dep_ == "conj"), *([noun.head] if noun.dep_ == "conj" else [])]
    holders = nouns + [n.head for n in nouns if n.dep_ in ("dobj", "obj")]   # "held drills around Taiwan"
    placed = {c.lower_ for n in holders for c in n.children if c.dep_ in ("prep", "advmod", "amod")}
    return bool(placed & words) and "with" not in placed


def material(tok: Token) -> bool:
    """Support that is material help: "military support", "financial support", or support counted in money
    ("total support to Ukraine exceeds $1.5 billion", "40 billion euros in military support")."""
    if tok.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in MATERIAL for c in tok.children):
        return True
    clause = tok.head if tok.dep_ in ("nsubj", "pobj", "dobj") else tok
    return any(t.ent_type_ == "MONEY" for t in clause.subtree)


def _addressed(tok: Token, words: frozenset[str]) -> bool:
    """Whom a request is put to is one of `words`, and nothing beside the request's own clause names an actor:
    "urged the international community", "called on all partners" (not "all Venezuelan officials", not "all
    parties, in particular the regime", not "both countries")."""
    put_to = addressees(tok)
    beside = [c for c in tok.children if c.dep_ not in ("nsubj", "nsubjpass", "xcomp", "ccomp", "aux", "punct")]
    return any(a.lemma_.lower() in words and not any(c.lower_ in agents.PAIR_WORDS for c in a.children)
               for a in put_to) and not names_actor(t for c in beside for t in c.subtree)


def _to_actor_itself(tok: Token, words: frozenset[str]) -> bool:
    """The word, or its object ("reaffirmed its commitment"), is to an actor itself: "commitment to the NATO
    Alliance", "to the one-China principle", or to one of `words` an actor's ("to the sovereignty of the DRC");
    not to an undertaking that names one ("commitment to the denuclearization of North Korea")."""
    return any(names_actor([p, *(t for x in p.lefts for t in x.subtree)])
               or p.lemma_.lower() in words and names_actor(p.subtree) for p in to_objects(tok))


def _direct_objects(tok: Token) -> list[Token]:
    """The verb's direct objects; a person or envoy the parser read as the predicate of an active verb with no
    object is its object ("called the French foreign minister"; not "was called the Great War")."""
    objs = objects(tok)
    if objs or tok.dep_ in ("acl", "relcl") or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return objs
    return [c for c in tok.children if c.dep_ == "oprd" and c.lemma_.lower() in PEOPLE]


def _has_trigger(tok: Token, reads: Callable[[Token], str | None]) -> bool:
    """The complement's own clause holds an act the rules read ("decided to impose sanctions"), not only a word the
    lexicon lists: "decided to set a target for trade" (a noun, no verb "target"), "decided to relaunch the working
    group, which will meet next month" (a relative clause's meeting), "decided to launch a dialogue" (vetoed). An act
    decided against is no agreement either ("decided not to complain")."""
    return any(matching_triggers(t) and (modality.negated(t) or reads(t) is not None) for t in _own_clause(tok))


def _complement_reads(tok: Token, kinds: frozenset[str], reads: Callable[[Token], str | None]) -> bool:
    """The verb the word promises, or a verb that one promises in turn, is an act the rules read as one of these
    types ("pledged to expel two diplomats": THREATEN; not "pledged to defend the Philippines against any armed
    attack", whose verb is no such act, nor "pledged to strengthen security", which the rules read as none). Not when
    the word names whom it promises ("promised Nepal to impose sanctions on smugglers": an undertaking to Nepal)."""
    if any(c.dep_ in ("dative", "dobj", "obj") for c in tok.children):
        return False
    for verb in (c for c in tok.children if c.dep_ == "xcomp"):
        if reads(verb) in kinds or _complement_reads(verb, kinds, reads):
            return True
    return False


def _own_clause(tok: Token) -> Iterator[Token]:
    """The clause a verb heads, without the relative and adverbial clauses hanging inside it."""
    yield tok
    for child in tok.children:
        if child.dep_ not in ("relcl", "acl", "advcl"):
            yield from _own_clause(child)


def _welcomes_someone(tok: Token) -> bool:
    objs = objects(tok)
    if not objs:
        return True  # "I'm very pleased to welcome ..." without an object in the parse: a visit
    head = objs[0]
    if any(c.dep_ == "poss" and c.pos_ != "PRON" and not (c.ent_type_ == head.ent_type_ == "PERSON")
           for c in head.children):
        # "welcomed Japan and China's moves": an action of theirs (not "my friend", nor a name the parser split at an
        # apostrophe: "Prime Minister Mohammed Shia' al-Sudani")
        return False
    return head.ent_type_ in ("GPE", "NORP", "ORG") or head.pos_ == "PROPN" or head.lower_ in ("visit", "visitors",
                                                                                              "them") or guest(head)


def guest(obj: Token) -> bool:
    """A person welcomed: named, or one of the guests' words, or named beside one ("my brother Hakan Fidan")."""
    return any(g.ent_type_ == "PERSON" or g.lemma_.lower() in GUESTS or g.lower_ in GUESTS
               for g in (obj, *(a for a in obj.children if a.dep_ == "appos")))


def _thanks_for_something(tok: Token) -> bool:
    objs = objects(tok)
    if objs and not any(o.lower_ in PERSON_OBJECTS or o.pos_ == "PROPN" or names_actor(o.subtree)
                        for o in objs):
        return False  # "thank the journalists and the media"; a name the parser did not tag counts
    fors = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"] + [
        c for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ == "for"]
    # "I want to begin by thanking her for that introduction and for hosting us": the parser may hang the second
    # "for" on the clause's verb, past the trigger
    fors += [c for a in tok.ancestors for c in a.children if c.dep_ == "conj" and c.lower_ == "for" and c.i > tok.i]
    # "for the introduction and for hosting us": the second "for" hangs on the first
    reasons = [r for f in fors for g in (f, *f.conjuncts) for t in g.children if t.dep_ in ("pobj", "pcomp")
               for r in (t, *t.conjuncts)]
    # … unless what they are for is support ("for the strong statements of support")
    if reasons and all(r.lemma_.lower() in COURTESY_REASONS for r in reasons) and not any(
            t.lemma_.lower() in GIVEN for r in reasons for t in r.subtree):
        return False  # "thank you for your briefing", "for the warm words"
    has_for = bool(fors)
    return has_for or any(o.lower_ not in COURTESY_OBJECTS for o in objs)


def _object_is_contact(tok: Token, extra: set[str] = frozenset()) -> bool:
    return _object_lemma_in(tok, CONTACT_NOUNS | extra)


def _object_lemma_in(tok: Token, words: Iterable[str]) -> bool:
    """The trigger's direct object is one of these words (its lemma), read through a count or a part ("meeting
    part of Hungary's demands", "expelled some of the diplomats")."""
    return any(o.lemma_.lower() in words for o in counted(objects(tok)))


def _met(tok: Token) -> list[Token]:
    """Whom a contact verb meets: its object or the object of "with" or "to", read through a count, and their
    conjuncts."""
    met = counted(objects(tok) + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "to") for g in c.children
        if g.dep_ == "pobj"])
    return met + [cj for m in met for cj in m.conjuncts]


def _expressed_concern(tok: Token) -> bool:
    if tok.pos_ in ("ADJ", "VERB"):
        return any(c.lower_ in ("deeply", "gravely", "very", "extremely", "seriously", "particularly")
                   for c in tok.children)
    mods = {c.lower_ for c in tok.children}
    return bool(mods & {"deep", "grave", "serious", "great", "strong", "deepest", "profound", "our"}) or \
        tok.head.lemma_ in ("express", "convey", "raise", "voice", "share", "reiterate")
