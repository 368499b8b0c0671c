"""Render times of the web pages and their JSON twins through a running `dyads serve`, and a load run.

    python -m benchmarks.web [--size 10000] [--keep DIR [--reuse]] [--repeat 30] [--load 2000] [--concurrency 8]

A synthetic store (benchmarks.read_model: the samples with states renamed and dates moved) is served by
`dyads serve` in its own process on a loopback port. Each page and its /api twin is requested `--repeat`
times in a row (p50, p95); then `--load` requests over all of them, `--concurrency` at a time, stop by
themselves and report errors and throughput. Aim (issue 14): p95 under 300 ms, 0 errors.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from itertools import cycle, islice
from pathlib import Path

import httpx

from benchmarks.read_model import fill
from dyads import query
from dyads.cli.common import samples_dir
from dyads.models import Document
from dyads.pipeline import process_all
from dyads.sources import read_sources
from dyads.store import Store


def targets(store: Store) -> dict[str, str]:
    """The pages to time: the busiest pair, a median pair's document, events, search; and their twins."""
    pairs = query.pairs(store)
    busiest = "-".join(pairs[0].pair)
    document = query.events(store, query.EventFilter(pair=pairs[len(pairs) // 2].pair, limit=1))[0].document.id
    pages = {"pair": f"/pairs/{busiest}", "document": f"/documents/{document}", "events": "/events",
             "events filtered": f"/events?pair={busiest}&quad=verbal_conflict", "search": "/search?q=energy+security"}
    twins = {"pair": f"/api/pairs/{busiest}", "document": f"/api/documents/{document}", "events": "/api/events",
             "events filtered": f"/api/events?pair={busiest}&quad=verbal_conflict",
             "search": "/api/search?q=energy+security"}
    return {**{f"{k} page": v for k, v in pages.items()}, **{f"{k} JSON": v for k, v in twins.items()}}


def timed(client: httpx.Client, path: str) -> tuple[float, bool]:
    start = time.perf_counter()
    try:
        ok = client.get(path).status_code == 200
    except httpx.HTTPError:
        ok = False
    return time.perf_counter() - start, ok


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=10_000)
    ap.add_argument("--keep", type=Path)
    ap.add_argument("--reuse", action="store_true")
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--load", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=8)
    args = ap.parse_args()
    path = (args.keep or Path(tempfile.mkdtemp())) / f"web-{args.size}.db"
    url = f"sqlite:///{path}"
    if not (args.reuse and path.exists()):
        path.unlink(missing_ok=True)
        base = [d for d in process_all(read_sources([str(samples_dir())])) if isinstance(d, Document)]
        with Store(url) as store:
            fill(store, base, args.size)
    with Store(url) as store:
        pages = targets(store)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "dyads", "serve", "--db", url, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base_url = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base_url, timeout=60) as client:
            for _ in range(200):
                try:
                    client.get("/api/pairs")
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            print(f"{'request':<22} {'p50 ms':>8} {'p95 ms':>8}  "
                  f"({args.repeat} each, store of {args.size:,} documents)")
            for name, target in pages.items():
                timed(client, target)  # warm
                times = sorted(timed(client, target)[0] for _ in range(args.repeat))
                p95 = times[min(len(times) - 1, round(0.95 * len(times)) - 1)]
                print(f"{name:<22} {statistics.median(times) * 1000:8.0f} {p95 * 1000:8.0f}")
        mix = list(islice(cycle(pages.values()), args.load))
        start = time.perf_counter()
        with httpx.Client(base_url=base_url, timeout=60,
                          limits=httpx.Limits(max_connections=args.concurrency)) as client, \
                ThreadPoolExecutor(args.concurrency) as pool:
            results = list(pool.map(lambda p: timed(client, p), mix))
        elapsed = time.perf_counter() - start
        errors = sum(not ok for _, ok in results)
        times = sorted(t for t, _ in results)
        print(f"load: {args.load} requests, {args.concurrency} concurrent: {elapsed:.1f} s, "
              f"{args.load / elapsed:.1f} requests/s, {errors} errors, p50 {statistics.median(times) * 1000:.0f} ms, "
              f"p95 {times[round(0.95 * len(times)) - 1] * 1000:.0f} ms")
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()
