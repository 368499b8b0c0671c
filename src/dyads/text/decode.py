"""Bytes → str with the encoding detected, and the binary / mis-encoded cases refused."""

from __future__ import annotations

import unicodedata

from charset_normalizer import from_bytes

from dyads import errors
from dyads.errors import InputRejected

# Magic numbers of formats people drop into a folder of documents by mistake.
MAGIC = {
    b"%PDF": "a PDF file", b"PK\x03\x04": "a ZIP/Office file", b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image", b"\x7fELF": "an executable",
    b"\x1f\x8b": "gzip data",
}
# Share of control characters (other than tab/newline/CR/FF) above which decoded text is not text.
# Real documents in the samples and devset have none; mojibake from a wrong codec has several percent.
MAX_CONTROL_SHARE = 0.01


def decode_bytes(data: bytes) -> str:
    """Return the text of `data`, or raise InputRejected with the reason."""
    for magic, what in MAGIC.items():
        if data.startswith(magic):
            raise InputRejected(errors.BINARY.format(what=what))
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputRejected(errors.BINARY.format(what="NUL bytes"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise InputRejected(errors.UNDECODABLE) from None
        text = str(best)
    check_text(text)
    return text


def check_text(text: str) -> str:
    """Refuse text that is empty or made of control characters / replacement characters."""
    if not text.strip():
        raise InputRejected(errors.EMPTY)
    sample = text[:100_000]
    bad = sum(
        1 for ch in sample
        if ch == "\ufffd" or (unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f")
    )
    if bad / len(sample) > MAX_CONTROL_SHARE:
        raise InputRejected(errors.UNDECODABLE)
    return text
