"""Shared fixtures. Test documents are the project's own: the bundled public-domain samples
(src/dyads/samples) and small texts written in the tests; nothing here reads ../shared."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import pytest

from dyads.cli.common import samples_dir
from dyads.models import Document, SourceItem
from dyads.pipeline import process, process_all

SAMPLES = samples_dir()


def sample_record(name: str) -> dict:
    return json.loads((SAMPLES / f"{name}.json").read_text(encoding="utf-8"))


def analyse_text(text: str, title: str | None = None, kind: str = "text", url: str | None = None) -> Document:
    result = process(SourceItem("test", kind, text, source_id="test", title=title, url=url))
    assert isinstance(result, Document), result
    return result


def analyse_sample(name: str) -> Document:
    rec = sample_record(name)
    result = process(SourceItem(name, "text", rec["fetched_text"], source_id=rec["id"], url=rec.get("url"),
                                title=rec.get("title")))
    assert isinstance(result, Document), result
    return result


def assert_exact(doc: Document, source: str) -> int:
    """Every offset of `doc` indexes `source` and every evidence string is an exact substring of it;
    returns the number of mentions and events checked."""
    from dyads.export.records import document_record

    out = document_record(doc)
    outside = f"{doc.title or ''} {doc.url or ''}"  # a date or venue read from the title or URL has no offset
    for value, evidence in ((doc.date, out["date_evidence"]), (doc.location, (out["location"] or {}).get("text"))):
        assert evidence is None or evidence in (source if value.start is not None else outside)
    if doc.date and doc.date.start is not None:
        assert source[doc.date.start:doc.date.start + len(doc.date.text)] == doc.date.text
    if doc.location and doc.location.start is not None:
        assert source[doc.location.start:doc.location.start + len(doc.location.text)] == doc.location.text
    for m in doc.mentions:
        assert source[m.start:m.end] == m.text
    for e in doc.events:
        assert source[e.start:e.end] == e.sentence
    for t in doc.turns:
        assert source[t.start:t.start + len(t.label)] == t.label and t.start <= t.text_start <= t.end
    for span in doc.boilerplate:
        assert 0 <= span.start < span.end <= len(source)
    return len(doc.mentions) + len(doc.events)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path: Path):
    """A fresh empty database on each backend: SQLite in a file, and a new database on the PostgreSQL
    server that `scripts/test.sh` starts (its URL in DYADS_TEST_POSTGRES), dropped afterwards."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    server = os.environ.get("DYADS_TEST_POSTGRES")
    if not server:
        pytest.skip("no PostgreSQL server: scripts/test.sh starts one where PostgreSQL is installed")
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"dyads_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(server).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A folder of 12 bundled sample documents as JSON files."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in sorted(SAMPLES.glob("s0*.json"))[:12]:
        (folder / path.name).write_bytes(path.read_bytes())
    return folder


@pytest.fixture(scope="session")
def samples_store(tmp_path_factory):
    """A store of every bundled sample, built once per test session."""
    from dyads.sources import read_sources
    from dyads.store import Store

    url = f"sqlite:///{tmp_path_factory.mktemp('samples') / 'samples.db'}"
    with Store(url) as store:
        for doc in process_all(read_sources([str(SAMPLES)])):
            if isinstance(doc, Document):
                store.add(doc)
        yield store
