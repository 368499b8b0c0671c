"""How far the event figures move when the training set moves a little: the noise a change has to beat.

    python -m benchmarks.refit_spread [--records training/records] [--draws 4] [--leave-out 5]
                                      [--devset ../shared/devset] [--heldout DIR ...]

One retraining decides a few of the development set's 160 events differently for no reason but the fit, so one
model's figure cannot tell a better rule from a lucky refit (the quality gate's floors were lowered by 0.01 six
times on that argument while the development set drifted 0.674 -> 0.637). This refits the bundled model's settings
(C, thresholds, mix and boosts held fixed) once on all training records and once per seeded draw that leaves a few
records out, and scores every refit on the development set (strict, and against two annotators as `events_two`
does), the fixtures' independently written pages, the trial pages and any `--heldout` folders.

Paired use: a draw's seed leaves out the same records on any commit whose training records are the same (a record
added, removed or renamed changes every draw), so running this before and after a change gives paired figures; a
change is real when its mean difference is larger than the spread (the highest figure of the five fits less the
lowest), and it is the mean, not the one bundled model, that a change should be judged by.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
from dataclasses import replace
from pathlib import Path

from benchmarks.events_cv import REPO, second_annotations, two_annotators
from dyads.events.decide import Decider, load_decider
from dyads.events.train import Example, canonical_actors, fit, load_examples, score


def refits(examples: list[Example], bundled: Decider, draws: int, leave_out: int) -> dict[str, Decider]:
    """A model on all records and one per draw; settings as bundled, only the weights refitted."""
    def settled(model: Decider) -> Decider:
        return replace(model, threshold=bundled.threshold, second=bundled.second, mix=bundled.mix,
                       boosts=bundled.boosts)
    models = {"all": settled(fit(examples, bundled.meta["C"]))}
    ids = sorted(e.id for e in examples)
    for seed in range(1, draws + 1):
        gone = set(random.Random(seed).sample(ids, leave_out))
        models[f"-{leave_out} #{seed}"] = settled(fit([e for e in examples if e.id not in gone], bundled.meta["C"]))
    return models


def devset_records(devset: Path, into: Path) -> tuple[list[str], dict[str, list[dict]]]:
    """The development set as training-format records (text with its `gold`), and the second annotation's events."""
    extra = {}
    for path in sorted((devset / "corpus").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        record["gold"] = json.loads((devset / "gold" / path.name).read_text(encoding="utf-8"))
        second = devset / "gold_b" / path.name
        if second.exists():
            events = json.loads(second.read_text(encoding="utf-8")).get("events", [])
            extra[record["id"]] = [canonical_actors(e) for e in events]
        (into / path.name).write_text(json.dumps(record), encoding="utf-8")
    return [str(into)], extra


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", default=str(REPO / "training" / "records"))
    ap.add_argument("--draws", type=int, default=4)
    ap.add_argument("--leave-out", type=int, default=5)
    ap.add_argument("--devset", type=Path, default=REPO.parent / "shared" / "devset")
    ap.add_argument("--heldout", nargs="*", default=[])
    args = ap.parse_args()
    if args.leave_out < 0 or args.draws < 0:
        ap.error("--draws and --leave-out take a count of 0 or more")
    bundled = load_decider()
    examples = load_examples([args.records])
    if args.leave_out >= len(examples):
        ap.error(f"--leave-out {args.leave_out}: only {len(examples)} training records")
    models = refits(examples, bundled, args.draws, args.leave_out)
    fixtures = REPO / "tests" / "fixtures"
    sets: list[tuple[str, list[str], dict[str, list[dict]]]] = [
        ("fixture pages", [str(p) for p in sorted((fixtures / "pages").glob("*.json"))
                           if "events" in json.loads(p.read_text(encoding="utf-8"))["annotation"]], {}),
        ("trial pages", [str(fixtures / "events")], second_annotations([str(fixtures / "events")])),
    ] + [(folder, [folder], second_annotations([folder])) for folder in args.heldout]
    with tempfile.TemporaryDirectory() as tmp:
        if (args.devset / "corpus").is_dir():
            sets.insert(0, ("development set", *devset_records(args.devset, Path(tmp))))
        else:
            print(f"no development set at {args.devset}: not scored")
        rows = []
        for name, paths, extra in sets:
            held = load_examples(paths)
            for kind in ("strict", "two annotators") if extra else ("strict",):
                figures = []
                for model in models.values():
                    decided = [[e for e in model.decide(x.candidates) if e.counts] for x in held]
                    figures.append(score(held, decided)["f1"] if kind == "strict"
                                   else two_annotators(held, decided, extra)["f1"])
                rows.append((f"{name}, {kind}", figures))
    print(f"{'':34s}" + "".join(f"{k:>9s}" for k in models) + f"{'mean':>9s}{'spread':>9s}")
    for label, figures in rows:
        print(f"{label:34s}" + "".join(f"{f:9.4f}" for f in figures)
              + f"{statistics.mean(figures):9.4f}{max(figures) - min(figures):9.4f}")


if __name__ == "__main__":
    main()
