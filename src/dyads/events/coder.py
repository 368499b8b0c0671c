"""Sentence → PLOVER events, from the trigger lexicon, the dependency parse, the speaker turn and the
document's parties.

For each trigger in a sentence: drop it if negated or hypothetical (`events/modality.py`; kept as a flagged
candidate, not emitted); apply the diplomatic rules (signing is SUPPORT, promising to sign AGREE; welcoming a person
is CONSULT, welcoming an action SUPPORT; a planned meeting is CONSULT flagged future; summoning an
ambassador is ACCUSE); take the source from the subject of the trigger's clause and the target from
its objects, reading "I"/"we" as the speaker's state and "you" or an unnamed counterpart as the other
party of the document's dyad (who acts, speaks and is acted on: `events/agents.py`). Which lexicon rows a token
matches is `events/triggers.py`; the tests a condition of `data/conditions.csv` names are `events/predicates.py`;
acts judged by whoever speaks of them are `events/judgement.py`; places that stand for their state are
`events/places.py`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from dyads.events import agents, modality
from dyads.events.context import Context
from dyads.events.dates import event_date, told
from dyads.events.judgement import judge_of, judged_act, judging, obliged
from dyads.events.lexicon import Trigger, event_types, word_sets
from dyads.events.places import envoy_post, struck_places, visited_places, wronged, wronged_last
from dyads.events.predicates import Facts, conditions_for, holds
from dyads.events.syntax import (
    LIGHT_VERBS,
    addressees,
    carrier,
    clause_verb,
    depth_of,
    in_complement,
    in_other_clause,
    marked,
    objects,
    once,
    sentence_text,
    subjects,
)
from dyads.events.triggers import matching_triggers, readable_rows
from dyads.models import Event

MAX_EVENTS_PER_SENTENCE = 2
REFUSABLE = word_sets()["refusable"]


@dataclass
class RuleReading:
    """The rule coder's reading of one trigger token (the decision layer's candidates are in candidates.py)."""

    token: Token
    trigger: Trigger
    type: str
    cameo: str
    mode: str | None
    future: bool
    depth: int
    also_own: bool = False   # a planned contact that leaves the word's own reading standing ("agreed to meet")
    act: str | None = None   # the act an intent announces ("will expel": SANCTION), a candidate beside the intent


def rule_readings(sent: Span) -> dict[int, RuleReading | None]:
    """Token index → the rules' reading of every token the lexicon matches (None: the rules veto it)."""
    return {tok.i: _rule_reading(tok, sent) for tok in sent if matching_triggers(tok)}


def code_sentence(sent: Span, ctx: Context, readings: dict[int, RuleReading | None] | None = None) -> list[Event]:
    if ctx.journalist or sentence_text(sent).rstrip().endswith("?") or not any(t.pos_ in ("VERB", "AUX") for t in sent):
        return []  # questions and headlines state no event
    candidates = [c for c in (rule_readings(sent) if readings is None else readings).values() if c]
    if not candidates:
        return []
    verbs = [c for c in candidates if c.token.pos_ in ("VERB", "AUX", "ADJ")]
    candidates = [c for c in candidates if c.token.pos_ not in ("NOUN", "PROPN") or not any(
        v.token.i != c.token.i and c.token.i in {t.i for t in v.token.subtree} for v in verbs)]
    candidates.sort(key=lambda c: (c.depth, c.token.pos_ != "VERB", c.token.i))
    events, seen_types = [], set()
    for cand in candidates:
        if cand.type in seen_types or len(events) >= MAX_EVENTS_PER_SENTENCE:
            continue
        event = _event(cand, sent, ctx)
        if event:
            events.append(event)
            seen_types.add(cand.type)
    return events


def _rule_reading(tok: Token, sent: Span) -> RuleReading | None:
    """The rules' reading of the token, once per parse: the conditions that read a complement's act
    (`complement_has_trigger`, `complement_reads`) ask again, and a chain of promised or decided acts would otherwise
    read its tail again for every link above it."""
    return once(tok.doc, ("rule_reading", tok.i, sent.start, sent.end), lambda: _read(tok, sent))


def _rules_type(tok: Token) -> str | None:
    """The type the rules read the token as (None: none, or vetoed): what a condition on a complement's act asks."""
    reading = _rule_reading(tok, tok.sent)
    return reading.type if reading else None


