"""Time and peak memory for one long document, against a page-sized one, side by side in one run.

    python -m benchmarks.long_document [--mb 1 5 45]

Each size is a plain-text transcript made of the bundled samples' content (boilerplate removed, so the
model reads every character), each copy numbered so no line repeats. Each size runs in its own process
(`dyads extract`), so its peak RSS is its own; the table gives seconds, characters per second and the
peak, and the ratios to the page-sized run.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.scaling import corpus
from dyads.text import clean


def transcript(chars: int) -> str:
    """A text of `chars` characters of real diplomatic prose, no line repeated."""
    bodies = [clean(item).content() for item in corpus(99)]
    parts, size, i = [], 0, 0
    while size < chars:
        part = f"\n\nPart {i}.\n{bodies[i % len(bodies)]}"
        parts.append(part)
        size += len(part)
        i += 1
    return "".join(parts)[:chars]


def run(path: Path, out: Path) -> tuple[float, float]:
    """Seconds and peak RSS (MiB) of `dyads extract` on one file, in a child process."""
    code = ("import resource, sys; from dyads.cli.app import main; sys.argv = ['dyads', 'extract', "
            f"{str(path)!r}, '--out', {str(out)!r}, '--time-budget', '0']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, file=sys.stderr)")
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return time.perf_counter() - start, float(done.stderr.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, nargs="+", default=[1, 5, 45])
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for mb in [0.01, *args.mb]:
            path = Path(tmp) / f"long-{mb}.txt"
            path.write_text(transcript(int(mb * 1_000_000)), encoding="utf-8")
            seconds, peak = run(path, Path(tmp) / "out")
            events = len(json.loads(next((Path(tmp) / "out").glob(f"long-{mb}*.json")).read_text())["events"])
            rows.append((mb, seconds, peak, events))
    _, base_s, base_peak, _ = rows[0]
    print(f"{'MB':>6} {'seconds':>8} {'chars/s':>9} {'peak MiB':>9} {'events':>7}  vs 10 kB: time, peak")
    for mb, seconds, peak, events in rows:
        print(f"{mb:6g} {seconds:8.1f} {mb * 1e6 / seconds:9,.0f} {peak:9.0f} {events:7d}  "
              f"{seconds / base_s:6.1f}x {peak / base_peak:5.2f}x")
    print(f"(own process peak before children: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB)")


if __name__ == "__main__":
    main()
