"""End-to-end ingest against the spaCy floor, side by side in one run.

    python -m benchmarks.pipeline [--copies 2] [--repeat 2]

On a corpus built from the bundled samples (each copy varied, so no document is a duplicate):
  A. the floor: `nlp.pipe` alone over the same prepared texts, same model and settings;
  B. `dyads ingest` end to end: read, clean, structure, NLP, actors, events, store (a fresh SQLite file);
and prints documents/s for both and the ratio B/A. Best of --repeat runs each.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from dyads.cli.common import samples_dir
from dyads.models import Document, SourceItem
from dyads.nlp import load_nlp, prepare
from dyads.pipeline import process_all
from dyads.store import Store
from dyads.structure import analyse
from dyads.text import clean


def items(copies: int) -> list[SourceItem]:
    out = []
    for path in sorted(samples_dir().glob("*.json")):
        rec = json.loads(path.read_text(encoding="utf-8"))
        for i in range(copies):
            out.append(SourceItem(f"{path.name}#{i}", "text", f"Copy {i}.\n" + rec["fetched_text"],
                                  source_id=f"{rec['id']}-{i}", title=rec.get("title")))
    return out


def floor(texts: list[str]) -> float:
    nlp = load_nlp()
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return time.perf_counter() - t0


def ingest(batch: list[SourceItem]) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'bench.db'}")
        t0 = time.perf_counter()
        for doc in process_all(batch):
            if isinstance(doc, Document):
                store.add(doc)
        elapsed = time.perf_counter() - t0
        events = store.counts()["events"]
        store.close()
    return elapsed, events


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    batch = items(args.copies)
    texts = [prepare(analyse(clean(i))) for i in batch]
    load_nlp()(texts[0])  # load and warm the model outside the timings
    a = min(floor(texts) for _ in range(args.repeat))
    runs = [ingest(batch) for _ in range(args.repeat)]
    b, events = min(runs)
    n = len(batch)
    print(f"{n} documents, {sum(map(len, texts)):,} characters, {events} events stored")
    print(f"{'A. nlp.pipe alone (floor)':36s} {a:7.2f} s  {n / a:6.1f} docs/s")
    print(f"{'B. dyads ingest end to end':36s} {b:7.2f} s  {n / b:6.1f} docs/s")
    print(f"ingest throughput = {a / b:.2f} × the nlp.pipe floor (target ≥ 0.6×)")


if __name__ == "__main__":
    main()
