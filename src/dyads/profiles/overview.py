"""The pairs in the store: how many documents and events each has, its cooperation–conflict index, and
its last high-level contact, so a user can see where to look.

The index is the mean PLOVER score (events/data/types.csv) of the pair's events: +10 is all material
cooperation, -10 all assault.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from dyads.store import Store


@dataclass
class PairSummary:
    pair: tuple[str, str]
    documents: int
    events: int
    index: float
    last_contact: str | None     # date of the latest dated CONSULT between the two
    last_contact_sentence: str | None


def pair_overview(store: Store) -> list[PairSummary]:
    docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    scores: dict[tuple[str, str], list[float]] = defaultdict(list)
    contacts: dict[tuple[str, str], tuple[str, str]] = {}
    for ev, doc in store.events():
        # each event counts once per pair, even when a joint subject names both sides on each side
        for pair in {tuple(sorted((s, t))) for s in ev.source_all for t in ev.target_all if s != t}:
            docs[pair].add(doc.id)
            scores[pair].append(ev.score)
            when = ev.date or ev.resolved_date or doc.date
            if ev.type == "CONSULT" and not ev.future and when and when > contacts.get(pair, ("", ""))[0]:
                contacts[pair] = (when, ev.sentence.strip())
    out = [PairSummary(pair, len(docs[pair]), len(values), round(sum(values) / len(values), 2),
                       *contacts.get(pair, (None, None))) for pair, values in scores.items()]
    return sorted(out, key=lambda p: (-p.events, p.pair))
