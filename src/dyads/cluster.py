"""Ingest on a Dask cluster: the one scale-out mechanism (`dyads ingest --cluster local:N | tcp://HOST:PORT`,
and `--workers N` as `local:N`).

The client hands out partitions of the input list — paths and URLs, never bytes — and each worker runs the
same stage functions as a one-process run (`ingest.ingest`) on its partition and writes its documents
itself, each in its own transaction, to the store (PostgreSQL for a real cluster; SQLite works on one
machine, its writers queueing on the file lock), or to partitioned Parquet (`parquet://DIR`). A worker loads
the spaCy and event models once (`DyadsWorker`) and parses inside `nlp.memory_zone()`, so a long run does
not grow. A failed partition is retried (documents are keyed by their content hash, so a retry adds no
duplicate); one that fails for good becomes a rejection of each of its inputs.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from dyads import errors
from dyads.errors import BadOption, MissingDriver
from dyads.ingest import Outcome
from dyads.models import Rejection
from dyads.settings import Settings

RETRIES = 2
PARQUET = "parquet://"


def open_client(spec: str):
    """A Dask client: `local:N` starts N single-threaded worker processes here; `tcp://…` joins a
    scheduler started with `dask scheduler`."""
    try:
        from distributed import Client, LocalCluster
    except ModuleNotFoundError:
        raise MissingDriver("a cluster run needs Dask: pip install 'dyads[dask]'") from None
    if spec.startswith("local:") and spec[6:].isdigit() and int(spec[6:]) > 0:
        cluster = LocalCluster(n_workers=int(spec[6:]), threads_per_worker=1, processes=True,
                               dashboard_address="127.0.0.1:0", silence_logs=40)
        return Client(cluster)
    if spec.startswith(("tcp://", "tls://")):
        return Client(spec)
    raise BadOption(f"--cluster {spec!r}: use local:N (N worker processes here) or tcp://HOST:PORT (a scheduler)")


def _worker_plugin(settings: Settings):
    from distributed import WorkerPlugin

    class DyadsWorker(WorkerPlugin):
        """Loads the models once per worker process, before its first partition, and stops the worker's
        statistical profiler: its call trees of spaCy's and thinc's frames grew the worker by ~70 kB a
        document (250 → 334 MB over 1,600 documents, measured) until its 1,000-cycle history filled."""

        name = "dyads"

        def setup(self, worker) -> None:  # noqa: ANN001
            from dyads.pipeline import warm_up

            for callback in ("profile", "profile-cycle"):
                if (pc := worker.periodic_callbacks.pop(callback, None)) is not None:
                    pc.stop()
            warm_up(settings)   # the models, the matchers, every cache: outside any memory zone

    return DyadsWorker()


def ingest_partition(specs: list[str], target: str, settings: Settings) -> list[tuple]:
    """On a worker: one partition read, processed and written; (name, added, present, document, reason)
    per input document."""
    from dyads.nlp import load_nlp

    with load_nlp().memory_zone():
        if target.startswith(PARQUET):
            return _to_parquet(specs, Path(target[len(PARQUET):]), settings)
        from dyads.ingest import ingest
        from dyads.sources import read_sources

        outcomes = list(ingest(read_sources(specs, settings), _store(target), settings=settings))
    return [(o.name, o.added, o.present, o.document, o.rejection.reason if o.rejection else None) for o in outcomes]


_stores: dict = {}


def _store(url: str):
    """One store (engine and connection pool) per worker process and URL."""
    from dyads.store import Store

    if url not in _stores:
        _stores[url] = Store(url)
    return _stores[url]


def _to_parquet(specs: list[str], folder: Path, settings: Settings) -> list[tuple]:
    """The partition's documents and events as two Parquet files named by the partition's inputs, written
    whole then renamed: a retried partition replaces its files, never adds a second copy."""
    from dyads.export import Format, write_rows
    from dyads.export.records import document_record, plover_record
    from dyads.models import Document, DocumentRef, StoredEvent
    from dyads.pipeline import process_all
    from dyads.sources import read_sources

    key = hashlib.sha1("\n".join(specs).encode()).hexdigest()[:16]
    documents, events, out = [], [], []
    for doc in process_all(read_sources(specs, settings), settings):
        if not isinstance(doc, Document):
            out.append((doc.name, False, False, None, doc.reason))
            continue
        documents.append({"content_id": doc.id, "name": doc.name, "title": doc.title, **document_record(doc)})
        ref = DocumentRef(doc.id, doc.source_id, doc.title, doc.date.value if doc.date else None, doc.doc_type, doc.url)
        events += [plover_record(StoredEvent(e, ref, i)) for i, e in enumerate(doc.events) if e.counts]
        out.append((doc.name, True, False, doc.id, None))
    for kind, rows in (("documents", documents), ("events", events)):
        final = folder / kind / f"part-{key}.parquet"
        temporary = final.with_suffix(f".{os.getpid()}.tmp")
        write_rows(rows, Format.parquet, temporary)
        temporary.replace(final)
    return out


def cluster_ingest(specs: list[str], target: str, cluster: str, settings: Settings,
                   on_start: Callable[[str, int], None] = lambda link, parts: None, client=None  # noqa: ANN001
                   ) -> Iterator[Outcome]:
    """Outcomes as partitions finish (not in input order). `target` is a database URL or parquet://DIR;
    `on_start(dashboard link, partitions)` is called once the cluster is up. A notebook may pass its own
    Dask `client` instead of a `cluster` spec."""
    from contextlib import nullcontext

    from distributed import as_completed

    from dyads.sources import expand

    units = expand(specs)
    parts = [units[i:i + settings.batch] for i in range(0, len(units), settings.batch)]
    if target.startswith(PARQUET):
        for kind in ("documents", "events"):
            (Path(target[len(PARQUET):]) / kind).mkdir(parents=True, exist_ok=True)
    else:
        from dyads.store import Store

        Store(target).close()  # the schema is created once, here, not raced by the workers
    with nullcontext(client) if client is not None else open_client(cluster) as client:
        client.register_plugin(_worker_plugin(settings))
        on_start(client.dashboard_link, len(parts))
        futures = client.map(ingest_partition, parts, target=target, settings=settings, retries=RETRIES,
                             pure=False)
        partition = {f.key: part for f, part in zip(futures, parts, strict=True)}
        for future in as_completed(futures):
            if future.status == "error":
                reason = errors.INTERNAL.format(stage="processing on the cluster",
                                                error=f"{type(future.exception()).__name__}: {future.exception()}")
                for spec in partition[future.key]:
                    yield Outcome(spec, rejection=Rejection(spec, reason))
                continue
            for name, added, present, document, reason in future.result():
                yield Outcome(name, added=added, present=present, document=document,
                              rejection=Rejection(name, reason) if reason else None)
            future.release()

