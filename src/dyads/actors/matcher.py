"""Find alias spans of states, organisations and blocked phrases in a spaCy Doc.

Two PhraseMatchers (exact case for abbreviations and short names, lower case for long official names)
built once from the curated tables; overlapping matches keep the longest, so "Latin America" blocks
"America", "National Security Council" blocks "Security Council" and "Democratic Republic of the
Congo" beats "Republic of the Congo".
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from dyads.actors import kb


@dataclass(frozen=True)
class AliasMatch:
    span: Span
    code: str        # ISO3 / organisation code / "" for a blocked phrase
    kind: str        # alias kind: name, abbreviation, demonym, metonym, institution, historical, igo, format, …
    is_org: bool


def _blocked() -> list[str]:
    path = resources.files("dyads.actors") / "data" / "not_actors.csv"
    with path.open(encoding="utf-8", newline="") as f:
        return [row["phrase"] for row in csv.DictReader(f)]


class ActorMatcher:
    def __init__(self, nlp: Language):
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        groups: dict[tuple[str, bool], list[str]] = {}
        for alias in kb.country_aliases():
            groups.setdefault((f"C|{alias.code}|{alias.kind}", alias.case_sensitive), []).append(alias.text)
        for alias in kb.organization_aliases():
            groups.setdefault((f"O|{alias.code}|{alias.kind}", alias.case_sensitive), []).append(alias.text)
        groups[("B||block", True)] = _blocked()
        for (key, case_sensitive), texts in groups.items():
            matcher = self.exact if case_sensitive else self.lower
            matcher.add(key, list(nlp.tokenizer.pipe(texts)))
        self.strings = nlp.vocab.strings

    def __call__(self, doc: Doc) -> list[AliasMatch]:
        spans = []
        for matcher in (self.exact, self.lower):
            for match_id, start, end in matcher(doc):
                spans.append(Span(doc, start, end, label=self.strings[match_id]))
        out = []
        for span in filter_spans(spans):
            group, code, kind = span.label_.split("|")
            if group != "B" and not _portfolio(span):
                out.append(AliasMatch(span, code, kind, group == "O"))
        return out


def _portfolio(span: Span) -> bool:
    """A name that only says what an office deals with ("Undersecretary for ASEAN Affairs", "the Bureau of African
    Affairs", "Deputy Assistant Secretary of Defense for Russia, Ukraine and Eurasia", "Special Envoy for Syria"),
    not who acts; an office named so as a whole is an alias of its own ("Taiwan Affairs Office": China)."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text == "Affairs":
        return True
    tok = span.root
    while tok.dep_ in ("conj", "compound") and tok.head.i != tok.i:   # "for North Korea Sung Kim": one phrase
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return False
    title, i = set(), tok.head.i - 1   # the capitalised words before "for" name an office
    while i >= 0 and (doc[i].text[:1].isupper() or doc[i].lower_ in ("of", "-")):
        title.add(doc[i].lower_)
        i -= 1
    return bool(title & OFFICES)


# Offices whose title can name a portfolio after "for"
OFFICES = frozenset({"secretary", "undersecretary", "envoy", "representative", "coordinator", "commissioner",
                     "director", "adviser", "advisor", "minister", "ambassador", "spokesperson"})


@cache
def actor_matcher(nlp: Language) -> ActorMatcher:
    return ActorMatcher(nlp)