def _read(tok: Token, sent: Span) -> RuleReading | None:
    negated = modality.negated(tok) or modality.failed(tok)
    rows = readable_rows(tok, negated)
    if not rows or modality.hypothetical(tok):
        return None
    # what the conditions read of the word, once for all its rows
    facts = Facts(tok, {t.lemma_.lower() for t in tok.subtree} | {t.lower_ for t in tok.subtree},
                  modality.future(tok, sent), _rules_type)
    for trig in sorted(rows, key=lambda t: not t.negated):
        if trig.negated:   # "will not tolerate": the negation is the meaning
            return RuleReading(tok, trig, trig.type, trig.cameo, trig.mode, modality.future(tok, tok.sent),
                               depth_of(tok))
        if negated:
            # "will not accept", "does not recognize", "failed to reach agreement": a refusal (REJECT);
            # any other negated event is no event
            if trig.words[0] in REFUSABLE and (tok.pos_ in ("VERB", "AUX") or tok.head.pos_ in ("VERB", "AUX")):
                return RuleReading(tok, trig, "REJECT", "120", None, False, depth_of(tok))
            return None
        reading = _reading(tok, trig, facts)
        if reading is not None:
            return reading
    return None


def _reading(tok: Token, trig: Trigger, facts: Facts) -> RuleReading | None:
    """One lexicon row's reading of an asserted word, its conditions (data/conditions.csv) applied; None: none."""
    kind, cameo, mode = trig.type, trig.cameo, trig.mode
    depth = depth_of(tok) - (1 if tok.pos_ == "NOUN" and tok.head.lemma_ in LIGHT_VERBS else 0)
    for cond in conditions_for("before", trig.words):
        if not holds(cond, facts):
            continue
        if cond.then[0] == "skip":
            return None
        if cond.then[0] == "planned":
            return RuleReading(tok, trig, cond.then[1], cond.then[2], None, True, depth_of(tok),
                               cond.then[-1] == "also")
        kind, cameo, mode = _retyped(cond.then, mode)
    if obliged(tok):
        return RuleReading(tok, trig, "REQUEST", "100", None, False, depth_of(tok))  # "Libya must hand over"
    future, act = facts.future, None
    if modality.intent(tok) and _conditional(tok):
        kind, cameo, future = "THREATEN", "130", True  # "will withdraw its force unless ..."
    elif modality.intent(tok):
        # announced material action: intent to cooperate is AGREE, to act against someone THREATEN; but the
        # training annotation codes "France will expel 12 officials", "Russia will withdraw its troops" as the act
        # itself as often as the undertaking or threat (train 9 of 16 intents to sanction or yield, held-back pages
        # 4 of 9), so the act stays a candidate (`act`) and the model chooses
        intent_cameo = event_types()[kind].intent_cameo  # the crosswalk: types.csv, column intent_cameo
        if kind == "AID":   # the annotation codes promised aid as aid ("will provide $290 million"): its type stays
            cameo, future = intent_cameo, True
        elif kind in ("RETREAT", "CONCEDE", "COOPERATE"):
            act = kind if kind != "COOPERATE" else None   # "will work with": an undertaking (train 15 of 15)
            kind, cameo, future = "AGREE", intent_cameo, True
        elif kind in ("SANCTION", "COERCE", "ASSAULT", "MOBILIZE"):
            kind, cameo, future, act = "THREATEN", intent_cameo, True, kind
    facts = replace(facts, future=future)
    cond = next((c for c in conditions_for("after", trig.words) if holds(c, facts)), None)
    if cond is not None:
        if cond.then[0] == "skip":
            return None
        kind, cameo, mode = _retyped(cond.then, mode)
    return RuleReading(tok, trig, kind, cameo or event_types()[kind].cameo, mode, future, depth, act=act)


def _retyped(then: tuple[str, ...], mode: str | None) -> tuple[str, str, str | None]:
    """A condition's "TYPE CAMEO [MODE|-]": the mode kept unless given ("-": none)."""
    if len(then) > 2:
        mode = None if then[2] == "-" else then[2]
    return then[0], then[1], mode


def _conditional(tok: Token) -> bool:
    head = tok.head if tok.pos_ == "NOUN" else tok
    return any(c.dep_ == "advcl" and marked(c, {"unless"}) for c in head.children)


COMPLAINING = word_sets()["complaining"]


