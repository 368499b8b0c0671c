"""Acts judged by whoever speaks of them: "Russia's attack is abhorrent", "Peru violated the treaty", "Libya must
hand over the suspects". The act's maker is the one judged (the target), the judge whoever reports or speaks the
sentence (the source): annotators code the judgement's source as the speaker."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.events import agents, modality
from dyads.events.context import Context
from dyads.events.lexicon import word_sets
from dyads.events.syntax import called_as, clause_verb, objects
from dyads.events.triggers import matching_triggers

OBLIGING = frozenset(modality.OBLIGATIONS | {"ought"})   # the auxiliaries that make an act obliged ("ought to")


def obliged(tok: Token) -> bool:
    """The act is what someone must or should do ("Libya must hand over the suspects", "Peru should be able to
    release them"): asked of its doer."""
    holders = [tok] + ([tok.head] if tok.pos_ in ("ADJ", "NOUN") or tok.dep_ == "xcomp" else [])
    return any(c.dep_ == "aux" and c.lower_ in OBLIGING for t in holders for c in t.children)


def judged(tok: Token) -> bool:
    """A predicate that judges its subject ("the attack is abhorrent", "the decision is regrettable", "Estonia is
    a highly valued ally"), not one that says how the subject feels ("we are concerned", "Japan is appalled"); or a
    verb or noun naming its doer's wrongdoing ("Peru violated the treaty", said by Chile: Chile accuses Peru;
    "violations by the regime")."""
    if tok.lemma_.lower() in WRONGDOING:   # ("abuse" the verb is an assault: its doer made it)
        return any(r.type == "ACCUSE" for r in matching_triggers(tok))
    if tok.pos_ == "VERB":
        return False
    if tok is not judged_act(tok):   # "Russia's illegal war", "Peru must withdraw": whoever says so judges them
        return True
    if tok.pos_ in ("NOUN", "PROPN"):   # a judging noun carries the judgement in its adjective
        return tok.dep_ in ("attr", "dobj") and tok.head.lemma_ in COPULAS and any(
            c.dep_ == "amod" or c.dep_ == "compound" and c.pos_ == "NOUN" for c in tok.children)   # "a model ally"
    # "we are concerned" says how the subject feels; "the attack was unprovoked", "will not go unanswered" judge it
    lemma = tok.lemma_.lower()
    return tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "attr") and (not lemma.endswith("ed") or lemma.startswith("un"))


WRONGDOING = word_sets()["wrongdoing"]
COPULAS = word_sets()["judging_copulas"]


def judging(tok: Token, ctx: Context) -> bool:
    """The token's act is judged here (`judged`), or is what its doer must do and someone else is heard saying so
    ("Peru must release the prisoners", Chile said: asked of Peru, by Chile). What "we" or "our two countries" must
    do is resolve, not a demand, and a news report's "it must cooperate fully with the inspectors", nobody's words,
    keeps the act's own actors."""
    if tok.lemma_.lower() in WRONGDOING or not obliged(tok):
        return judged(tok)
    subject = agents.subject_tokens(clause_verb(tok))
    if {t.lower_ for t in subject} & {"we", "i", "our", "us"}:
        return False
    return bool(set(judge_of(tok, ctx)) - set(agents.actors_in(subject, ctx)))


def judge_of(tok: Token, ctx: Context) -> list[str]:
    """Who judges a judged act: whoever reports the clause holding it ("Chile said Peru had violated …"), else
    whoever speaks the sentence."""
    return agents.sayer(tok, ctx) or agents.voice_of(ctx)


def judged_act(tok: Token) -> Token:
    """The act a condemning adjective before it qualifies ("China's dangerous actions": the actions; "called the
    verdict 'unacceptable'" judges by the caller, `syntax.characterization`) or an obligation is laid
    on ("Peru must withdraw": the withdrawal), else the token: its maker is the one judged, by whoever says so
    (annotators code the judgement's source as the speaker)."""
    if tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN") and tok.i < tok.head.i \
            and any(r.type == "ACCUSE" for r in matching_triggers(tok)):
        return tok.head
    if tok.lower_ in modality.OBLIGATIONS and tok.dep_ == "aux":
        return tok.head
    if tok.pos_ == "ADJ" and called_as(tok) and any(r.type == "REJECT" for r in matching_triggers(tok)):
        # "regarded the allegations as unfounded": the allegations are judged, their maker rejected
        return next(iter(objects(clause_verb(tok))), tok)
    return tok
