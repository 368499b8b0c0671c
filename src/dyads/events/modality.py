"""Whether a trigger's act happened: negated ("did not agree"), failed ("refused to meet"), hypothetical ("if",
"any attack would"), requested ("we call on Russia to withdraw"), future ("will visit", "the upcoming summit"),
intended ("ready to contribute") or planned by an agreement ("agreed to meet again"). `modality_of` gives the
candidates their modality; the rules read its parts. Every event keeps it (asserted, future, negated,
hypothetical, requested), and only asserted and future events count."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span, Token

from dyads.events.lexicon import conditions, word_sets
from dyads.events.syntax import carrier, counted, infinitive, inverted_should, marked, sentence_text

FUTURE_WORDS = re.compile(r"\b(?:upcoming|next (?:week|month|year)|planned|plan to|forthcoming|look(?:ing)? forward"
                          r"|will be (?:held|hosted)|to be held|soon|later this"
                          r"|(?:is|are|am)\s+going\s+to\s+(?!be\b)\w+)\b", re.I)
HYPOTHETICAL_MARKS = {"if", "whether", "unless"}
OBLIGATIONS = {"must", "should"}   # "Peru must withdraw": asked of Peru by whoever says so
NEGATIVE_SUBJECTS = {"nothing", "nobody", "none", "neither"}   # "nothing has been decided": negated
CALLED_OFF = word_sets()["called_off"]
HELD = word_sets()["held_contacts"] | word_sets()["contact_nouns"]   # what is held when holding it is a contact


def negated(tok: Token) -> bool:
    """A negation on the trigger, on the head of a noun trigger, or on the verb an infinitive hangs from ("I am
    not scheduled to speak to them", "did not agree to meet")."""
    if _unrivalled(tok):
        return False
    heads = [tok, tok.head] if tok.pos_ != "VERB" else [tok]
    if tok.dep_ == "xcomp":
        heads.append(tok.head)
    if tok.pos_ != "VERB" and (verb := governing_verb(tok)) is not None:
        heads.append(verb)   # "have not discussed a joint approach to negotiations"
    for t in heads:   # "nothing has been decided", "no one attended": a negative subject negates too
        if any(c.dep_ == "neg" or c.lower_ in ("never", "no") or c.dep_ in ("nsubj", "nsubjpass")
               and c.lower_ in NEGATIVE_SUBJECTS for c in t.children):
            return True
    if tok.pos_ == "VERB" and any(d.dep_ == "det" and d.lower_ == "no" for c in tok.children
                                  if c.dep_ in ("dobj", "obj") for d in c.children):
        return True   # "provides no development assistance", "will accept no compromise": what is denied
    return any(t.lower_ in ("no", "not", "never", "n't") for t in tok.doc[max(tok.sent.start, tok.i - 2):tok.i])


def _unrivalled(tok: Token) -> bool:
    """"No better friend than Canada", "we don't have a closer ally than Britain": praise, not a negation."""
    return any(c.dep_ == "amod" and c.tag_ == "JJR" for c in tok.children) and any(
        t.lower_ == "than" for t in tok.subtree)


NOUN_PHRASE_DEPS = {"amod", "compound", "pobj", "prep", "dobj", "obj", "nmod", "poss", "appos", "conj"}


def governing_verb(tok: Token) -> Token | None:
    """The verb whose noun phrase holds a noun or adjective trigger."""
    t = tok
    for _ in range(5):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.dep_ not in NOUN_PHRASE_DEPS or t.head.i == t.i:
            return None
        t = t.head
    return None


def failed(tok: Token) -> bool:
    """Did not happen: "failed to agree", "refused to meet", "cancelled a scheduled visit", "the talks were
    postponed"."""
    head = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return (head.dep_ == "xcomp" and head.head.lemma_.lower() in ("fail", "refuse", "decline")) or (
        tok.dep_ in ("dobj", "obj", "nsubjpass") and tok.head.lemma_.lower() in CALLED_OFF)


GENERIC_MODALS = {"would", "will", "could", "might", "may", "can"} | OBLIGATIONS


def hypothetical(tok: Token) -> bool:
    """Under "if", "unless" …; or an act named in general as the subject of a judgement ("A nuclear attack by
    North Korea … is unacceptable", "Any attack on our allies would be met …"): no such act took place."""
    if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass"):
        det = next((c.lower_ for c in tok.children if c.dep_ == "det"), "")
        # judged ("is unacceptable") or met in future ("would be met"), not done ("A protest was lodged")
        if det == "any" or det in ("a", "an") and (tok.head.lemma_ == "be" or any(
                c.dep_ == "aux" and c.lower_ in GENERIC_MODALS for c in tok.head.children)):
            return True
    t = tok
    for _ in range(4):
        if marked(t, HYPOTHETICAL_MARKS) or inverted_should(t):
            return True
        if t.head.i == t.i:
            break
        t = t.head
    return False


def future(tok: Token, sent: Span) -> bool:
    chain = [tok, tok.head, tok.head.head]
    if any(c.lower_ in ("will", "shall", "'ll", "’ll") for t in chain for c in t.children if c.dep_ == "aux"):
        return True
    return bool(FUTURE_WORDS.search(sentence_text(sent)))


INTENT_HEADS = word_sets()["intent_heads"]


PERFORMATIVE = word_sets()["performative"]
WISH_HEADS = word_sets()["wish_heads"]


def intent(tok: Token) -> bool:
    """'will release', 'ready to contribute', 'agreed to provide': an action announced, not done."""
    tok = carrier(tok)  # "plans to impose restrictions": the verb carries the tense
    while tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("continue", "keep"):
        tok = tok.head  # "will continue to work closely with": an undertaking, as "will work"
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "’ll", "would") for c in tok.children):
        return True
    if tok.lemma_.lower() in PERFORMATIVE and tok.head.lemma_.lower() in WISH_HEADS:
        return False
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in INTENT_HEADS


