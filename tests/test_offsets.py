"""Every offset the system reports indexes the stored text, and every evidence string in a record is
an exact substring of the input text, on real documents (a spread of the bundled samples)."""

import json

from dyads.models import Document, SourceItem
from dyads.pipeline import process_all
from tests.conftest import SAMPLES, assert_exact


def test_offsets_and_evidence_are_exact_on_bundled_documents():
    paths = sorted(SAMPLES.glob("*.json"))[::4]
    records = [json.loads(p.read_text(encoding="utf-8")) for p in paths]
    items = [SourceItem(r["id"], "text", r["fetched_text"], source_id=r["id"], title=r.get("title")) for r in records]
    checked = 0
    for rec, doc in zip(records, process_all(items), strict=True):
        assert isinstance(doc, Document)
        assert doc.text == rec["fetched_text"]  # the stored text is the input text, boilerplate marked not cut
        checked += assert_exact(doc, rec["fetched_text"])
    assert checked > 100