def _event(c: RuleReading, sent: Span, ctx: Context) -> Event | None:
    if attributed := agents.quoter(c.token, sent, ctx):  # inside a quotation, "I", "we", "our" are the quoted person's
        ctx = replace(ctx, speaker_country=attributed[0])
    quad = event_types()[c.type].quad
    conflict = quad.endswith("conflict")
    act = judged_act(c.token)
    if act.pos_ in ("NOUN", "PROPN"):
        found = agents.noun_actors(act, ctx)
        if found is None and ctx.domestic:  # a news sentence states its one event: take the clause's subject
            subj = agents.subject_tokens(clause_verb(act))
            found = agents.actors_in(subj, ctx), subj
        if found is None:
            return None
        source_all, subj = found
    else:
        subj = agents.subject_tokens(clause_verb(act))
        source_all = agents.actors_in(subj, ctx) or agents.pronoun_actors(subj, ctx, subject=True) \
            or agents.own_official(subj, ctx)
    judged_actors: list[str] = []
    if judging(c.token, ctx):   # "Russia's attack is abhorrent": Russia is judged, by whoever says so
        judge = judge_of(c.token, ctx)
        judged_actors, source_all = [a for a in source_all if a not in judge], judge
        if not judged_actors and names_act(subj):   # "the strike was unacceptable": the strike told before, its maker
            judged_actors = [a for a in ctx.discourse.aggressor if a not in judge]
        if not judged_actors or not (source_all or ctx.domestic):   # a news sentence keeps an unknown judge
            return None
    subj_ids = {t.i for t in subj}
    joint = len(source_all) >= 2
    coordinated = coordinated_clauses(c.token)
    obj = [t for t in agents.object_tokens(c.token) if t.i not in subj_ids and t.i != c.token.i and not _is_topic(t, c)
           and not agents.posting(t) and not (joint and in_complement(t, c.token)) and not asked_of(t, c.token)
           and not (c.type == "AID" and t.i in coordinated)]
    ahead = fronted_topic(c) | coordinated
    obj_actors = agents.actors_in([t for t in obj if t.i not in ahead], ctx)
    obj_actors += [a for a in agents.actors_in([t for t in obj if t.i in ahead], ctx) if a not in obj_actors]
    if c.type == "ACCUSE":
        obj_actors = wronged_last(obj_actors, wronged(obj, ctx))
    if not source_all and c.type == "ACCUSE" and c.token.lemma_.lower() in COMPLAINING and agents.agentless(c.token):
        # an envoy summoned, a protest lodged, by no one named: the government of the ministry the envoy was
        # summoned to ("was summoned to the Russian Foreign Ministry"), else whoever speaks
        source_all = agents.actors_in([t for p in c.token.children if p.dep_ == "prep" and p.lower_ == "to"
                                       for t in p.subtree], ctx) or agents.voice_of(ctx)
    if not source_all and ((not conflict and not subj) or (quad != "material_conflict" and agents.official(subj))):
        # "The Secretary", "He", an unresolved official: whoever speaks, else the party it does not act on
        # ("The government lodged a protest with South Korea")
        source_all = agents.voice_of(ctx) or [p for p in ctx.parties if p not in obj_actors][:1]
    if not source_all and not ctx.domestic:
        return None  # an attack or an accusation is never pinned on a default actor
    pronoun = next((ch for ch in objects(c.token) if ch.lower_ in ("you", "him", "her", "them", "it")), None)
    said = pronoun.lower_ if pronoun is not None else None
    named_before = [] if said in (None, "you") else agents.named_before(pronoun, sent, ctx, source_all)
    unnamed = said not in (None, "it")   # "thank you", "urged them": the other party, found below
    # named first: whom a threat's condition names ("will respond if Eritrea chooses escalation"), and the state of
    # the place an envoy is recalled from ("recalled its ambassador from Tel Aviv"); named last, the states of the
    # cities a visit goes to ("will be visiting Tokyo")
    first = (conditioned(c.token, sent, ctx) if c.type == "THREATEN" else []) + envoy_post(c.token, sent)
    obj_actors = list(dict.fromkeys(first + obj_actors + (visited_places(c.token, sent) if c.mode == VISIT else [])))
    target_all = judged_actors or named_before or ([] if unnamed else [a for a in obj_actors if a not in source_all])
    if len(source_all) >= 2 and c.type in ("CONSULT", "AGREE", "COOPERATE") and not target_all:
        target_all = list(source_all)
    verb = clause_verb(c.token)
    if not target_all and conflict:
        rest = [t for t in sent if t.i not in subj_ids and t.i > c.token.i and not asked_of(t, c.token)
                and not in_other_clause(t, verb)]
        target_all = [a for a in agents.actors_in(rest, ctx) if a not in source_all][:1]
    if not target_all and quad == "material_conflict":
        # an attack with no named target: the state of the city it struck ("Russian strikes on Kharkiv"), else
        # the state the document is most about, other than the attacker and the one reporting it
        target_all = [a for a in struck_places(sent, verb) if a not in source_all][:1] or [
            a for a in ctx.salient if a not in source_all and a != ctx.speaker_country and a not in ctx.reporter][:1]
    if not target_all and c.type == "ACCUSE" and names_act(obj):
        # "South Korea strongly condemns the launch": the launch told before, by whoever made it
        target_all = [a for a in ctx.discourse.aggressor if a not in source_all]
    if not target_all and c.type == "REJECT" and answers_claim(c.token, obj):
        # "Baku has accused France of bias." — "France rejects these accusations": whoever made them
        target_all = [a for a in ctx.discourse.accuser if a not in source_all]
    if not target_all:
        target_all = agents.other_party(source_all, ctx)
    if not target_all and len(source_all) >= 2 and event_types()[c.type].quad.endswith("cooperation"):
        target_all = list(source_all)  # a joint subject acting together: "the leaders agreed", "X and Y signed"
    if ctx.domestic:
        # sentence coding reports the event even when an actor is unknown (source/target null)
        target_all = target_all or source_all[:1]
    elif not source_all or not target_all:
        return None
    kind = event_types()[c.type]
    when = event_date(sentence_text(sent), ctx.doc_date)
    confidence = 0.8 if c.depth <= 1 else 0.6
    return Event(
        type=c.type, source=source_all[0] if source_all else "", target=_first_other(target_all, source_all),
        source_all=source_all, target_all=target_all,
        sentence=sentence_text(sent), start=sent.start_char, end=sent.end_char, trigger=c.token.text, mode=c.mode,
        cameo=c.cameo, score=kind.score, confidence=confidence, future=c.future,
        modality="future" if c.future else "asserted",
        date=when.date, date_precision=when.precision, date_text=when.text, resolved_date=when.resolved,
        turn=ctx.turn, told=told(clause_verb(c.token), when, ctx.doc_type, c.future),
    )


