"""Bytes → str with the encoding detected, and the binary / mis-encoded cases refused."""

from __future__ import annotations

import codecs
import re
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


# BOMs, longest first (UTF-32-LE's starts with UTF-16-LE's)
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Share of a sample's code units whose high bytes are NUL, above which the text is UTF-16/32 without a BOM
# (ASCII-heavy text in UTF-16 has ~100%; binary formats rarely show the regular pattern at every position).
# charset-normalizer alone is too willing here: it reads 11 bytes of binary as UTF-16 "text" (measured).
WIDE_SHARE = 0.9


def decode_bytes(data: bytes) -> str:
    """Return the text of `data`, or raise InputRejected with the reason."""
    for magic, what in MAGIC.items():
        if data.startswith(magic):
            raise InputRejected(errors.BINARY.format(what=what))
    codec = next((name for bom, name in BOMS if data.startswith(bom)), None) or _wide_codec(data)
    if codec:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            raise InputRejected(errors.UNDECODABLE) from exc
    elif b"\x00" in data:
        raise InputRejected(errors.BINARY.format(what="NUL bytes"))
    else:
        text = _decode_8bit(data)
    check_text(text)
    if "\x00" in text:
        raise InputRejected(errors.BINARY.format(what="NUL characters"))
    return text


def _wide_codec(data: bytes) -> str | None:
    """UTF-32 or UTF-16 (either byte order) without a BOM, told by where the NUL bytes fall."""
    sample = data[:8192]
    for width, codec in ((4, "utf-32"), (2, "utf-16")):
        units = len(sample) // width
        if units < 4 or len(data) % width:
            continue
        for order, zero_at in (("le", range(1, width)), ("be", range(width - 1))):
            zeros = sum(all(sample[u * width + k] == 0 for k in zero_at) for u in range(units))
            if zeros / units >= WIDE_SHARE:
                return f"{codec}-{order}"
    return None


def _decode_8bit(data: bytes) -> str:
    """UTF-8, else the one legacy encoding the bytes fit. Valid UTF-8 sequences beside invalid bytes are two
    encodings in one file: decoding either way would store mojibake, so the input is refused."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        multibyte = re.search(rb"[\xc2-\xf4][\x80-\xbf]+", data)
        if multibyte and data[multibyte.start():multibyte.end()].decode("utf-8", "ignore"):
            raise InputRejected(errors.MIXED_ENCODING.format(offset=exc.start)) from None
    best = from_bytes(data).best()
    if best is None:
        raise InputRejected(errors.UNDECODABLE)
    return str(best)


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
