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
