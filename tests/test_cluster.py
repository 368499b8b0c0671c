"""Ingest on a local Dask cluster: the same store as one process, whatever happens to a worker."""

from __future__ import annotations

import os
from contextlib import suppress

import pytest
from distributed.comm.core import CommClosedError
from sqlalchemy import text

from dyads.cluster import cluster_ingest
from dyads.ingest import ingest
from dyads.settings import Settings
from dyads.sources import read_sources
from dyads.store import Store

pytestmark = pytest.mark.slow
SETTINGS = Settings(batch=2)   # small partitions: several per worker


def snapshot(store: Store) -> dict[str, list]:
    """Every table's content without surrogate keys or timestamps, in a fixed order."""
    queries = {
        "documents": "select id, source_id, doc_type, date, text, title from documents order by id",
        "events": "select document_id, seq, type, source, target, sentence, start, \"end\", modality from events "
                  "order by document_id, seq",
        "mentions": "select document_id, start, \"end\", actor_id from mentions order by document_id, start, \"end\"",
        "turns": "select document_id, seq, label from turns order by document_id, seq",
        "contacts": "select e.document_id, e.seq, c.kind, c.date from contacts c join events e on e.id = c.event_id "
                    "order by e.document_id, e.seq",
    }
    with store.engine.connect() as c:
        return {name: [tuple(r) for r in c.execute(text(q))] for name, q in queries.items()}


def test_a_two_worker_cluster_stores_what_one_process_stores(tmp_path, corpus_dir):
    with Store(f"sqlite:///{tmp_path / 'one.db'}") as one:
        list(ingest(read_sources([str(corpus_dir)]), one, SETTINGS))
        expected = snapshot(one)
    url = f"sqlite:///{tmp_path / 'cluster.db'}"
    outcomes = list(cluster_ingest([str(corpus_dir)], url, "local:2", SETTINGS))
    assert sum(o.added for o in outcomes) == len(expected["documents"]) == 12
    with Store(url) as store:
        assert snapshot(store) == expected


def test_a_worker_killed_mid_run_leaves_no_duplicate_and_the_rerun_completes(tmp_path, corpus_dir):
    from distributed import Client, LocalCluster

    url = f"sqlite:///{tmp_path / 'killed.db'}"
    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address="127.0.0.1:0", silence_logs=50) as cl, \
            Client(cl) as client:
        run = cluster_ingest([str(corpus_dir)], url, "", SETTINGS, client=client)
        first = next(run)
        victim = sorted(client.scheduler_info()["workers"])[0]
        with suppress(OSError, CommClosedError):         # it dies before it can answer
            client.run(os._exit, 1, workers=[victim])   # its nanny starts another process
        rest = [first, *run]
    assert len({o.name for o in rest}) == len(rest)    # each input reported once
    with Store(url) as store:
        stored = len(store.documents())
    again = list(cluster_ingest([str(corpus_dir)], url, "local:2", SETTINGS))
    assert not [o for o in again if o.rejection] and sum(o.added for o in again) == 12 - stored
    with Store(url) as store:
        ids = [d[0] for d in store.documents()]
        assert len(ids) == len(set(ids)) == 12


def test_sqlite_and_postgresql_stores_are_identical(tmp_path, corpus_dir, store_url):
    """Row by row, for the same inputs (store_url runs this on PostgreSQL where a server is available)."""
    with Store(f"sqlite:///{tmp_path / 'reference.db'}") as reference, Store(store_url) as other:
        for store in (reference, other):
            list(ingest(read_sources([str(corpus_dir)]), store, SETTINGS))
        assert snapshot(other) == snapshot(reference)


def test_workers_run_without_the_statistical_profiler(tmp_path, corpus_dir):
    """Its call trees grew a worker by ~70 kB a document; the plugin stops it on every worker it sets up."""
    from distributed import Client, LocalCluster

    url = f"sqlite:///{tmp_path / 'profiled.db'}"
    with LocalCluster(n_workers=1, threads_per_worker=1, dashboard_address="127.0.0.1:0", silence_logs=50) as cl, \
            Client(cl) as client:
        assert all(client.run(lambda dask_worker: "profile" in dask_worker.periodic_callbacks).values())
        assert sum(o.added for o in cluster_ingest([str(corpus_dir)], url, "", SETTINGS, client=client)) == 12
        profiling = client.run(lambda dask_worker: {"profile", "profile-cycle"} & set(dask_worker.periodic_callbacks))
        assert not any(profiling.values())