# What an act is about or when it happened, not whom it is done to ("spoke by phone following the DPRK's launch").
TOPIC_PREPS = {"about", "on", "regarding", "concerning", "including", "over", "from", "of", "ranging", "amid",
               "in", "like", "such", "at", "during", "within", "as", "following", "after", "despite", "since"}


def _is_topic(tok: Token, c: RuleReading) -> bool:
    """Actors under 'about', 'on', 'including' are what a meeting was about, not who took part."""
    cooperative = c.type in ("CONSULT", "AGREE", "SUPPORT", "COOPERATE")
    # "support of the C5+1", "welcomed the assistance from Australia": whose act is praised
    topic = TOPIC_PREPS - {"of", "from"} if c.type == "SUPPORT" else TOPIC_PREPS
    t, verb, below = tok, carrier(c.token), tok
    for _ in range(15):
        if t.i in (c.token.i, verb.i) or t.head.i == t.i:
            return False
        if (cooperative and t.dep_ == "prep" and t.lower_ in topic) or (
                t.dep_ in ("relcl", "acl", "advcl") and not (c.type == "SUPPORT" and _doer_of_praised(below, t, c))):
            return True  # what it was about, or a clause about something else
        t, below = t.head, t
    return False


def _doer_of_praised(part: Token, clause: Token, c: RuleReading) -> bool:
    """`part` names who did what the praise is for: the subject or agent of a clause on the praised thing ("the
    efforts Germany has made", "the role played by China"), the thing being what the trigger takes."""
    return part.dep_ in ("nsubj", "agent") and clause.head.head.i == c.token.i and clause.head.dep_ in ("dobj", "obj") \
        and not any(ch.dep_ in ("ccomp", "xcomp") or (ch.dep_ in ("dobj", "obj") and ch.tag_ not in ("WDT", "WP"))
                    for ch in clause.children)   # "the pact, which Australian officials fear could …": not theirs


