"""Quality gate: run `dyads extract` over the development set, score it with the devset's own
score.py, print the table, and fail if any figure falls below the floors in quality_baseline.json.

    python -m benchmarks.quality_gate [--devset ../shared/devset] [--raise-floors]

Floors only ever rise: `--raise-floors` writes the current figures (rounded down to 0.01) where they
beat the pinned floor, never lower. The baseline records a fingerprint of the corpus it was set on,
so a changed development set is reported instead of silently compared. An event floor is lowered only by hand and only
when `benchmarks.refit_spread`, run before and after the change, shows its paired mean within the draws' spread: one
model's figure moves by about 0.01 with the fit alone.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BASELINE = Path(__file__).with_name("quality_baseline.json")
REPO = Path(__file__).resolve().parents[1]


def fingerprint(corpus: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(corpus.glob("*.json")):
        h.update(path.name.encode() + path.read_bytes())
    return h.hexdigest()[:16]


def figures(scores: dict) -> dict[str, float]:
    """Flatten score.py's output: plain accuracies and the F1 of every set/event/fact metric."""
    out = {}
    for key, value in scores.items():
        if isinstance(value, dict):
            out[key] = value["f1"]
        elif value is not None:
            out[key] = value
    return out


def run(devset: Path) -> dict[str, float]:
    dyads = shutil.which("dyads") or str(Path(sys.executable).with_name("dyads"))
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([dyads, "extract", *map(str, sorted((devset / "corpus").glob("*.json"))), "--out", out],
                       check=True, stdout=subprocess.DEVNULL)
        scored = subprocess.run([sys.executable, str(devset / "score.py"), out, "--json"], check=True,
                                capture_output=True, text=True)
    return figures(json.loads(scored.stdout))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--devset", type=Path, default=REPO.parent / "shared" / "devset")
    ap.add_argument("--raise-floors", action="store_true")
    args = ap.parse_args()
    if not (args.devset / "corpus").is_dir():
        print(f"no development set at {args.devset}; nothing to check")
        return 0
    baseline = json.loads(BASELINE.read_text())
    current = run(args.devset)
    floors = baseline["floors"]
    failed = []
    print(f"{'metric':28s} {'now':>7s} {'floor':>7s}")
    for key in sorted(set(current) | set(floors)):
        now, floor = current.get(key), floors.get(key)
        flag = ""
        if floor is not None and (now is None or now < floor - 1e-9):
            failed.append(key)
            flag = "  BELOW FLOOR"
        print(f"{key:28s} {now if now is not None else '—':>7} {floor if floor is not None else '—':>7}{flag}")
    fp = fingerprint(args.devset / "corpus")
    if fp != baseline.get("corpus_fingerprint"):
        print(f"note: the development corpus changed (fingerprint {fp}, baseline {baseline.get('corpus_fingerprint')})")
    if args.raise_floors:
        for key, now in current.items():
            floors[key] = max(floors.get(key, 0.0), math.floor(now * 100) / 100)
        baseline["corpus_fingerprint"] = fp
        BASELINE.write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n")
        print(f"floors written to {BASELINE}")
    if failed:
        print(f"quality gate FAILED: {', '.join(failed)} below the pinned floor")
        return 1
    print("quality gate passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
