"""Long texts are parsed in segments with exact offsets; seeded mutations of real documents never let an
exception escape the pipeline."""

from __future__ import annotations

import json
import random

import pytest
from benchmarks.long_document import transcript

import dyads.nlp
from dyads.models import Document, Rejection, SourceItem
from dyads.nlp import segments
from dyads.pipeline import process_all
from dyads.settings import Settings
from tests.conftest import SAMPLES, assert_exact


def _samples(n: int) -> list[str]:
    return [json.loads(p.read_text(encoding="utf-8"))["fetched_text"] for p in sorted(SAMPLES.glob("*.json"))[:n]]


def test_segments_cover_the_text_and_cut_at_line_ends():
    text = "\n".join(f"Line {i} says something about the talks." for i in range(2000))
    spans = list(segments(text, 5000))
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert all(end - start <= 5000 and text[end - 1] == "\n" for start, end in spans[:-1])
    assert list(segments("x" * 12, 5)) == [(0, 5), (5, 10), (10, 12)]  # no line end, no space: hard cuts


def test_segmented_parse_keeps_every_offset(monkeypatch):
    """A text many segments long (segments made small here) keeps exact offsets and finds what one parse finds."""
    text = "\n\n".join(_samples(12))
    [whole] = process_all([SourceItem("whole", "text", text)])
    monkeypatch.setattr(dyads.nlp, "SEGMENT", 3000)
    [cut] = process_all([SourceItem("cut", "text", text)])
    assert isinstance(cut, Document) and cut.text == text
    assert assert_exact(cut, text) > 50
    assert abs(len(cut.mentions) - len(whole.mentions)) <= 0.05 * len(whole.mentions)
    assert abs(len(cut.events) - len(whole.events)) <= max(3, 0.2 * len(whole.events))


def test_a_long_text_coded_section_by_section_is_coded_as_a_whole(monkeypatch):
    """Past `LONG` the parse is never joined: each section is read in turn, twice, and what every stage finds
    (offsets moved back into the stored text) is what the joined parse of the same segments gives."""
    import dyads.pipeline

    text = "\n\n".join(_samples(6))
    monkeypatch.setattr(dyads.nlp, "SEGMENT", 2000)
    [whole] = process_all([SourceItem("t", "text", text)])
    monkeypatch.setattr(dyads.pipeline, "LONG", 1000)
    [cut] = process_all([SourceItem("t", "text", text)])
    assert len(list(dyads.nlp.segments(text, 2000))) >= 5
    assert assert_exact(cut, text) > 30 and cut.events and cut.facts
    for field in ("mentions", "dyads", "events", "facts", "topics", "topic_spans", "contacts"):
        assert getattr(cut, field) == getattr(whole, field), field


@pytest.mark.slow
def test_text_over_spacy_max_length_is_stored_whole():
    text = transcript(1_100_000)  # spaCy refuses more than 1,000,000 characters in one call (E088)
    [doc] = process_all([SourceItem("long", "text", text)], Settings(time_budget=0))
    assert isinstance(doc, Document), doc
    assert assert_exact(doc, text) > 1000 and doc.events


MUTATIONS = ("flip", "control", "truncate", "repeat", "unicode", "markup", "labels", "nul", "split-utf8")


def _mutate(data: bytes, rng: random.Random) -> bytes:
    kind = rng.choice(MUTATIONS)
    at = rng.randrange(len(data))
    if kind == "flip":
        out = bytearray(data)
        for _ in range(rng.randint(1, 50)):
            out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
        return bytes(out)
    if kind == "control":
        return data[:at] + bytes(rng.choice([0x1b, 0x07, 0x08, 0x0c, 0x7f]) for _ in range(5)) + data[at:]
    if kind == "truncate":
        return data[:at]
    if kind == "repeat":
        return data[:at] + data[at:at + 200] * rng.randint(2, 200) + data[at:]
    if kind == "unicode":
        return data[:at] + "".join(chr(rng.randrange(0x80, 0x2FFFF)) for _ in range(30)).encode(
            "utf-8", "ignore") + data[at:]
    if kind == "markup":
        return b"<html><body>" + b"<div><p>" * rng.randint(1, 400) + data + b"</p>" * 3 + b"</body></html>"
    if kind == "labels":
        return data[:at] + b"\nMR PRICE:\nSECRETARY BLINKEN:\n" * rng.randint(1, 300) + data[at:]
    if kind == "nul":
        return data[:at] + b"\x00" + data[at:]
    return data[:at] + b"\xe2\x80" + data[at:]  # a UTF-8 sequence cut short


@pytest.mark.slow
def test_fuzzed_samples_never_escape_the_boundary():
    rng = random.Random(20261201)
    sources = [text.encode() for text in _samples(99)]
    items = [SourceItem(f"fuzz-{i}", "text", _mutate(rng.choice(sources), rng)) for i in range(300)]
    results = list(process_all(items))  # an escaping exception fails the test here
    assert len(results) == len(items)
    stored = [r for r in results if isinstance(r, Document)]
    assert len(stored) > 150
    assert not [r for r in results if isinstance(r, Rejection) and r.reason.startswith("internal error")]
    for doc in stored:
        assert_exact(doc, doc.text)
