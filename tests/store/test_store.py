import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.conftest import SAMPLES

from dyads.models import Document
from dyads.pipeline import process_all
from dyads.sources import read_sources
from dyads.store import Store
from dyads.store.schema import SpeakerRow


def ingest(store: Store, *specs: str) -> tuple[int, int]:
    added = present = 0
    for doc in process_all(read_sources(list(specs))):
        assert isinstance(doc, Document)
        if store.add(doc):
            added += 1
        else:
            present += 1
    return added, present


def test_reingest_adds_nothing(store_url, corpus_dir):
    with Store(store_url) as store:
        assert ingest(store, str(corpus_dir)) == (12, 0)
        before = store.counts()
        assert ingest(store, str(corpus_dir)) == (0, 12)
        assert store.counts() == before


def test_same_content_with_other_whitespace_is_one_document(store_url, tmp_path):
    (tmp_path / "a.txt").write_text("SECRETARY KERRY: Hello\r\nworld.  Thank you.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("SECRETARY KERRY:  Hello world.\nThank you.\n", encoding="utf-8")
    with Store(store_url) as store:
        assert ingest(store, str(tmp_path)) == (1, 1)


def test_round_trip_and_lookup_by_source_id(store_url):
    with Store(store_url) as store:
        ingest(store, str(SAMPLES / "devset-d03.json"))
        doc = store.get("d03")
        assert doc is not None and store.get(doc.id[:6]).id == doc.id
        assert [s.label for s in doc.speakers] == ["QUESTION", "SECRETARY KERRY", "FOREIGN MINISTER LAVROV", "STAFF"]
        assert doc.date.value == "2016-11-17" and doc.location.country == "PER"
        assert all(doc.text[t.start:].startswith(t.label) for t in doc.turns)


def test_a_date_range_keeps_both_ends_in_the_store_and_the_record(store_url, tmp_path):
    from dyads.export.records import document_record

    path = tmp_path / "talks.txt"
    path.write_text("February 03, 2023\n\nWASHINGTON – Chile and the United States will hold talks in Washington "
                    "from February 6-10, 2023.", encoding="utf-8")
    with Store(store_url) as store:
        ingest(store, str(path))
        [row] = store.documents()
        doc = store.get(row[0])
        assert (doc.date.value, doc.date.end) == ("2023-02-06", "2023-02-10")
        assert (document_record(doc)["date"], document_record(doc)["date_end"]) == ("2023-02-06", "2023-02-10")


def test_interrupt_while_writing_leaves_no_half_document(store_url, corpus_dir, monkeypatch):
    """Ctrl-C between the document row and its speakers: the whole document is rolled back."""
    store = Store(store_url)
    docs = [d for d in process_all(read_sources([str(corpus_dir)])) if isinstance(d, Document)]
    assert store.add(docs[0])
    calls = {"n": 0}
    original = SpeakerRow.__init__

    def interrupt(self, *args, **kwargs):
        calls["n"] += 1
        raise KeyboardInterrupt

    monkeypatch.setattr(SpeakerRow, "__init__", interrupt)
    victim = next(d for d in docs[1:] if d.speakers)
    with pytest.raises(KeyboardInterrupt):
        store.add(victim)
    monkeypatch.setattr(SpeakerRow, "__init__", original)
    assert calls["n"] == 1
    assert not store.has(victim.id)
    assert store.counts()["documents"] == 1
    assert store.add(victim) and store.get(victim.id).speakers  # re-running completes it
    store.close()


def _count(db: Path) -> int:
    """Read the count without migrating: the process under test owns the schema."""
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet, or locked for a moment
        return 0


def test_killed_mid_batch_then_rerun_is_complete_without_duplicates(tmp_path: Path):
    """SIGKILL a real `dyads ingest` part-way, run it again: every document once, with all its turns."""
    corpus = tmp_path / "big"
    corpus.mkdir()
    for i, path in enumerate(sorted(SAMPLES.glob("*.json")) * 3):
        # vary each copy so that it is a distinct document
        text = path.read_text(encoding="utf-8").replace('"fetched_text": "', f'"fetched_text": "Copy {i}. ', 1)
        (corpus / f"{i:04d}.json").write_text(text, encoding="utf-8")
    total = len(list(corpus.iterdir()))
    db = tmp_path / "kill.db"
    cmd = [sys.executable, "-m", "dyads", "ingest", str(corpus), "--db", str(db)]
    env = os.environ | {"PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        stored = _count(db)
        if stored >= 20:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with Store(f"sqlite:///{db}") as store:
        partial = store.counts()["documents"]
    assert 0 < partial < total, "the kill should land mid-batch"
    subprocess.run(cmd, env=env, check=True, capture_output=True)
    with Store(f"sqlite:///{db}") as store:
        counts = store.counts()
        assert counts["documents"] == total
        with store.session() as s:
            from sqlalchemy import text
            dupes = s.execute(text("SELECT document_id, seq, COUNT(*) FROM turns GROUP BY 1, 2 HAVING COUNT(*) > 1"))
            assert dupes.all() == []
            per_doc = s.execute(text("SELECT COUNT(*) FROM documents d WHERE (SELECT COUNT(*) FROM speakers s "
                                     "WHERE s.document_id = d.id) = 0 AND d.id IN (SELECT document_id FROM turns)"))
            assert per_doc.scalar() == 0  # no document has turns but lost its speakers


def test_uncounted_events_are_stored_flagged_and_only_listed_on_request(store_url):
    from tests.conftest import analyse_text

    from dyads import query
    from dyads.models import MODALITIES
    from dyads.store import Store

    doc = analyse_text("Belgium did not condemn the United States. Belgium condemned Russia's aggression.",
                       title="Statement")
    modalities = {e.modality for e in doc.events}
    assert "asserted" in modalities
    with Store(store_url) as store:
        store.add(doc)
        default = [se.event for se in query.events(store)]
        everything = [se.event for se in query.events(store, query.EventFilter(modalities=MODALITIES))]
    assert all(ev.modality in ("asserted", "future") for ev in default)
    assert len(everything) == len(doc.events) >= len(default)
    assert {ev.modality for ev in everything} == modalities
