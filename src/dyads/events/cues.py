"""What the rules read around a trigger that settles a reading whatever the model says (`candidates.settled`):
measures coordinated with named partners, a guest welcomed to a place, diplomats expelled, a courtesy call, forces
sent to a border, aid counted in money or goods, and the aid or support that thanks are for."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from dyads.events import agents
from dyads.events.context import Context
from dyads.events.lexicon import word_sets
from dyads.events.predicates import AID_GIVEN, BACKING, GUESTS, guest, material
from dyads.events.syntax import carrier, clause_verb, infinitive, names_actor, objects


@dataclass(frozen=True)
class Cues:
    """What the rules read around one trigger that can settle its readings (`candidates.settled`)."""

    coordinated_by: str | None = None   # measures the publisher took "in coordination with" partners it names
    attacker_named: bool = False        # the maker of an attack named with the act itself ("Russian strikes")
    welcomed: bool = False              # a counterpart welcomed to a place or on a visit (`welcomed_to`)
    expelled: bool = False              # diplomats expelled or declared persona non grata (`expelled_envoys`)
    called_on: bool = False             # a courtesy call on a person (`courtesy_call`)
    at_border: bool = False             # forces deployed to a border or frontier (`deployed_to_border`)

    @classmethod
    def of(cls, tok: Token, ctx: Context) -> Cues:
        # who struck is named with the act itself ("Russian strikes", "Russia struck"), not by a clause
        return cls(coordinated_by=ctx.publisher if coordinated_measures(tok) else None,
                   attacker_named=tok.pos_ not in ("NOUN", "PROPN") or bool(agents.makers(tok, ctx)),
                   welcomed=welcomed_to(tok), expelled=expelled_envoys(tok), called_on=courtesy_call(tok),
                   at_border=deployed_to_border(tok))


AID_MEASURES = word_sets()["aid_measures"]


def counted_aid(sent: Span) -> bool:
    """The sentence counts help in money or goods, or calls it humanitarian ("$3 million in humanitarian
    assistance", "25,000 tonnes of wheat")."""
    return any(t.ent_type_ == "MONEY" or t.lower_ in AID_MEASURES for t in sent)


def coordinated_measures(tok: Token) -> bool:
    """Measures taken "in coordination with" partners, or "coordinated with" them, with no maker named ("These
    measures, taken in coordination with the European Union and the United Kingdom"): the publishing government
    coordinated them with the partners."""
    if tok.lemma_.lower() not in ("coordination", "coordinate") or not any(
            c.dep_ == "prep" and c.lower_ == "with" and names_actor(c.subtree) for c in tok.children):
        return False
    own = {t.i for t in tok.subtree}   # "These measures, taken in coordination with Norway, respond …"
    doers = [t for t in agents.subject_tokens(clause_verb(tok)) if t.i not in own]
    return not names_actor(doers) and not any(t.pos_ == "PRON" for t in doers)


def welcomed_to(tok: Token) -> bool:
    """A counterpart welcomed to a place or on a visit ("welcome you to Moscow", "welcomed President Lula to the
    White House", "welcome you back to the State Department", "welcomed Minister Cho on his first visit"): the visit
    itself, received (not "welcomed the decision", nor "welcome them as members")."""
    if tok.lemma_.lower() != "welcome" or tok.pos_ != "VERB":
        return False
    received = any(guest(c) for c in objects(tok))
    preps = [p for c in tok.children for p in ([c, *c.children] if c.dep_ == "advmod" else [c])
             if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "on")]   # "back to", "once again to"
    return received and any(g.dep_ == "pobj" and (p.lower_ == "to" or g.lemma_.lower() == "visit")
                         for p in preps for g in p.children)


CALLED_ON = GUESTS - {"you", "him", "her"}   # whom a courtesy call is paid on, named by title


def deployed_to_border(tok: Token) -> bool:
    """Forces deployed to, along or near a border or frontier ("deployed additional troops along the frontier",
    "sent troops to the Myanmar border", "the deployment of 1,500 troops to the border with Haiti"): a show of
    force at another state's edge (MOBILIZE 150)."""
    if tok.lemma_.lower() not in DEPLOYING:   # (asked of every trigger: the subtree only for a deploying word)
        return False
    words = {t.lemma_.lower() for t in tok.subtree}
    return bool(words & FORCES) and bool(words & BORDERS)


DEPLOYING = word_sets()["deploying"]
FORCES = word_sets()["forces"] - {"deployment", "presence"}
BORDERS = word_sets()["borders"]


def courtesy_call(tok: Token) -> bool:
    """A call on a person ("also called on Vice President Han Zheng", "paid a courtesy call on the Prime Minister"):
    a visit, not a demand ("called on President Mnangagwa to reach out", "our call on North Korea to resolve")."""
    if tok.lemma_.lower() != "call":
        return False
    on_person = any(g.dep_ == "pobj" and (g.ent_type_ == "PERSON" or g.lemma_.lower() in CALLED_ON)
                    for p in tok.children if p.dep_ == "prep" and p.lower_ in ("on", "upon") for g in p.children)
    return on_person and not any(infinitive(t) for t in tok.subtree)


