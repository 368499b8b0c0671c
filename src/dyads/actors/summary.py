"""Document-level actor fields: countries_mentioned, organizations_mentioned and the main dyads.

Dyads (devset README 3.7) are the principal parties paired: the subject pair of an "X–Y relations"
article; otherwise the parties named by the speakers and the title (or, without either, the opening
sentence), and, when only one party is found (a briefing, an interview), that party paired with the
other states the document keeps returning to and the state where it takes place.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations

from dyads.actors import kb
from dyads.models import Document, Mention

ORG_PARTIES = {"EU", "NATO", "UN", "African Union", "ASEAN"}
RELATIONS_TITLE = re.compile(r"^\W*(?P<a>[\w .'’()-]+?)\s*[–—-]\s*(?P<b>[\w .'’()-]+?)\s+re\w*ations\b", re.I | re.M)
# A state mentioned this often is one the document is about (devset: 2 separates the trip countries of
# a briefing from passing references).
SALIENT_MENTIONS = 2
MAX_SALIENT = 3


def summarise(doc: Document, title_mentions: list[Mention]) -> None:
    # countries named by name, demonym or seat of government, not by their army ("unsafe interaction with PLA-N")
    doc.countries = sorted({m.actor_id for m in doc.mentions if m.kind == "state" and m.rule != kb.ARMED_FORCES})
    doc.organizations = sorted({m.actor_id for m in doc.mentions if m.kind == "organization"})
    doc.dyads = main_dyads(doc, title_mentions)


def main_dyads(doc: Document, title_mentions: list[Mention]) -> list[tuple[str, str]]:
    if doc.doc_type == "article":
        pair = _relations_pair(doc.title or "") or _relations_pair(doc.masked_text()[:300])
        return [pair] if pair else []
    parties: dict[str, None] = {}
    for s in doc.speakers:
        if s.role_type not in ("journalist", "moderator") and (s.country or s.organization):
            parties.setdefault(s.country or s.organization)
    for m in title_mentions:
        if m.kind in ("state", "person") and m.country:
            parties.setdefault(m.country)
        elif m.kind == "organization" and m.actor_id in ORG_PARTIES and doc.speakers:
            parties.setdefault(m.actor_id)
    if len(parties) < 2:
        publisher = kb.publisher(doc.url)
        if publisher:   # "The President spoke with Chancellor Scholz" on elysee.fr
            parties.setdefault(publisher)
        for m in _opening(doc):
            if m.kind in ("state", "person") and m.country:
                parties.setdefault(m.country)
            if len(parties) >= 2:
                break
    found = list(parties)
    if len(found) == 1:
        reporter = found[0]
        counts = Counter(m.country for m in doc.mentions if m.kind == "state" and m.country != reporter)
        others = [c for c, n in counts.most_common(MAX_SALIENT) if n >= SALIENT_MENTIONS]
        # where it was said, unless an organisation said it from a place the text never names ("Bruxelles" over an
        # EU spokesperson's statement on Russia: its seat, no counterpart)
        if doc.location and doc.location.country not in (None, reporter, *others) and (
                reporter in kb.countries() or counts[doc.location.country]):
            others.append(doc.location.country)
        return sorted({tuple(sorted((reporter, c))) for c in others})
    return sorted({tuple(sorted(p)) for p in combinations(found, 2)})


def _opening(doc: Document) -> list[Mention]:
    """Mentions in the first sentence-ish stretch of content (after any header lines)."""
    masked = doc.masked_text()
    # a transcript opens with its first turn; header lines ("Subjects: ...") list topics, not parties
    start = doc.turns[0].text_start if doc.turns else len(masked) - len(masked.lstrip())
    end = start + 400
    return [m for m in doc.mentions if start <= m.start < end]


def _relations_pair(text: str) -> tuple[str, str] | None:
    m = RELATIONS_TITLE.search(text)
    if not m:
        return None
    codes = []
    for part in (m.group("a"), m.group("b")):
        words = part.split()
        for n in range(len(words)):
            alias = kb.country_alias(" ".join(words[n:]))
            if alias and alias.kind in ("name", "demonym", "abbreviation", "historical"):
                codes.append(alias.code)
                break
    return tuple(sorted(codes)) if len(codes) == 2 and codes[0] != codes[1] else None
