"""Sources: turn what the user names (paths, directories, JSON/JSONL, stdin, URLs) into `SourceItem`s.

Every problem becomes a `Rejection` naming the input and the reason, so one bad file never stops
a batch. Nothing here cleans text; that is the `text` stage.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator

from dyads.models import Rejection, SourceItem
from dyads.settings import DEFAULT, Settings
from dyads.sources.files import read_path
from dyads.sources.web import fetch_url

Item = SourceItem | Rejection


def read_sources(specs: Iterable[str], settings: Settings = DEFAULT) -> Iterator[Item]:
    """Yield one item per document found in each spec, in order."""
    for spec in specs:
        if spec == "-":
            from dyads.sources.files import items_from_bytes

            yield from items_from_bytes("stdin", sys.stdin.buffer.read(settings.max_bytes + 1), settings)
        elif spec.startswith(("http://", "https://")):
            yield from fetch_url(spec, settings)
        else:
            yield from read_path(spec, settings)


def expand(specs: Iterable[str]) -> list[str]:
    """The specs with every directory replaced by its files: the units a cluster run hands out (paths
    and URLs, never bytes). Standard input cannot be handed out."""
    from pathlib import Path

    from dyads.errors import BadOption
    from dyads.sources.files import files_under

    out: list[str] = []
    for spec in specs:
        if spec == "-":
            raise BadOption("standard input (-) cannot be shared out to a cluster: save it to a file first")
        path = Path(spec)
        out += [str(p) for p in files_under(path)] if not spec.startswith(("http://", "https://")) and path.is_dir() \
            else [spec]
    return out
