"""What the event decision layer costs, side by side in one run.

    python -m benchmarks.decision_cost [--size 440] [--repeat 3]

Over the same documents (the bundled samples, each copy varied), timed in this one process after a warm-up:
  nlp      spaCy `nlp.pipe` alone over the prepared texts
  rules    the whole pipeline with the rule coder alone (`--model rules`)
  decided  the whole pipeline with the bundled decision model (candidates, features, logistic scoring)
The rules and decided runs alternate (rules, decided, rules, decided, ...) so that a machine that slows or
speeds up during the run moves both alike. It prints seconds (best of --repeat), the decision layer's share of
the ingest time from the best runs, (decided - rules) / decided, and the median of the shares of each adjacent
pair, which is what to trust on a noisy machine. The issue's budget is 15%.
"""

from __future__ import annotations

import argparse
import statistics
import time

from benchmarks.scaling import corpus
from dyads.models import Document
from dyads.nlp import load_nlp, prepare
from dyads.pipeline import _structure, process_all
from dyads.settings import Settings


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=440)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    items = corpus(args.size)
    texts = [prepare(d) for d in (_structure(i, "en") for i in items) if isinstance(d, Document)]
    nlp = load_nlp()
    list(process_all(items[:20]))  # warm-up: model, tables, lexicon
    nlp_times = [timed(lambda: list(nlp.pipe(texts, batch_size=16))) for _ in range(args.repeat)]
    pairs = [(timed(lambda: list(process_all(items, Settings(model="rules")))),
              timed(lambda: list(process_all(items)))) for _ in range(args.repeat)]
    timings = {"nlp": min(nlp_times), "rules": min(r for r, _ in pairs), "decided": min(d for _, d in pairs)}
    for name, seconds in timings.items():
        print(f"{name:8s} {seconds:7.2f} s  {args.size / seconds:6.1f} documents/s")
    share = (timings["decided"] - timings["rules"]) / timings["decided"]
    paired = statistics.median((d - r) / d for r, d in pairs)
    print(f"decision layer: {share:.1%} of the ingest time from the best runs, {paired:.1%} as the median of "
          f"{len(pairs)} adjacent pairs (budget 15%); "
          f"ingest / nlp.pipe alone: {timings['decided'] / timings['nlp']:.2f}x")


if __name__ == "__main__":
    main()
