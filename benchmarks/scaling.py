"""Throughput, memory and scaling of the whole pipeline against its own limit, in one run.

    python -m benchmarks.scaling [--sizes 200 1000 5000] [--json benchmarks/scaling.json]

For each corpus size (built from the bundled samples, each copy varied so that no two documents are
the same), and for 1 and 2 processes, it measures side by side:
  floor   spaCy `nlp.pipe` alone over the same prepared texts, same model and settings (n_process=P)
  ingest  `dyads ingest` end to end (clean, structure, NLP, actors, events, store): in this process for
          P = 1, on a local Dask cluster of P workers (`--cluster local:P`) otherwise
and reports documents/s, sentences/s, tokens/s, peak RSS (the largest single process) and the size of
the SQLite database per 1,000 documents. Every measurement runs in a fresh subprocess, so its peak RSS
is its own. It prints one table and writes the rows as JSON, to compare across commits.
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

from dyads.cli.common import samples_dir
from dyads.models import SourceItem


def corpus(size: int) -> list[SourceItem]:
    """`size` distinct documents: the samples in rotating order, each copy with its own first line."""
    records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(samples_dir().glob("*.json"))]
    out = []
    for i in range(size):
        rec = records[(i * 7) % len(records)]
        out.append(SourceItem(f"bench-{i}", "text", f"Copy {i} of {rec['id']}.\n{rec['fetched_text']}",
                              source_id=f"bench-{i}", title=rec.get("title")))
    return out


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024  # Linux reports KiB


def measure_floor(size: int, processes: int) -> dict:
    from dyads.nlp import load_nlp, prepare
    from dyads.structure import analyse
    from dyads.text import clean

    texts = [prepare(analyse(clean(item))) for item in corpus(size)]
    nlp = load_nlp()
    nlp("warm up")
    sentences = tokens = 0
    t0 = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=16, n_process=processes):
        sentences += sum(1 for _ in doc.sents)
        tokens += len(doc)
    return {"seconds": time.perf_counter() - t0, "sentences": sentences, "tokens": tokens}


def write_corpus(size: int, folder: Path) -> None:
    """The corpus as JSON files: what a cluster run hands out are paths."""
    folder.mkdir(parents=True, exist_ok=True)
    for item in corpus(size):
        (folder / f"{item.source_id}.json").write_text(
            json.dumps({"id": item.source_id, "title": item.title, "text": item.data}), encoding="utf-8")


def measure_ingest(size: int, processes: int) -> dict:
    from dyads.cluster import cluster_ingest
    from dyads.ingest import ingest
    from dyads.nlp import load_nlp
    from dyads.settings import Settings
    from dyads.sources import read_sources
    from dyads.store import Store

    load_nlp()("warm up")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        write_corpus(size, Path(tmp) / "corpus")
        store = Store(f"sqlite:///{db}")
        t0 = time.perf_counter()
        if processes == 1:
            added = sum(o.added for o in ingest(read_sources([f"{tmp}/corpus"]), store))
        else:
            added = sum(o.added for o in cluster_ingest([f"{tmp}/corpus"], store.url, f"local:{processes}",
                                                        Settings(batch=8)))
        seconds = time.perf_counter() - t0
        counts = store.counts()
        store.close()
        size_bytes = sum(p.stat().st_size for p in Path(tmp).glob("bench.db*"))
    return {"seconds": seconds, "added": added, "events": counts["events"], "db_bytes": size_bytes}


def one(kind: str, size: int, processes: int) -> None:
    result = (measure_floor if kind == "floor" else measure_ingest)(size, processes)
    result["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(result))


def run_one(kind: str, size: int, processes: int) -> dict:
    out = subprocess.run([sys.executable, "-m", "benchmarks.scaling", "--one", kind, str(size), str(processes)],
                         check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[200, 1000, 5000])
    ap.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--json", type=Path, default=Path("benchmarks/scaling.json"))
    ap.add_argument("--one", nargs=3, metavar=("KIND", "SIZE", "PROCESSES"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        one(args.one[0], int(args.one[1]), int(args.one[2]))
        return
    rows = []
    header = (f"{'docs':>6} {'P':>2} {'floor s':>8} {'ingest s':>9} {'docs/s':>7} {'sent/s':>7} {'tok/s':>7} "
              f"{'ratio':>6} {'RSS MB':>7} {'DB MB/1k':>8}")
    print(header)
    for size in args.sizes:
        for p in args.processes:
            floor = run_one("floor", size, p)
            ing = run_one("ingest", size, p)
            row = {
                "documents": size, "processes": p, "floor_seconds": round(floor["seconds"], 2),
                "ingest_seconds": round(ing["seconds"], 2),
                "ingest_docs_per_s": round(size / ing["seconds"], 2),
                "ingest_sentences_per_s": round(floor["sentences"] / ing["seconds"], 1),
                "ingest_tokens_per_s": round(floor["tokens"] / ing["seconds"], 1),
                "floor_docs_per_s": round(size / floor["seconds"], 2),
                "ratio_to_floor": round(floor["seconds"] / ing["seconds"], 3),
                "ingest_peak_rss_mb": round(ing["peak_rss_mb"], 1),
                "floor_peak_rss_mb": round(floor["peak_rss_mb"], 1),
                "db_mb_per_1000_docs": round(ing["db_bytes"] / 1e6 / size * 1000, 2),
                "events": ing["events"],
            }
            rows.append(row)
            print(f"{size:>6} {p:>2} {row['floor_seconds']:>8} {row['ingest_seconds']:>9} "
                  f"{row['ingest_docs_per_s']:>7} {row['ingest_sentences_per_s']:>7} {row['ingest_tokens_per_s']:>7} "
                  f"{row['ratio_to_floor']:>6} {row['ingest_peak_rss_mb']:>7} {row['db_mb_per_1000_docs']:>8}",
                  flush=True)
    by = {(r["documents"], r["processes"]): r for r in rows}
    for size in args.sizes:
        if (size, 1) in by and (size, 2) in by:
            speedup = by[(size, 2)]["ingest_docs_per_s"] / by[(size, 1)]["ingest_docs_per_s"]
            print(f"{size} docs: 2 processes = {speedup:.2f} × one process")
    small, large = min(args.sizes), max(args.sizes)
    if small != large and (small, 1) in by and (large, 1) in by:
        a, b = by[(small, 1)], by[(large, 1)]
        print(f"growth {small}→{large} docs (1 process): time ×{b['ingest_seconds'] / a['ingest_seconds']:.1f} "
              f"for ×{large / small:.0f} documents; peak RSS {a['ingest_peak_rss_mb']} → {b['ingest_peak_rss_mb']} MB")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"rows": rows}, indent=2) + "\n")
    print(f"written to {args.json}")


if __name__ == "__main__":
    main()
