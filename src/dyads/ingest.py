"""Ingest: the pipeline over many inputs, in one process or several, with one writer.

Workers clean, parse and code documents; the calling process alone writes to the store, each document
in its own transaction, so the store never sees two writers and a crash still leaves whole documents
only. Inputs stream through in chunks: nothing holds the whole corpus in memory.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial

from dyads.models import Document, Rejection, SourceItem
from dyads.pipeline import batched, guarded, process_all
from dyads.settings import DEFAULT, Settings
from dyads.store import Store


@dataclass
class Outcome:
    name: str
    added: bool = False
    present: bool = False
    rejection: Rejection | None = None
    document: str | None = None      # the content id it was stored under (or found under)


def _process_chunk(chunk: tuple[SourceItem | Rejection, ...], settings: Settings = DEFAULT
                   ) -> list[Document | Rejection]:
    return list(process_all(chunk, settings))


def processed(items: Iterable[SourceItem | Rejection], workers: int = 1, settings: Settings = DEFAULT
              ) -> Iterator[Document | Rejection]:
    """Documents (or rejections) in input order, computed by `workers` processes."""
    if workers <= 1:
        yield from process_all(items, settings)
        return
    # forkserver/spawn, never fork: the CLI runs a progress thread, and forking a threaded process can hang
    ctx = mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
    with ctx.Pool(workers) as pool:
        # imap keeps order and bounds nothing by itself; chunks are small and results are written at once
        for results in pool.imap(partial(_process_chunk, settings=settings), batched(items, settings.batch)):
            yield from results


def ingest(items: Iterable[SourceItem | Rejection], store: Store, workers: int = 1, settings: Settings = DEFAULT
           ) -> Iterator[Outcome]:
    for result in processed(items, workers, settings):
        stored = guarded(result.name, "storing", None, store.add, result) if isinstance(result, Document) else result
        if isinstance(stored, Rejection):
            yield Outcome(result.name, rejection=stored)
        else:
            yield Outcome(result.name, added=stored, present=not stored, document=result.id)
