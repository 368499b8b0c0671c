"""The one place that orders the stages and holds the error policy: an input either becomes a
`Document` or a `Rejection` with its reason; nothing in between, nothing raised to the caller."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from dyads.errors import InputRejected
from dyads.models import Document, Rejection, SourceItem
from dyads.structure import analyse
from dyads.text import clean


def process(item: SourceItem) -> Document | Rejection:
    try:
        return analyse(clean(item))
    except InputRejected as exc:
        return Rejection(item.name, exc.reason)


def process_all(items: Iterable[SourceItem | Rejection]) -> Iterator[Document | Rejection]:
    for item in items:
        yield item if isinstance(item, Rejection) else process(item)
