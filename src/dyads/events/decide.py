"""The decision layer: logistic models over the candidates' features say which readings are events.

The model is two plain tables of feature weights (JSON), applied here without any ML library: the bundled
one (`model/decider.json`) is rebuilt from the repository's training records by `dyads train`
(events/train.py). Per (sentence, type) at most the best reading is kept, and only when its probability
clears the model's threshold, chosen by cross-validation on the training records (the figure is in the
model file). A reading that is negated, hypothetical or only requested is kept as such — flagged, not
counted — when it would have passed had it been asserted.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise
from pathlib import Path

from dyads.errors import ModelError
from dyads.events.candidates import Candidate
from dyads.models import COUNTED, Event

BUNDLED = "bundled"
# How much likelier a reading must be than the rule coder's to replace its actors (cross-validated strict F1 on
# the training records: 0.466 without, 0.470 at 0.1, 0.467 at 0.2; unseen pages 0.531 → 0.550 at 0.1).
RULE_MARGIN = 0.1
# How a reading's source is found when read from the sentence itself (candidates._actor_options' tags)
CLAUSE_SOURCES = ("s:subj", "s:pron", "s:voice", "s:quoter", "s:sayer", "s:judge", "s:speaks_of", "s:speaker")
# The features that say how a reading is qualified: its mode, the negation or auxiliary on its trigger, and
# the rule coder's verdict (the rules drop every negated reading). A negated, hypothetical or requested
# reading is scored without them, as if it were asserted.
MODALITY = ("mod:", "child:neg:", "child:aux:", "rule:", "rule_event:", "ruletype:")


@dataclass(frozen=True)
class Decider:
    """Two logistic models: one scores a reading (its trigger, actors and sentence), the other the reading's
    (sentence, type) group as a whole — whether the sentence holds an event of that type at all, learnt from
    the union of its readings' features. A reading's probability is the two combined, p_group^mix ·
    p_reading^(1-mix): most wrong events sit in sentences that hold none (72% of false positives in
    cross-validation), and a reading's label there mixes "no event here" with "wrong actors"."""

    weights: dict[str, float]
    bias: float
    threshold: float
    second: float
    meta: dict
    group_weights: dict[str, float] = field(default_factory=dict)
    group_bias: float = 0.0
    mix: float = 0.0
    # a rarely annotated type's readings are likelier than one bias for all types makes them (`boosted`)
    boosts: dict[str, float] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: dict) -> Decider:
        return cls(dict(data["weights"]), float(data["bias"]), float(data["threshold"]), float(data["second"]),
                   data.get("meta", {}), dict(data.get("group_weights", {})), float(data.get("group_bias", 0.0)),
                   float(data.get("mix", 0.0)), dict(data.get("boosts", {})))

    def scores(self, candidates: list[Candidate], repeats: Repeats | None = None) -> list[float]:
        """Each candidate's probability of being an event. A negated, hypothetical or requested reading is
        scored as if asserted: it is kept, flagged with its modality, when it would then be an event.
        `repeats` carries what earlier sentences of the document reported (a fresh one: none)."""
        own, together = self.parts(candidates, repeats)
        return boosted(candidates, mixed(own, together, self.mix), self.boosts)

    def parts(self, candidates: list[Candidate], repeats: Repeats | None = None) -> tuple[list[float], list[float]]:
        """Each candidate's own probability and its group's (the group's: 1.0 when the model has no group part)."""
        repeats = repeats or Repeats()
        features = [_scored_features(c, repeats.features(c)) for c in candidates]
        own = [_logistic(self.bias, self.weights, f) for f in features]
        if not self.group_weights:
            return own, [1.0] * len(own)
        together = {g: _logistic(self.group_bias, self.group_weights, f)
                    for g, f in group_features(candidates, features).items()}
        return own, [together[c.group] for c in candidates]

    def decide(self, candidates: list[Candidate]) -> list[Event]:
        """The events of one document, in document order."""
        return select(candidates, self.scores(candidates), self.threshold, self.second)

    def decide_sentences(self, sentences: Iterable[list[Candidate]]) -> Iterator[Event]:
        """The same events as `decide`, from one sentence's candidates at a time: a long document's
        candidates are never all held at once (a 1 MB text has 40,000, about 200 MB, measured)."""
        repeats = Repeats()
        for candidates in sentences:
            yield from select(candidates, self.scores(candidates, repeats), self.threshold, self.second)


def mixed(own: list[float], together: list[float], mix: float) -> list[float]:
    """A reading's probability: its own and its group's, weighed by `mix`."""
    return [g ** mix * p ** (1 - mix) for p, g in zip(own, together, strict=True)]


