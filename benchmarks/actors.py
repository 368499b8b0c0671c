"""How much actor resolution adds to the spaCy floor, measured side by side in one run.

    python -m benchmarks.actors [--copies 3] [--repeat 3]

Builds a corpus from the bundled samples (each copy varied so nothing is cached), prepares the texts
exactly as the pipeline does, then times, alternately and on the same texts with the same model:
  A. `nlp.pipe` alone
  B. `nlp.pipe` followed by mention resolution (alias matcher, resolution rules, office-holders)
and prints both with the ratio. Best of --repeat runs each, to damp noise from other processes.
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import date

from dyads.actors.resolve import resolve
from dyads.cli.common import samples_dir
from dyads.models import Document, SourceItem
from dyads.nlp import load_nlp, prepare
from dyads.structure import analyse
from dyads.text import clean


def corpus(copies: int) -> list[tuple[str, date | None]]:
    out = []
    for path in sorted(samples_dir().glob("*.json")):
        rec = json.loads(path.read_text(encoding="utf-8"))
        for i in range(copies):
            doc: Document = analyse(clean(SourceItem(path.name, "text", f"Copy {i}.\n" + rec["fetched_text"],
                                                      title=rec.get("title"))))
            day = date.fromisoformat(doc.date.value) if doc.date else None
            out.append((prepare(doc), day))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    nlp = load_nlp()
    texts = corpus(args.copies)
    resolve(nlp("Warm-up: Belgian Foreign Minister Wilmès met Secretary Blinken."), None)  # build matcher
    floor, full = [], []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for _doc in nlp.pipe((t for t, _ in texts), batch_size=16):
            pass
        floor.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        mentions = 0
        for sdoc, (_, day) in zip(nlp.pipe((t for t, _ in texts), batch_size=16), texts, strict=True):
            mentions += len(resolve(sdoc, day))
        full.append(time.perf_counter() - t0)
    a, b = min(floor), min(full)
    chars = sum(len(t) for t, _ in texts)
    print(f"{len(texts)} documents, {chars:,} characters, {mentions} mentions; best of {args.repeat}")
    print(f"{'A. nlp.pipe alone':38s} {a:7.2f} s  {len(texts) / a:7.1f} docs/s")
    print(f"{'B. nlp.pipe + actor resolution':38s} {b:7.2f} s  {len(texts) / b:7.1f} docs/s")
    print(f"resolution adds {100 * (b - a) / a:+.1f}% to the nlp.pipe time (budget: +20%)")


if __name__ == "__main__":
    main()
