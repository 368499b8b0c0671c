"""Event figures of the decision layer: cross-validated on the training records, per type, beside the
development set and any held-out annotated documents, in one run.

    python -m benchmarks.events_cv [--records training/records] [--heldout DIR ...]

Always also scored: the test fixtures' pages whose annotation holds events (tests/fixtures/pages/a*-d*: written
and annotated by writers who never saw the code, never trained on), and the 30 trial pages of tests/fixtures/events
(likewise; their second, more inclusive annotation gives the two-annotator figure, as `events_two` does).

Cross-validation: folds split by document (events/train.py), each fold's model never sees its documents,
with the bundled model's regularisation and thresholds. Strict matching (type, sentence, actors), the
annotation's rule. `--heldout` takes folders of records (fields + `gold`) that training never saw.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

from dyads.events.decide import load_decider
from dyads.events.lexicon import event_types
from dyads.events.train import cv_predictions, load_examples, matches, score

REPO = Path(__file__).resolve().parents[1]


def per_type(examples, predictions) -> dict[str, dict]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for ex, events in zip(examples, predictions, strict=True):
        used: set[int] = set()
        for e in events:
            hit = next((k for k, g in enumerate(ex.gold) if k not in used and matches(g, e)), None)
            counts[e.type][0 if hit is not None else 1] += 1
            if hit is not None:
                used.add(hit)
        for k, g in enumerate(ex.gold):
            if k not in used:
                counts[g["type"]][2] += 1
    out = {}
    for kind, (tp, fp, fn) in sorted(counts.items()):
        p, r = (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)
        out[kind] = {"p": round(p, 2), "r": round(r, 2), "f1": round(2 * p * r / (p + r), 2) if p + r else 0.0,
                     "gold": tp + fn}
    return out


def two_annotators(examples, predictions, extra: dict[str, list[dict]]) -> dict[str, float]:
    """The development set's `events_two`: recall against the annotation, precision against it or the events a
    more inclusive annotator adds (a page's `events_extra`)."""
    strict = score(examples, predictions)
    either = score([replace(ex, gold=ex.gold + extra.get(ex.id, [])) for ex in examples], predictions)
    found = either["tp"] + either["fp"]   # F1 from the counts, as score.py computes it (not from rounded p and r)
    p = either["tp"] / found if found else 0.0
    r = strict["tp"] / (strict["tp"] + strict["fn"]) if strict["tp"] + strict["fn"] else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def report(name: str, examples, predictions, extra: dict[str, list[dict]] | None = None) -> None:
    conflict = [t for t, info in event_types().items() if info.quad.endswith("conflict")]
    overall = score(examples, predictions)
    only = [[e for e in p if e.type in conflict] for p in predictions]
    gold_conflict = [replace(ex, gold=[g for g in ex.gold if g["type"] in conflict]) for ex in examples]
    print(f"\n{name}: {len(examples)} documents — strict {json.dumps(overall)}")
    if extra:
        print(f"  two annotators (precision against either): "
              f"{json.dumps(two_annotators(examples, predictions, extra))}")
    print(f"  conflict types only: {json.dumps(score(gold_conflict, only))}")
    for kind, f in per_type(examples, predictions).items():
        print(f"  {kind:10s} P {f['p']:.2f} R {f['r']:.2f} F1 {f['f1']:.2f}  (gold {f['gold']})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", default=str(REPO / "training" / "records"))
    ap.add_argument("--heldout", nargs="*", default=[])
    args = ap.parse_args()
    model = load_decider()
    examples = load_examples([args.records])
    counted = cv_predictions(examples, model.meta["C"], model.threshold, model.second, model.mix, model.boosts)
    report("cross-validated, diplomatic samples (sNNN)", *zip(*[(x, p) for x, p in zip(examples, counted, strict=True)
                                                                 if x.id.startswith("s")], strict=True))
    report("cross-validated, conflict documents (cNNN)", *zip(*[(x, p) for x, p in zip(examples, counted, strict=True)
                                                                 if x.id.startswith("c")], strict=True))
    report("cross-validated, pages written for dyads (their licence says so)",
           *zip(*[(x, p) for x, p in zip(examples, counted, strict=True) if x.written], strict=True))
    report("cross-validated, all training records", examples, counted)
    fixtures = REPO / "tests" / "fixtures"
    pages = [str(p) for p in sorted((fixtures / "pages").glob("*.json"))
             if "events" in json.loads(p.read_text(encoding="utf-8"))["annotation"]]
    for name, paths in [("the fixtures' independently written pages", pages),
                        ("the trial pages (fixtures/events: Japan–Korea, India–US, Germany–France)",
                         [str(fixtures / "events")])] + [(f, [f]) for f in args.heldout]:
        held = load_examples(paths)
        report(f"held out: {name}", held, [[e for e in model.decide(x.candidates) if e.counts] for x in held],
               second_annotations(paths))


def second_annotations(paths: list[str]) -> dict[str, list[dict]]:
    """The events a second, more inclusive annotator adds, by record id (`annotation.events_extra`)."""
    files = [f for p in map(Path, paths) for f in (sorted(p.glob("*.json")) if p.is_dir() else [p])]
    records = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    return {r["id"]: r["annotation"]["events_extra"] for r in records if "events_extra" in r.get("annotation", {})}


if __name__ == "__main__":
    main()
