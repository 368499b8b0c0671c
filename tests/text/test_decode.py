import pytest

from dyads import errors
from dyads.errors import InputRejected
from dyads.text.decode import decode_bytes

TEXT = "Foreign Minister Wilmès welcomed Secretary Blinken to Brussels – “a pleasure”."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_detects_encoding(encoding):
    assert decode_bytes(TEXT.encode(encoding)) == TEXT


@pytest.mark.parametrize("data, reason", [
    (b"", errors.EMPTY),
    (b"   \n\t  ", errors.EMPTY),
    (b"%PDF-1.7\n...", "binary data, not text (found a PDF file)"),
    (b"\x89PNG\r\n\x1a\n....", "binary data, not text (found a PNG image)"),
    (b"abc\x00\x00\x01\x02def", "binary data, not text (found NUL bytes)"),
])
def test_rejects_empty_and_binary(data, reason):
    with pytest.raises(InputRejected) as exc:
        decode_bytes(data)
    assert exc.value.reason == reason


def test_rejects_control_garbage_as_misencoded():
    garbage = bytes(range(1, 32)) * 200 + b"text"
    with pytest.raises(InputRejected) as exc:
        decode_bytes(garbage)
    assert exc.value.reason == errors.UNDECODABLE
