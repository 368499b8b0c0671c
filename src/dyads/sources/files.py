"""Files and directories (recursive), dispatched on suffix, sniffed when the suffix says nothing."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

from dyads import errors
from dyads.models import Rejection, SourceItem
from dyads.settings import Settings
from dyads.sources.records import items_from_json, items_from_jsonl

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | {".json", ".jsonl"}


def read_path(spec: str, settings: Settings) -> Iterator[SourceItem | Rejection]:
    path = Path(spec)
    if path.is_dir():
        for child in files_under(path):
            yield from read_file(child, settings)
    elif path.exists():
        yield from read_file(path, settings)
    else:
        yield Rejection(spec, errors.NOT_FOUND)


def files_under(folder: Path) -> Iterator[Path]:
    """The supported files under a folder, recursively, in a stable order; hidden ones skipped."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            child = Path(root) / name
            if child.suffix.lower() in SUPPORTED and not name.startswith("."):
                yield child


# what a path that is not a regular file is; reading a FIFO or a device could block forever
SPECIAL = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
           (stat.S_ISSOCK, "a socket"))


def read_file(path: Path, settings: Settings) -> Iterator[SourceItem | Rejection]:
    name = str(path)
    try:
        info = path.stat()
    except OSError as exc:
        yield Rejection(name, f"cannot read: {exc.strerror or exc}")
        return
    if not stat.S_ISREG(info.st_mode):
        what = next((label for test, label in SPECIAL if test(info.st_mode)), "not a file")
        yield Rejection(name, errors.NOT_REGULAR.format(what=what))
        return
    size = info.st_size
    if size > settings.max_bytes:  # checked before reading: a 5 GB file must not be loaded
        yield Rejection(name, errors.TOO_LARGE.format(size=size, limit=settings.max_bytes))
        return
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Rejection(name, f"cannot read: {exc.strerror or exc}")
        return
    if suffix == ".json":
        yield from items_from_json(name, data, path.stem)
    elif suffix == ".jsonl":
        yield from items_from_jsonl(name, data)
    elif suffix in HTML_SUFFIXES:
        yield SourceItem(name, "html", data, source_id=path.stem)
    elif suffix in TEXT_SUFFIXES:
        yield SourceItem(name, "text", data, source_id=path.stem)
    else:
        yield from items_from_bytes(name, data, settings, source_id=path.stem)


def items_from_bytes(
    name: str, data: bytes, settings: Settings, source_id: str | None = None
) -> Iterator[SourceItem | Rejection]:
    """Bytes of unknown form (stdin, a file without a known suffix): sniff JSON, HTML or text."""
    if len(data) > settings.max_bytes:
        yield Rejection(name, errors.TOO_LARGE.format(size=len(data), limit=settings.max_bytes))
        return
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"{", b"[")):
        first_line = data.lstrip().split(b"\n", 1)[0].strip()
        if head.startswith(b"{") and first_line.endswith(b"}") and data.strip().count(b"\n"):
            yield from items_from_jsonl(name, data)
        else:
            yield from items_from_json(name, data, source_id or name)
    elif head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head:
        yield SourceItem(name, "html", data, source_id=source_id)
    else:
        yield SourceItem(name, "text", data, source_id=source_id)
