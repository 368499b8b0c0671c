"""Which lexicon rows a token matches: the trigger's words in order (adverbs and adjectives may stand between a
phrase's words), and its part of speech."""

from __future__ import annotations

from spacy.tokens import Token

from dyads.events.lexicon import Trigger, triggers


def matching_triggers(tok: Token) -> list[Trigger]:
    """Every lexicon row this token matches (lemma or form, following words, part of speech)."""
    if tok.i > 0 and tok.doc[tok.i - 1].text == "-" and tok.dep_ in ("amod", "compound"):
        return []  # "Russian-speaking", "long-awaited": part of a compound adjective
    options = triggers().get(tok.lower_, []) + triggers().get(tok.lemma_.lower(), [])
    return [t for t in dict.fromkeys(options) if _words_match(tok, t) and _pos_ok(tok, t)]


def readable_rows(tok: Token, negated: bool) -> list[Trigger]:
    """The lexicon rows that read this token: a row read negated ("will not tolerate": THREATEN) only where the
    word is negated, and a threat only where it is not told of the past ("did not hesitate to help")."""
    past = tok.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ == "VBD" for c in tok.children)
    return [t for t in matching_triggers(tok) if not t.negated or (negated and not (t.type == "THREATEN" and past))]


# "stands firmly with", "calls again on", "opened unprovoked fire", "take firm action": a phrase's words may have
# adverbs, or adjectives qualifying a later word, between them
WORDS_BETWEEN = 2


def _words_match(tok: Token, trig: Trigger) -> bool:
    doc, i = tok.doc, tok.i
    for k, word in enumerate(trig.words):
        if k:
            i += 1
            for _ in range(WORDS_BETWEEN):
                if i < len(doc) and _between(doc[i]) and word not in (doc[i].lower_, doc[i].lemma_.lower()):
                    i += 1
        if i >= len(doc) or word not in (doc[i].lower_, doc[i].lemma_.lower()):
            return False
    return True


def _between(tok: Token) -> bool:
    """A word a phrase trigger reads over: an adverb, or an adjective qualifying a word after it."""
    return tok.pos_ == "ADV" or tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.head.i > tok.i


def _pos_ok(tok: Token, trig: Trigger) -> bool:
    if trig.pos == "ANY":
        return True
    if trig.pos in ("VERB", "ADJ"):
        return tok.pos_ in ("VERB", "ADJ", "AUX") or (tok.pos_ == "NOUN" and tok.tag_ in ("VBG", "VBN"))
    return tok.pos_ in ("NOUN", "PROPN")