def expelled_envoys(tok: Token) -> bool:
    """Diplomats expelled ("expelled 15 Russian diplomats", "ordered two Russian diplomats to leave", "declared three
    members of the Iranian Embassy persona non grata"): a state reducing relations with theirs (CAMEO 161)."""
    lemma = tok.lemma_.lower()
    if lemma == "declare":   # the parser splits the idiom and may make the envoys its subject: all but the declarer
        return any(t.lemma_.lower() in agents.ENVOYS for c in tok.children if not c.dep_.startswith("nsubj")
                   or c.dep_ == "nsubjpass" for t in c.subtree)
    if lemma == "expel" or lemma == "order" and any(c.dep_ == "xcomp" and c.lemma_.lower() == "leave"
                                                    for c in tok.children):
        return any(t.lemma_.lower() in agents.ENVOYS for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")
                   for t in c.subtree)
    return False


THANKING = word_sets()["thanking"]
# "its support as a member of the Security Council", "at the UN", "in its defence against the Iranian aggression": in
# what capacity, where or against whom, not whose ("support to the reforms in Armenia": Armenia's)
SETTING = {"as", "at", "against"}
RECEIVING = {"to", "for", "with"}   # "assistance to the Palestinian people", "support for Ukraine", "cooperation with"
FIRST_PERSON = {"us", "me"}


@dataclass(frozen=True)
class ThankedFor:
    """What a thanking word is for, when it is aid or support, and who gave it to whom as the "for" phrase names
    them: a receiver after "to", "for" or "with" or as what is supported ("supporting Uzbekistan's accession"), a
    giver anywhere else in the phrase ("Japan's", "from Japan", "that Belgium offered"). Either may be empty, for
    the caller to fill from the thanks' own actors; `to_thanker`: the receiver is "us" or "me"."""

    type: str   # AID | SUPPORT
    givers: list[str]
    receivers: list[str]
    to_thanker: bool


def thanked_for(tok: Token, ctx: Context) -> ThankedFor | None:
    """Aid or support a thanking word is for ("thanked Brazil for the donation of 3,000 tons of rice", "grateful
    for the assistance from Japan", "thanked Minister Herrera for Chile's support for Singapore's candidature")."""
    if tok.lemma_.lower() not in THANKING:
        return None
    # the parser hangs "for" on the thanked too ("thanked the Minister for India's assistance"), and "including"
    # on the verb ("thanked Japan for its support, including $12 billion in assistance")
    thanked = objects(tok)
    including = [t for c in tok.children if c.dep_ == "prep" and c.lower_ == "including" for t in c.subtree]
    # … and on the light verb ("expressed our gratitude to France for the assistance")
    verb = carrier(tok)
    holders = [tok, *thanked] + ([verb] if verb.i != tok.i else [])
    for prep in (c for x in holders for c in x.children if c.dep_ == "prep" and c.lower_ == "for"):
        phrase = [t for o in prep.children if o.dep_ in ("pobj", "pcomp") for t in o.subtree] + including
        words = [t for t in phrase if t.pos_ != "PROPN"]   # not "the Multinational Security Support Mission"
        lemmas = {t.lemma_.lower() for t in words}
        if any(t.lemma_.lower() in AID_GIVEN or t.ent_type_ == "MONEY" or t.lemma_.lower() in BACKING
               and material(t) for t in words):
            kind = "AID"
        elif lemmas & BACKING:
            kind = "SUPPORT"
        else:
            continue
        givers: list[str] = []
        receivers: list[str] = []
        to_thanker = False
        for t in phrase:
            role = _thanks_role(t, prep)
            if role == "receiver" and t.lower_ in FIRST_PERSON:
                to_thanker = True
            side = receivers if role == "receiver" else givers if role == "giver" else None
            if side is not None:
                side.extend(a for a in agents.actors_in([t], ctx) if a not in side)
        return ThankedFor(kind, givers, [a for a in receivers if a not in givers], to_thanker)
    return None


def _thanks_role(tok: Token, top: Token) -> str | None:
    """How a word of the phrase after the thanks' own "for" (`top`) stands to what is thanked for: "receiver"
    under a "to", "for" or "with", or as a verb's object ("supporting NATO"); "giver" elsewhere in the noun phrase,
    or as the subject of a clause in it ("the assistance that Belgium offered"); None inside any other clause
    ("which will help the Armed Forces of the Philippines") or under "as", "at" or "against" (`SETTING`)."""
    t = tok
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ == "pobj" and t.head.lower_ in RECEIVING and t.head.i != top.i or t.dep_ in ("dobj", "obj"):
            return "receiver"
        if t.dep_ == "pobj" and t.head.lower_ in SETTING:
            return None
        if t.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp") and not (
                tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == t.i):
            return None
        t = t.head
    return "giver"