def boosted(candidates: list[Candidate], probabilities: list[float], boosts: dict[str, float]) -> list[float]:
    """Each reading's probability times its type's boost (at most 1). The regressions share one bias across types, and
    the types annotated least (RETREAT, COERCE, CONCEDE, MOBILIZE: under 1.5% of the training events each) come out
    under-scored: cross-validated, their F1 peaks near threshold 0.4 while every frequent type's peaks at 0.5 (the
    training chooses the boost, `train.choose_boost`)."""
    if not boosts:
        return probabilities
    return [min(1.0, p * boosts.get(c.event.type, 1.0)) for c, p in zip(candidates, probabilities, strict=True)]


def _scored_features(cand: Candidate, extra: list[str]) -> list[str]:
    """A reading's features as scored: a reading that does not count is scored without its modality."""
    features = cand.features + extra
    if cand.modality in COUNTED:
        return features
    return [f for f in features if not _modal(f)]


@lru_cache(maxsize=1 << 16)
def _modal(feature: str) -> bool:
    """Whether a feature reads the modality (cached: every reading that does not count asks it of each of its
    features, and the same few thousand features recur)."""
    return any(feature.startswith(s) or f"|{s}" in feature for s in MODALITY)


def _logistic(bias: float, weights: dict[str, float], features: Iterable[str]) -> float:
    z = bias + sum(weights.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def group_features(candidates: list[Candidate], features: list[list[str]]) -> dict[tuple[int, str], set[str]]:
    """Each (sentence, type) group's features: the union of its readings', and the sentence's words with the type
    (cross-validated strict F1 0.483 → 0.489 with them, unseen trial pages 0.527 → 0.546; as features of each
    reading they had measured worse)."""
    groups: dict[tuple[int, str], set[str]] = {}
    words: dict[int, set[str]] = {}
    for cand, f in zip(candidates, features, strict=True):
        start, kind = cand.group
        if cand.group not in groups:
            if start not in words:
                words[start] = sentence_words(cand.event.sentence)
            groups[cand.group] = {f"{kind}{SENTENCE_WORD}{w}" for w in words[start]}
        groups[cand.group].update(f)
    return groups


def sentence_words(sentence: str) -> set[str]:
    """The sentence's content words, lower case, and each pair of adjacent words ("grave_concern", "agreed_to",
    "trading_partner"): a pair says what its two words alone do not. Cross-validated over three splits at fixed
    settings (C 0.1, threshold 0.55; December 2026), without the pairs / with them: published records 0.618 /
    0.623, all records 0.732 / 0.733; fitted on all records, held-back pages 0.630 / 0.631 (precision 0.739 /
    0.746), fixture pages 0.715 / 0.721, trial pages 0.737 / 0.750. Triples as well tied the pairs (published
    0.622, the unseen pages pooled 0.665 against 0.664); pairs of content words alone gained less (published 0.619).
    """
    words = WORD.findall(sentence.lower())
    return {w for w in words if len(w) > 2 and w not in STOPWORDS} | {f"{a}_{b}" for a, b in pairwise(words)}


SENTENCE_WORD = "|w:"   # marks a group feature that is a word of the sentence (`group_features`)
WORD = re.compile(r"[a-z]+")
STOPWORDS = frozenset({"the", "and", "for", "with", "this", "that", "its", "their", "our", "was", "were", "are",
                       "been", "has", "have", "had", "will", "would", "from", "you", "they", "she"})


def select(candidates: list[Candidate], probabilities: list[float], threshold: float, second: float = 1.0
           ) -> list[Event]:
    """The best reading of each (sentence, type) whose probability clears the threshold; a sentence's second
    and further events must clear `second` (88% of annotated event sentences carry one event); a reading that
    does not count (negated, hypothetical, requested) does not make the next one a second."""
    # a reading settled by rule (candidates.settled) clears both bars; one the model alone would not keep takes no
    # other event's place in its sentence, nor does a meeting an agreement plans ("agreed to meet again")
    rules_only = {id(c) for c, p in zip(candidates, probabilities, strict=True) if c.settled and p < threshold}
    probabilities = [max(p, threshold, second) if c.settled else p
                     for c, p in zip(candidates, probabilities, strict=True)]
    best: dict[tuple[int, str], tuple[float, Candidate]] = {}
    for cand, p in zip(candidates, probabilities, strict=True):   # a reading that counts before one that does not
        if cand.beside:
            continue
        if p >= threshold and _rank(p, cand) > _rank(*best.get(cand.group, (-1.0, None))):
            best[cand.group] = (p, cand)
    # who did it to whom: the rule coder's reading where the model all but agrees with it and its source was read
    # from the sentence (the model decides whether the sentence holds the event; the rules read its actors from
    # the parse more reliably)
    ruled: dict[tuple[int, str], tuple[float, Candidate]] = {}
    for cand, p in zip(candidates, probabilities, strict=True):
        if cand.rule and cand.group in best and p >= best[cand.group][0] - RULE_MARGIN and _clause_source(cand) \
                and p > ruled.get(cand.group, (-1.0, None))[0]:
            ruled[cand.group] = (p, cand)
    best |= {group: (best[group][0], cand) for group, (_, cand) in ruled.items()}
    kept: list[tuple[float, Candidate]] = []
    per_sentence: dict[int, int] = defaultdict(int)
    for p, cand in sorted(best.values(), key=lambda pc: -pc[0]):
        if per_sentence[cand.group[0]] == 0 or p >= second:
            kept.append((p, cand))
            # a reading kept only as negated, hypothetical or requested takes no event's place in its sentence
            per_sentence[cand.group[0]] += cand.modality in COUNTED and id(cand) not in rules_only and not cand.planned
    # a reading kept beside its group (the support that thanks are for): unless its group already holds its pair
    taken = {(c.group, c.event.source, c.event.target) for _, c in kept}
    for c, p in zip(candidates, probabilities, strict=True):
        if c.beside and (c.group, c.event.source, c.event.target) not in taken:
            taken.add((c.group, c.event.source, c.event.target))
            kept.append((p, c))
    return [replace(cand.event, confidence=round(p, 3), modality=cand.modality)
            for p, cand in sorted(kept, key=lambda pc: (pc[1].event.start, pc[1].event.type))]


def _clause_source(cand: Candidate) -> bool:
    """The reading's source was read from the sentence itself (its subject, a pronoun, the speaker, whoever a
    quotation or a judgement is attributed to), not defaulted to the reporting state or a document party: only
    then do the rule coder's actors outrank the model's choice (cross-validated F1 0.534 → 0.536, unseen pages
    pooled 0.636 → 0.639; "Falkner … urged France" in a news story datelined Brussels is not Belgium's)."""
    return any(f.startswith(CLAUSE_SOURCES) for f in cand.features)


def _rank(p: float, cand: Candidate | None) -> tuple[bool, bool, float]:
    """How a reading ranks in its group: "a protest was lodged" (asserted) before a reading of the same words
    flagged hypothetical, however likelier that one is; then a reading settled by rule (its actors are read more
    reliably than the model chooses them: "thanked Peru for the donation" is Peru's aid, not Chile's)."""
    return cand is not None and cand.modality in COUNTED, cand is not None and cand.settled, p


class Repeats:
    """What the earlier sentences of a document say about a reading: a contact restated later ("the meeting
    today", "we discussed") is the same contact, which annotators code once. Fed candidates in document
    order, it gives each its features."""

    def __init__(self) -> None:
        self.by_rule: dict[tuple[str, frozenset[str]], set[int]] = defaultdict(set)
        self.by_any: dict[tuple[str, frozenset[str]], set[int]] = defaultdict(set)

    def features(self, cand: Candidate) -> list[str]:
        key = (cand.event.type, cand.pair)
        tags = [f"repeat_{name}:{min(len(seen[key]) - (cand.event.start in seen[key]), 2)}"
                for name, seen in (("rule", self.by_rule), ("any", self.by_any))]
        if cand.rule:
            self.by_rule[key].add(cand.event.start)
        self.by_any[key].add(cand.event.start)
        return tags + [f"{cand.event.type}|{t}" for t in tags]


def document_features(candidates: list[Candidate]) -> list[list[str]]:
    """Every candidate's repeat features, the document's candidates given in order (training)."""
    repeats = Repeats()
    return [repeats.features(c) for c in candidates]


@cache
def load_decider(path: str = BUNDLED) -> Decider | None:
    """The bundled model, a user's model file, or None for the rules alone (`--model rules`)."""
    if path == "rules":
        return None
    try:
        if path == BUNDLED:
            text = (resources.files("dyads.events") / "model" / "decider.json").read_text(encoding="utf-8")
        else:
            text = Path(path).read_text(encoding="utf-8")
        return Decider.from_json(json.loads(text))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"{path}: not a dyads event model ({exc}); build one with `dyads train`") from exc
