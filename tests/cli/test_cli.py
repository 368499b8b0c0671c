import json
from pathlib import Path

from tests.conftest import SAMPLES
from typer.testing import CliRunner

from dyads.cli.app import app

runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def bad_inputs(folder: Path) -> dict[str, str]:
    """Each bad-input case, and the reason the user must see for it."""
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"%PDF-1.4 \x00\x01\x02")
    (folder / "garbled.txt").write_bytes(bytes(range(1, 32)) * 100)
    (folder / "scripts.html").write_text("<html><head><script>alert(1)</script></head><body><script>"
                                         "document.write('x')</script><nav>Home</nav></body></html>")
    (folder / "broken.json").write_text("{\"id\": ")
    with (folder / "huge.txt").open("wb") as f:  # sparse: 51 MB on paper, nothing on disk
        f.truncate(51 * 1024 * 1024)
    return {
        "huge.txt": "too large: 53,477,376 bytes exceeds the 52,428,800-byte limit",
        "empty.txt": "empty: no text to read",
        "binary.txt": "binary data, not text (found a PDF file)",
        "garbled.txt": "mis-encoded",
        "scripts.html": "HTML page with no readable text",
        "broken.json": "invalid JSON",
    }


def test_ingest_summary_and_idempotence(db_url, corpus_dir):
    first = run("ingest", corpus_dir, "--db", db_url)
    assert first.exit_code == 0, first.output
    assert "12 ingested, 0 already present, 0 rejected" in first.output
    second = run("ingest", corpus_dir, "--db", db_url)
    assert "0 ingested, 12 already present" in second.output and second.exit_code == 0


def test_bad_inputs_are_named_and_the_batch_goes_on(db_url, corpus_dir, tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    expected = bad_inputs(bad)
    result = run("ingest", corpus_dir, bad, "http://127.0.0.1:1/unreachable", "--db", db_url)
    assert result.exit_code == 1
    out = " ".join(result.output.split())
    assert "12 ingested" in out and "7 rejected" in out
    for name, reason in expected.items():
        assert name in out and reason in out
    assert "http://127.0.0.1:1/unreachable: refused: 127.0.0.1 resolves to 127.0.0.1, a loopback address" in out


def test_script_laden_html_keeps_text_and_drops_scripts(tmp_path, db_url):
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Readout of the Secretary’s Call</title><script>var secret='x'</script>"
                    "</head><body><script>alert('pwned')</script><article><p>Secretary Blinken spoke today "
                    "with Belgian Foreign Minister Sophie Wilmès about NATO and the pandemic response.</p>"
                    "<p>They agreed to meet in Brussels next week.</p></article></body></html>")
    result = run("extract", page, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    record = json.loads((tmp_path / "out" / "page.json").read_text())
    assert record["doc_type"] == "readout"
    run("ingest", page, "--db", db_url)
    shown = run("show", "page", "--db", db_url)
    assert "Secretary Blinken spoke today" in shown.output and "pwned" not in shown.output


def test_stdin_and_hostile_markup_is_escaped(db_url):
    text = "SECRETARY BLINKEN: [bold red]Not markup[/] <script>x</script> is shown as typed.\n"
    result = run("ingest", "-", "--db", db_url, input=text)
    assert result.exit_code == 0, result.output
    shown = run("show", _only_id(db_url), "--db", db_url)
    assert "[bold red]Not markup[/]" in shown.output


def _only_id(db_url):
    from dyads.store import Store

    with Store(db_url) as store:
        [(doc_id, *_)] = store.documents()
    return doc_id


def test_extract_writes_the_record_schema(tmp_path):
    out = tmp_path / "records"
    result = run("extract", SAMPLES / "devset-seed-transcript.json", SAMPLES / "devset-d03.json", "--out", out)
    assert result.exit_code == 0, result.output
    record = json.loads((out / "seed-transcript.json").read_text())
    assert set(record) >= {"doc_type", "date", "location", "speakers", "countries_mentioned",
                           "organizations_mentioned", "dyads", "topics", "events", "facts"}
    assert record["location"]["country"] == "BEL"
    source = json.loads((SAMPLES / "devset-seed-transcript.json").read_text())["fetched_text"]
    assert record["location"]["text"] in source
    assert sorted((s["label"], s["turns"]) for s in record["speakers"]) == [("FOREIGN MINISTER WILMES", 2),
                                                                           ("SECRETARY BLINKEN", 1)]


def test_show_unknown_document(db_url):
    result = run("show", "nope", "--db", db_url)
    assert result.exit_code == 1 and "No document" in result.output


def test_a_model_trained_on_a_users_own_records_is_used_by_extract(tmp_path):
    records = sorted((Path(__file__).resolve().parents[2] / "training" / "records").glob("*.json"))[:8]
    model = tmp_path / "mine.json"
    trained = run("train", *records, "--out", model)
    assert trained.exit_code == 0, trained.output
    meta = json.loads(model.read_text())["meta"]
    assert meta["trained_on"] == sorted(json.loads(r.read_text())["id"] for r in records)
    assert meta["repeats"] == 3 and 0 <= meta["cross_validated_published_mean_f1"] <= 1
    out = tmp_path / "records"
    extracted = run("extract", SAMPLES / "devset-d03.json", "--out", out, "--model", model)
    assert extracted.exit_code == 0, extracted.output
    events = json.loads((out / "d03.json").read_text())["events"]
    assert events and all(e["type"] and e["source"] and e["target"] for e in events)
    missing = run("train", tmp_path / "nowhere", "--out", model)
    assert missing.exit_code != 0 and "no such file or folder" in missing.output


def test_cross_validation_splits_cover_every_document_once_and_differ():
    from dyads.events.train import REPEATS, folds

    examples = [type("E", (), {"id": f"doc{k:02d}"})() for k in range(23)]
    splits = [folds(examples, repeat=r) for r in range(REPEATS)]
    for split in splits:
        assert sorted(i for fold in split for i in fold) == list(range(23))
    assert splits[0][0] == [0, 5, 10, 15, 20]   # the split by id is fixed
    assert len({tuple(map(tuple, s)) for s in splits}) == REPEATS