REQUEST_HEADS = word_sets()["request_heads"]


def modality_of(tok: Token, sent: Span, contact: bool = True) -> str:
    """How the sentence holds the event: asserted, planned (future), negated, hypothetical or requested.
    `contact`: whether a contact the word plans makes it planned ("agreed to meet": the meeting is, the
    agreement is not)."""
    if hypothetical(tok):
        return "hypothetical"
    if negated(tok) or failed(tok):
        return "negated"
    t = tok
    for _ in range(4):  # "we call on Russia to withdraw": the withdrawal is only requested
        if t.head.i == t.i:
            break
        if t.head.lemma_.lower() in REQUEST_HEADS and (t.dep_ == "xcomp" or (t.dep_ == "ccomp" and t.i != tok.i)):
            return "requested"
        t = t.head
    if _sought(tok):
        return "requested"
    if any(c.dep_ == "aux" and c.lower_ in OBLIGATIONS for c in tok.children):
        # "Russia must allow …": demanded of another; "we must work together": the speaker's intent
        own = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("we", "i") for c in tok.children)
        return "future" if own else "requested"
    if future(tok, sent) or intent(tok) or contact and plans_contact(tok):
        return "future"
    return "asserted"


SOUGHT_BY = word_sets()["sought_by"]
ASKED_FOR_BY = word_sets()["asked_for_by"]


def _sought(tok: Token) -> bool:
    """A thing asked for, not given: "_sought his support", "requested assistance", "appealed for aid"."""
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ in ("dobj", "obj"):
        return tok.head.lemma_.lower() in SOUGHT_BY
    return tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in ASKED_FOR_BY


@cache
def _planning_words() -> frozenset[str]:
    """The words whose conditions plan a contact ("agree", "intend", "look" …: data/conditions.csv)."""
    return frozenset(c.trigger for c in conditions() if c.then[0] == "planned")


def plans_contact(tok: Token) -> bool:
    """'agreed to speak again', 'intend to meet in Lima', 'looked forward to meeting him', 'agreed to hold the
    next Council of Ministers': the planning word (its rows in data/conditions.csv) heads a contact."""
    lemma = tok.lemma_.lower()
    if lemma not in _planning_words() or (
            lemma == "look" and not any(c.lower_ == "forward" for c in tok.children)):
        return False
    to = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
    heads = [c for c in tok.children if c.dep_ == "xcomp" or c.dep_ == "advcl" and infinitive(c)] + [
        g for g in to if g.dep_ == "pcomp"]   # "look forward to meet you": the parser's advcl, an infinitive
    return any(h.lemma_.lower() in word_sets()["contact_verbs"] or (h.lemma_.lower() == "hold" and any(
        o.dep_ in ("dobj", "obj") and o.lemma_.lower() in HELD for o in h.children)) for h in heads) or any(
        g.dep_ == "pobj" and g.lemma_.lower() in HELD for g in to) or any(   # "looks forward to the next summit"
        _takes_place(c) for c in tok.children if c.dep_ == "ccomp")


def _takes_place(verb: Token) -> bool:
    """A clause saying a contact will be held ("agreed that the next round of consultations will take place in
    Dublin", "… would be held in New Delhi"): its subject is a contact and its verb is holding or taking place."""
    held = verb.lemma_.lower() == "hold" or verb.lemma_.lower() == "take" and any(
        c.dep_ in ("dobj", "obj") and c.lower_ == "place" for c in verb.children)
    return held and any(s.lemma_.lower() in HELD for s in counted(
        [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]))


def condition_tokens(tok: Token) -> list[Token]:
    """The words of an "if", "unless" or "should" clause on the trigger's verb or on the clause it reports ("warned
    that it would respond if Warsaw …"): whose act a threat or an undertaking hangs on."""
    verb = governing_verb(tok) or tok
    verbs = [verb] + [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    return [t for v in verbs for c in v.children if c.dep_ == "advcl" and _conditional_clause(c) for t in c.subtree]


def _conditional_clause(clause: Token) -> bool:
    return marked(clause, {"if", "unless"}) or inverted_should(clause)
