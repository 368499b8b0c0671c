"""Ingest: the pipeline over many inputs in this process, each document written in its own transaction.

A crash or Ctrl-C leaves whole documents only, and documents are keyed by their content hash, so running
the same batch again adds exactly what is missing. Inputs stream through: nothing holds the whole corpus
in memory. To use more cores or machines, `dyads.cluster` runs this same function on partitions of the
inputs, one per Dask worker.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from dyads.models import Document, Rejection, SourceItem
from dyads.pipeline import guarded, process_all
from dyads.settings import DEFAULT, Settings
from dyads.store import Store


@dataclass
class Outcome:
    name: str
    added: bool = False
    present: bool = False
    rejection: Rejection | None = None
    document: str | None = None      # the content id it was stored under (or found under)


def ingest(items: Iterable[SourceItem | Rejection], store: Store, settings: Settings = DEFAULT) -> Iterator[Outcome]:
    for result in process_all(items, settings):
        stored = guarded(result.name, "storing", None, store.add, result) if isinstance(result, Document) else result
        if isinstance(stored, Rejection):
            yield Outcome(result.name, rejection=stored)
        else:
            yield Outcome(result.name, added=stored, present=not stored, document=result.id)
