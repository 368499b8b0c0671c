"""Every offset the system reports indexes the stored text, and every evidence string in a record is
an exact substring of the input text, on real documents (a spread of the bundled samples)."""

import json

from dyads.models import Document, SourceItem
from dyads.pipeline import process_all
from dyads.record import to_record
from tests.conftest import SAMPLES


def test_offsets_and_evidence_are_exact_on_bundled_documents():
    paths = sorted(SAMPLES.glob("*.json"))[::4]
    records = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
    items = [SourceItem(r["id"], "text", r["fetched_text"], source_id=r["id"], title=r.get("title")) for r in records]
    checked = 0
    for rec, doc in zip(records, process_all(items), strict=True):
        assert isinstance(doc, Document)
        source = rec["fetched_text"]
        assert doc.text == source  # the stored text is the input text, boilerplate marked not cut
        out = to_record(doc)
        for evidence in (out["date_evidence"], (out["location"] or {}).get("text")):
            assert evidence is None or evidence in source
        if doc.date and doc.date.start is not None:
            assert source[doc.date.start:doc.date.start + len(doc.date.text)] == doc.date.text
        for m in doc.mentions:
            assert source[m.start:m.end] == m.text
            checked += 1
        for t in doc.turns:
            assert source[t.start:t.start + len(t.label)] == t.label and t.start <= t.text_start <= t.end
        for span in doc.boilerplate:
            assert 0 <= span.start < span.end <= len(source)
    assert checked > 100
