"""What each page shows, as plain data: the HTML page and its JSON twin under /api are made from the same
call here, and every call goes through the read model (`dyads.query`), never the ORM."""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field

from dyads import query
from dyads.actors import kb
from dyads.actors.resolve import person_id
from dyads.errors import BadOption, NotFound
from dyads.events.lexicon import QUADS, event_types
from dyads.models import COUNTED, MARK_END, MARK_START, Document, SearchHit
from dyads.profiles.profile import Profile, actor_name, build_profile
from dyads.store import Store

PAGE = 50


def pair_codes(text: str) -> tuple[str, str]:
    """ "BEL-USA" (or "Belgium-United States") → ("BEL", "USA"); E001 for a name we do not know."""
    parts = text.split("-")
    if len(parts) != 2 or not all(parts):
        raise BadOption(f"pair {text!r}: give two actors joined by '-', as in BEL-USA")
    a, b = (kb.actor_code(p) for p in parts)
    return tuple(sorted((a, b)))


def actor_code(text: str) -> str:
    """A state or organisation by name or code (E001 otherwise); an office-holder by its stored id."""
    return text if text.startswith("person:") else kb.actor_code(text)


def pairs(store: Store) -> dict:
    """The pairs table and the network graph of its actors (sized by events, edges coloured by index)."""
    summaries = query.pairs(store)
    events: Counter[str] = Counter()
    for p in summaries:
        events.update({p.pair[0]: p.events, p.pair[1]: p.events})
    return {
        "pairs": [{**asdict(p), "key": "-".join(p.pair), "names": [actor_name(c) for c in p.pair]} for p in summaries],
        "graph": {"nodes": [{"id": a, "label": actor_name(a), "events": n} for a, n in events.items()],
                  "edges": [{"source": p.pair[0], "target": p.pair[1], "events": p.events, "index": p.index}
                            for p in summaries]},
    }


def pair(store: Store, a: str, b: str, by: str = "year", since: str | None = None, until: str | None = None
         ) -> tuple[Profile, dict]:
    """The profile (of a period, with `since`/`until`) and what its charts draw: events per period stacked by
    quad, the index, topics."""
    if by not in ("year", "month"):
        raise BadOption(f"by {by!r}: use year or month")
    profile = build_profile(store, a, b, by, since, until)
    if not profile.documents:
        raise NotFound(f"no stored document concerns {a}–{b}")
    width = 7 if by == "month" else 4
    stacked: dict[str, Counter[str]] = defaultdict(Counter)
    for e in profile.events:
        if e.date and not e.future:
            stacked[e.date[:width]][e.quad] += 1
    periods = sorted(stacked)
    charts = {
        "timeline": {"labels": periods, "series": {q: [stacked[p][q] for p in periods] for q in QUADS}},
        "index": {"labels": [p.period for p in profile.index], "values": [p.index for p in profile.index]},
        "topics": {"labels": [t.topic.replace("_", " ") for t in profile.topics[:12]],
                   "values": [t.documents for t in profile.topics[:12]]},
    }
    return profile, charts


@dataclass
class Segment:
    """A run of the document text with one set of marks: what the document page renders, escaped."""

    text: str
    start: int                      # its offset in the stored text (citations link to #o<offset>)
    classes: list[str]
    actor: str | None = None        # a mention links to its actor
    event: int | None = None        # index of the event whose sentence this run belongs to (the first)
    ends: list[str] = field(default_factory=list)   # the events whose sentence ends here: "CONSULT USA→BEL"


def document(store: Store, key: str) -> tuple[Document, list[Segment]]:
    """The stored document and its text cut into runs at every boundary of a turn label, a mention, an
    event sentence or boilerplate, so each run is one escaped <span> with its marks (no nested markup
    is ever built from the text)."""
    doc = store.get(key)
    if doc is None:
        raise NotFound(f"no stored document {key!r}")
    spans: list[tuple[int, int, str, object]] = []
    spans += [(b.start, b.end, "boilerplate", None) for b in doc.boilerplate]
    spans += [(t.start, t.text_start, "label", None) for t in doc.turns]
    spans += [(m.start, m.end, "mention", m.country or m.actor_id) for m in doc.mentions if m.kind != "place"]
    spans += [(m.start, m.end, "place", None) for m in doc.mentions if m.kind == "place"]
    spans += [(e.start, e.end, "event" if e.counts else "event-uncounted", i) for i, e in enumerate(doc.events)]
    cuts = sorted({0, len(doc.text), *(x for s in spans for x in s[:2] if 0 <= x <= len(doc.text))})
    starts: dict[int, list] = defaultdict(list)
    for span in spans:
        starts[span[0]].append(span)
    ending: dict[int, list[str]] = defaultdict(list)
    for e in doc.events:
        mode = "" if e.modality == "asserted" else f" ({e.modality})"
        ending[e.end].append(f"{e.type} {'+'.join(e.source_all)}→{'+'.join(e.target_all)}{mode}")
    open_spans: list = []
    segments = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        open_spans = [s for s in open_spans if s[1] > left] + starts.get(left, [])
        active = [s for s in open_spans if s[0] <= left < s[1]]
        mention = next((s[3] for s in active if s[2] == "mention"), None)
        event = next((s[3] for s in active if s[2].startswith("event")), None)
        segments.append(Segment(doc.text[left:right], left, sorted({s[2] for s in active}), mention, event,
                                ending.get(right, [])))
    return doc, segments


def actor(store: Store, code: str) -> dict:
    """An actor's summary, with its name and its latest events."""
    summary = query.actor(store, code)
    if not (summary.as_source or summary.as_target or summary.turns):
        raise NotFound(f"no stored event or turn involves {code}")
    latest = query.events(store, query.EventFilter(actor=code, limit=PAGE))
    offices = [h for h in kb.office_holders() if person_id(h.name) == code]
    name = offices[0].name if offices else actor_name(code)
    tenure = [{"role": h.role, "country": h.country, "start": h.start.isoformat(),
               "end": h.end.isoformat() if h.end else None} for h in offices]
    return {"summary": summary, "name": name, "offices": tenure, "events": latest}


def event_filter(actor: str | None = None, pair: str | None = None, types: list[str] | None = None,
                 quads: list[str] | None = None, topics: list[str] | None = None, modalities: list[str] | None = None,
                 since: str | None = None, until: str | None = None, document: str | None = None,
                 text: str | None = None, limit: int | None = PAGE, offset: int = 0) -> query.EventFilter:
    """The filter a request's parameters describe (empty ones ignored); E001/E002/E006 for bad ones."""
    if offset < 0 or (limit is not None and not 0 < limit <= 10_000):
        raise BadOption("limit must be 1–10,000 and offset 0 or more")
    return query.EventFilter(
        actor=kb.actor_code(actor) if actor else None, pair=pair_codes(pair) if pair else None,
        types=tuple(t.upper() for t in types or () if t), quads=tuple(q for q in quads or () if q),
        topics=tuple(t for t in topics or () if t), modalities=tuple(m for m in modalities or () if m) or COUNTED,
        since=since or None, until=until or None, document=document or None, text=text or None, limit=limit,
        offset=offset)


def filter_options() -> dict:
    from dyads.topics import CUES

    return {"types": sorted(event_types()), "quads": QUADS, "topics": sorted(CUES),
            "modalities": ("asserted", "future", "negated", "hypothetical", "requested")}


def marked(snippet: str) -> str:
    """A search snippet as HTML: escaped first, then its match markers become <mark>."""
    return html.escape(snippet).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")


def search(store: Store, text: str) -> list[SearchHit]:
    return query.search(store, text) if text.strip() else []