def conditioned(tok: Token, sent: Span, ctx: Context) -> list[str]:
    """The actors named as subject of a condition on the trigger's act ("would respond firmly if Myanmar aircraft
    violated Thai airspace", "unless Belgrade provides information", "consequences should the regime act"): the
    condition clause hangs on the trigger, a word above it, or a clause below it."""
    near = {t.i for t in (tok, *tok.ancestors)} | {t.i for t in carrier(tok).subtree}
    return agents.actors_in([w for v in sent if v.dep_ in ("advcl", "relcl") and v.head.i in near and _condition(v)
                             for s in v.children if s.dep_ in ("nsubj", "nsubjpass") for w in s.subtree], ctx)


def _condition(verb: Token) -> bool:
    """The clause is a condition: "if …", "unless …", or "should" before its subject ("should it act")."""
    return any((ch.dep_ == "mark" and ch.lower_ in CONDITIONS) or (
        ch.dep_ == "aux" and ch.lower_ == "should" and any(s.dep_ == "nsubj" and s.i > ch.i for s in verb.children))
        for ch in verb.children)


CONDITIONS = {"if", "unless"}


def fronted_topic(c: RuleReading) -> set[int]:
    """The tokens of a phrase heading the trigger's clause that names what follows is about ("On Palestine, Qatar
    condemns the Israeli strikes", "On Afghanistan, the minister urged the U.S. side …"): a target only when the act
    names no other ("On Myanmar, we call on the military regime …")."""
    return {w.i for head in {c.token, carrier(c.token)} for t in head.children
            if t.dep_ == "prep" and t.lower_ in FRONTED_TOPIC and t.i < head.i
            and any(s.dep_ in ("nsubj", "nsubjpass") and s.i > t.i for s in head.children) for w in t.subtree}


FRONTED_TOPIC = {"on", "regarding", "concerning", "about"}


def coordinated_clauses(tok: Token) -> set[int]:
    """The tokens of a clause coordinated with the trigger's that is an act of its own: it has a subject of its own,
    or an object of its own where the trigger's verb has one. Its actors are a target only when the trigger's clause
    names none ("We condemn this aggression, and we ask Rwanda to withdraw"; not "the European Union announced 270
    million euros in aid for Armenia and the United States pledged …"), and never the recipient of aid, which the rules
    settle ("has provided $1.6 billion in security assistance to help Ukraine …, deter further Russian aggression":
    the parser hangs "deter" on "provided"; "The EU has given us 200 million euros …, and Romania has provided …")."""
    verb = carrier(tok)
    return {w.i for t in verb.children if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and (
        subjects(t) or objects(t) and objects(verb))
        for w in t.subtree}


ASKING_VERBS = word_sets()["asking_verbs"]


def asked_of(tok: Token, trigger: Token) -> bool:
    """Inside what the trigger's addressee is asked or made to do ("urged its allies to mend ties in the face of
    China"): the addressee is the target, not a state named in the act asked of it."""
    return trigger.lemma_.lower() in ASKING_VERBS and in_complement(tok, trigger) and bool(addressees(trigger))


VISIT = "visit"   # the lexicon's mode of a visit (CAMEO 042/043: "visit", "trip", "travel", "delegation")


def _first_other(target_all: list[str], source_all: list[str]) -> str:
    """The primary target: the first one that is not the source (joint events name each other)."""
    return next((t for t in target_all if t not in source_all[:1]), target_all[0] if target_all else "")


def names_act(tokens: list[Token]) -> bool:
    """The words name an act told before ("the launch", "this attack", "these strikes"): a definite noun of force."""
    return any(t.lemma_.lower() in ACTS_OF_FORCE and any(d.lower_ in DEFINITE for d in t.children) for t in tokens)


ACTS_OF_FORCE = word_sets()["acts_of_force"]


def answers_claim(tok: Token, tokens: list[Token]) -> bool:
    """A rejection of a claim told before ("we reject these baseless allegations", "rejected that claim", "the
    accusation is groundless, and China rejects it"): a claim noun with a demonstrative, or "it" or "them" where the
    sentence named a claim before the trigger."""
    if any(t.lemma_.lower() in agents.ACCUSATIONS and any(d.lower_ in DEMONSTRATIVE for d in t.children)
           for t in tokens):
        return True
    return any(t.lower_ in ("it", "them") for t in tokens) and any(
        t.lemma_.lower() in agents.ACCUSATIONS for t in tok.sent if t.i < tok.i)


DEMONSTRATIVE = {"this", "these", "that", "those", "such"}
DEFINITE = {"the", "this", "these", "that", "those", "today", "yesterday", "latest", "recent"}
