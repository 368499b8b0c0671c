"""Read-model query times on a small and a large synthetic store, side by side in one run.

    python -m benchmarks.read_model [--sizes 1000 100000] [--keep DIR]

The bundled samples are processed once; each store is then filled with copies of them in which every
state but the publisher (the United States: the samples are its documents) is renamed through a seeded
random permutation of 39 states and every date moved by a random number of years, so pairs, counts and
timelines vary as in one ministry's archive: the publisher's pairs are dense, the others sparse. Copies
are written in bulk (the store's own row mapping, 1,000 documents per transaction): this measures
reading, not ingest, whose throughput `benchmarks.scaling` and `benchmarks.decision_cost` report.

For each store it times, best of three: `query.pairs` (the `dyads dyads` overview), `query.events` for a
pair, and `build_profile` for the busiest pair and for a median one; then `dyads --help` in a fresh
process.
"""

from __future__ import annotations

import argparse
import copy
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from benchmarks.decision_cost import best
from dyads import query
from dyads.cli.common import samples_dir
from dyads.models import Document
from dyads.pipeline import process_all
from dyads.profiles.profile import build_profile
from dyads.sources import read_sources
from dyads.store import Store, _to_row

STATES = (  # renamed among themselves; the publisher, USA, never is
    "BEL", "FRA", "DEU", "GBR", "JPN", "KOR", "IND", "CHN", "RUS", "UKR", "BRA", "CAN", "AUS", "ITA",
    "ESP", "NLD", "POL", "TUR", "EGY", "ZAF", "NGA", "KEN", "MEX", "ARG", "IDN", "VNM", "PHL", "SAU",
    "ISR", "IRN", "PAK", "SWE", "NOR", "FIN", "DNK", "GRC", "PRT", "CZE", "HUN")


def variant(doc: Document, i: int, rng: random.Random) -> Document:
    """A copy of `doc` with its states renamed and its dates shifted; a fresh id."""
    names = dict(zip(STATES, rng.sample(STATES, len(STATES)), strict=True))
    rename = lambda code: names.get(code, code)  # noqa: E731
    shift = rng.randint(-15, 3)
    redate = lambda d: f"{int(d[:4]) + shift:04d}{d[4:]}" if d else d  # noqa: E731
    new = copy.deepcopy(doc)
    new.id = f"{i:016x}"
    new.source_id = f"syn-{i}"
    new.date = replace(doc.date, value=redate(doc.date.value)) if doc.date else None
    new.dyads = [tuple(map(rename, p)) for p in doc.dyads]
    new.countries = [rename(c) for c in doc.countries]
    for m in new.mentions:
        m.country = rename(m.country)
        m.actor_id = rename(m.actor_id)
    for e in new.events:
        e.source, e.target = rename(e.source), rename(e.target)
        e.source_all, e.target_all = list(map(rename, e.source_all)), list(map(rename, e.target_all))
        e.date, e.resolved_date = redate(e.date), redate(e.resolved_date)
        e.named = [rename(a) for a in e.named or []]
    for c in new.contacts:
        c.date, c.host = redate(c.date), rename(c.host)
        c.participants = [(name, rename(state)) for name, state in c.participants]
    new.topic_spans = [replace(t, actor=rename(t.actor)) for t in new.topic_spans]
    for s in new.speakers:
        s.country = rename(s.country)
    return new


def fill(store: Store, base: list[Document], size: int) -> None:
    rng = random.Random(size)
    for start in range(0, size, 1000):
        with store.session.begin() as s:
            s.add_all(_to_row(variant(base[i % len(base)], i, rng)) for i in range(start, min(size, start + 1000)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 100_000])
    ap.add_argument("--keep", type=Path, help="Folder to keep the stores in (default: a temporary one)")
    ap.add_argument("--reuse", action="store_true", help="Time the stores already kept in --keep, unfilled")
    args = ap.parse_args()
    base = [] if args.reuse else [d for d in process_all(read_sources([str(samples_dir())])) if isinstance(d, Document)]
    folder = args.keep or Path(tempfile.mkdtemp())
    rows = []
    for size in args.sizes:
        path = folder / f"read-{size}.db"
        reuse = args.reuse and path.exists()
        if not reuse:
            path.unlink(missing_ok=True)
        with Store(f"sqlite:///{path}") as store:
            t = time.perf_counter()
            if not reuse:
                fill(store, base, size)
            filled = time.perf_counter() - t
            pairs = query.pairs(store)
            busiest, median = pairs[0].pair, pairs[len(pairs) // 2].pair
            rows.append((size, filled, len(pairs), best(lambda: query.pairs(store), 3),  # noqa: B023
                         best(lambda: query.events(store, query.EventFilter(pair=busiest)), 3),  # noqa: B023
                         best(lambda: build_profile(store, *busiest), 3), pairs[0].documents,  # noqa: B023
                         best(lambda: build_profile(store, *median), 3), pairs[len(pairs) // 2].documents))  # noqa: B023
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "dyads", "--help"], capture_output=True, check=True)
    help_s = time.perf_counter() - t
    print(f"{'documents':>9} {'fill s':>7} {'pairs':>6} {'overview s':>10} {'pair events s':>13} "
          f"{'profile s (busiest, docs)':>26} {'profile s (median, docs)':>25}")
    for size, filled, n, overview, events, prof, prof_docs, med, med_docs in rows:
        print(f"{size:9,d} {filled:7.1f} {n:6d} {overview:10.3f} {events:13.3f} {prof:17.3f} ({prof_docs:5d}) "
              f"{med:16.3f} ({med_docs:5d})")
    print(f"dyads --help: {help_s:.2f} s in a fresh process")


if __name__ == "__main__":
    main()
