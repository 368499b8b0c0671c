"""Places that stand for their state in an event: the post an envoy is recalled from, the cities a visit goes to,
the cities an attack struck, and whose border, waters, airspace or sovereignty a sentence names. The parser's
labels for a place are unreliable; the actors' gazetteer (`kb.place`) decides."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import groupby

from spacy.tokens import Span, Token

from dyads.actors import kb
from dyads.events import agents
from dyads.events.context import Context
from dyads.events.lexicon import word_sets
from dyads.events.syntax import in_other_clause, objects

EDGES = word_sets()["edges"]
SOVEREIGN = word_sets()["sovereign"]


def owners(tokens: Iterable[Token], things: frozenset[str]) -> list[Token]:
    """The words naming whose `things` the tokens speak of ("the Myanmar border", "Japan's exclusive economic
    zone", "the border of Armenia")."""
    return [t for t in tokens if t.dep_ in ("compound", "amod", "poss", "nmod") and t.head.lemma_.lower() in things
            or t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in things]


def edge_owners(sent: Span) -> list[Token]:
    """Whose border, waters or airspace the sentence speaks of: where a show of force or an incursion is aimed."""
    return owners(sent, EDGES)


def wronged(tokens: list[Token], ctx: Context) -> set[str]:
    """The states whose sovereignty, territory or airspace the tokens name: wronged when it is violated."""
    return set(agents.actors_in(owners(tokens, SOVEREIGN), ctx))


def wronged_last(actors: list[str], wronged_states: set[str]) -> list[str]:
    """An accusation's possible targets, the states wronged last: whose sovereignty, territory or airspace was
    violated is not who violated it ("condemned the violations of Moldovan airspace by Russian drones")."""
    return [a for a in actors if a not in wronged_states] + [a for a in actors if a in wronged_states]


# The parser's labels for a city name are unreliable ("Kyiv" PERSON, "Kharkiv" ORG, "Odesa" NORP)
PLACE_LABELS = {"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"}


def envoy_post(tok: Token, sent: Span) -> list[str]:
    """The states of the places an envoy is called home from ("recalled its ambassador from Tel Aviv", "withdrew its
    envoy in Madrid"): a capital stands for its state when it is where the envoy served."""
    if tok.lemma_.lower() not in RECALLING:
        return []
    envoys = [c for c in objects(tok) if c.lemma_.lower() in agents.ENVOYS]
    preps = {t.i for h in [tok, *envoys] for c in h.children if c.dep_ == "prep" and c.lower_ in ("from", "in")
             for t in c.subtree} if envoys else set()
    return _place_states(sent, lambda name: name.root.i in preps)


RECALLING = word_sets()["recalling"]


def visited_places(tok: Token, sent: Span) -> list[str]:
    """The states of the cities a visit goes to ("will be visiting Tokyo", "her trip to Beijing", "travelled to
    Beirut and Damascus"): a capital or city visited stands for its state, whose government is met there. Only the
    place itself, not one qualifying it ("the UK Mission to the United Nations in New York" visits no one)."""
    heads = objects(tok) + [
        g for p in tok.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children
        if g.dep_ == "pobj"]
    places = {t.i for h in heads for t in (h, *h.conjuncts, *(a for a in h.children if a.dep_ == "appos"))}
    return _place_states(sent, lambda name: name.root.i in places, cities_only=True) if places else []


def struck_places(sent: Span, verb: Token) -> list[str]:
    """The states of the cities and regions named in `verb`'s own clause ("strikes on Kharkiv", "in Kyiv"): where
    a material act with no named target struck (the actors' knowledge base's gazetteer; a state's own name is a
    mention, not a place)."""
    return _place_states(sent, lambda name: not in_other_clause(name[0], verb), cities_only=True)


def _place_states(sent: Span, keep: Callable[[Span], bool], cities_only: bool = False) -> list[str]:
    """The states of the sentence's place names that `keep` admits (cities and regions only, or states too)."""
    return list(dict.fromkeys(hit[1] for name in _place_names(sent)
                              if keep(name) and (hit := kb.place(name.text)) and (hit[0] or not cities_only)))


def _place_names(sent: Span) -> list[Span]:
    """The sentence's entities that may name a place, and the runs of proper nouns the parser left untagged
    ("the Russian missile strike on Odesa")."""
    names = [ent for ent in sent.ents if ent.label_ in PLACE_LABELS]
    untagged = [t for t in sent if t.pos_ == "PROPN" and not t.ent_type_]
    # consecutive tokens keep the same difference between their position in the sentence and in the list
    runs = [[t for _, t in run] for _, run in groupby(enumerate(untagged), key=lambda it: it[1].i - it[0])]
    return names + [sent.doc[run[0].i:run[-1].i + 1] for run in runs]
