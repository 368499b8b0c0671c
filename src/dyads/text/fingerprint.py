"""Content hash that keys documents: the same text ingested twice is one document."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_WS = re.compile(r"\s+")


def normalise(text: str) -> str:
    """NFC, unified whitespace: line endings, non-breaking and doubled spaces do not make a new document."""
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()


def content_id(text: str) -> str:
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()[:16]
