"""Scale-out figures, side by side in one run: one process, a local Dask cluster of 1 and of 2 workers,
SQLite against PostgreSQL writes, peak RSS per worker at two corpus sizes, and a projection to millions.

    python -m benchmarks.cluster [--sizes 1000 5000] [--postgres URL]

Each configuration runs in a fresh subprocess over the same corpus of distinct documents (benchmarks.scaling:
the samples, each copy varied) written as JSON files, since a cluster hands out paths. Without --postgres,
a throwaway server is started with scripts/postgres.sh where PostgreSQL is installed.
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

from benchmarks.scaling import write_corpus

CONFIGS = ("one process", "local:1", "local:2", "one process, PostgreSQL")


def run(config: str, size: int, corpus: Path, db: str) -> dict:
    """In this (fresh) process: ingest the corpus with `config`; seconds, documents, peak RSS per process."""
    from dyads.cluster import cluster_ingest
    from dyads.ingest import ingest
    from dyads.settings import Settings
    from dyads.sources import read_sources
    from dyads.store import Store

    Store(db).close()   # schema first: not part of the timing
    start = time.perf_counter()
    if config.startswith("one process"):
        with Store(db) as store:
            added = sum(o.added for o in ingest(read_sources([str(corpus)]), store))
        rss = [resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024]
    else:
        from distributed import Client, LocalCluster

        workers = int(config.split(":")[1])
        with LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address="127.0.0.1:0",
                          silence_logs=50) as cluster, Client(cluster) as client:
            start = time.perf_counter()  # the workers are up; their model loading is timed (warm-up)
            added = sum(o.added for o in cluster_ingest([str(corpus)], db, "", Settings(batch=8), client=client))
            rss = sorted(v / 1024 for v in client.run(
                lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss).values())
    seconds = time.perf_counter() - start
    return {"config": config, "documents": size, "added": added, "seconds": round(seconds, 1),
            "docs_per_s": round(added / seconds, 2), "peak_rss_mb": [round(r) for r in rss],
            "db_mb_per_1k": round(_db_bytes(db) / 2**20 / size * 1000, 1)}


def _db_bytes(db: str) -> int:
    if db.startswith("sqlite:///"):
        path = Path(db[len("sqlite:///"):])
        return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    from sqlalchemy import create_engine, text

    engine = create_engine(db)
    with engine.connect() as c:
        size = c.execute(text("select pg_database_size(current_database())")).scalar()
    engine.dispose()
    return size


def _fresh_postgres(server: str, name: str) -> str:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        c.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(server).set(database=name).render_as_string(hide_password=False)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    ap.add_argument("--postgres", help="a PostgreSQL server URL (postgresql+psycopg://user@host:port/db)")
    ap.add_argument("--one", nargs=4, metavar=("CONFIG", "SIZE", "CORPUS", "DB"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(run(args.one[0], int(args.one[1]), Path(args.one[2]), args.one[3])))
        return
    with tempfile.TemporaryDirectory() as tmp:
        server, pgdir = args.postgres, None
        if server is None and list(Path("/usr/lib/postgresql").glob("*/bin")):
            pgdir = Path(tempfile.mkdtemp(prefix="dyads-pg."))   # directly under /tmp: the server's user must reach it
            server = subprocess.run(["bash", "scripts/postgres.sh", "start", str(pgdir), "54391"], check=True,
                                    capture_output=True, text=True).stdout.strip()
        try:
            rows = []
            for size in args.sizes:
                corpus = Path(tmp) / f"corpus-{size}"
                write_corpus(size, corpus)
                for config in CONFIGS:
                    if "PostgreSQL" in config:
                        if not server:
                            continue
                        db = _fresh_postgres(server, f"bench_{size}")
                    else:
                        db = f"sqlite:///{tmp}/{config.replace(' ', '-').replace(':', '')}-{size}.db"
                    out = subprocess.run([sys.executable, "-m", "benchmarks.cluster", "--one", config, str(size),
                                          str(corpus), db], check=True, capture_output=True, text=True)
                    rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
                    print(rows[-1], flush=True)
        finally:
            if pgdir:
                subprocess.run(["bash", "scripts/postgres.sh", "stop", str(pgdir)], check=False)
    report(rows)


def report(rows: list[dict]) -> None:
    print(f"\n{'configuration':<26} {'docs':>6} {'s':>7} {'docs/s':>7} {'per worker':>10} {'peak RSS MB':>14} "
          f"{'DB MB/1k':>8}")
    for r in rows:
        workers = int(r["config"].split(":")[1]) if ":" in r["config"] else 1
        print(f"{r['config']:<26} {r['documents']:>6} {r['seconds']:>7} {r['docs_per_s']:>7} "
              f"{r['docs_per_s'] / workers:>10.2f} {'/'.join(map(str, r['peak_rss_mb'])):>14} {r['db_mb_per_1k']:>8}")
    largest = max(r["documents"] for r in rows)
    by = {r["config"]: r for r in rows if r["documents"] == largest}
    if "local:1" in by and "local:2" in by:
        efficiency = by["local:2"]["docs_per_s"] / (2 * by["local:1"]["docs_per_s"])
        per_core = by["local:2"]["docs_per_s"] / 2
        print(f"\nscaling efficiency local:2 vs 2 × local:1: {efficiency:.2f}; per-core rate {per_core:.1f} docs/s")
        for total in (1_000_000, 10_000_000):
            hours = ", ".join(f"{w} workers {total / (per_core * w) / 3600:.1f} h" for w in (16, 64, 256))
            db = min(r["db_mb_per_1k"] for r in by.values()) * total / 1000 / 1024
            print(f"{total:>10,} documents: {hours}; database about {db:.0f} GB")


if __name__ == "__main__":
    main()
