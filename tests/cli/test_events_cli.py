"""dyads events / export / code / eval-plover on the project's own fixtures."""

import csv
import json

import pyarrow.parquet as pq
from tests.conftest import SAMPLES
from typer.testing import CliRunner

from dyads.cli.app import app

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_events_list_filter_and_export_in_three_formats(db_url, tmp_path):
    assert run("ingest", SAMPLES / "devset-seed-transcript.json", SAMPLES / "devset-d08.json",
               "--db", db_url).exit_code == 0
    listed = run("events", "--dyad", "Belgium", "USA", "--type", "CONSULT", "--db", db_url)
    assert listed.exit_code == 0 and "CONSULT" in listed.output and "BEL" in listed.output
    jsonl, csv_path, parquet = tmp_path / "e.jsonl", tmp_path / "e.csv", tmp_path / "e.parquet"
    assert run("export", "events", "--format", "jsonl", "--out", jsonl, "--db", db_url).exit_code == 0
    records = [json.loads(line) for line in jsonl.read_text().splitlines()]
    assert records
    first = records[0]
    assert {"id", "date", "actor", "recipient", "event", "mode", "context", "event_text", "text_info", "cite_info",
            "cameo", "score"} <= set(first)
    source = json.loads((SAMPLES / "devset-seed-transcript.json").read_text())["fetched_text"]
    for r in records:
        if r["id"].startswith("seed-transcript"):
            assert source[r["text_info"]["start"]:r["text_info"]["end"]] == r["event_text"]
    assert run("export", "events", "-f", "csv", "-o", csv_path, "--db", db_url).exit_code == 0
    rows = list(csv.DictReader(csv_path.open()))
    assert len(rows) == len(records) and "text_info_start" in rows[0]
    # every row says where it comes from and when: a spreadsheet timeline needs no lookup
    assert all(r["document_id"] and r["document_type"] and r["cite_info_title"] for r in rows)
    assert all(r["date"] for r in rows if r["document_date"])
    assert {"modality", "resolved_date", "event_date", "cite_info_url"} <= set(rows[0])
    assert run("export", "events", "-f", "parquet", "-o", parquet, "--db", db_url).exit_code == 0
    assert pq.read_table(parquet).num_rows == len(records)


def test_code_sentences(tmp_path):
    lines = [{"id": "a", "text": "Japan condemned North Korea's missile launch.", "date": "2023-07-13"},
             {"id": "b", "text": "The weather was fine."}]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(x) for x in lines))
    out = tmp_path / "out.jsonl"
    assert run("code", src, "--out", out).exit_code == 0
    coded = [json.loads(x) for x in out.read_text().splitlines()]
    assert [c["id"] for c in coded] == ["a", "b"]
    [event] = coded[0]["events"]
    assert (event["type"], event["source"], event["target"], event["cameo"]) == ("ACCUSE", "JPN", "PRK", "111")
    assert coded[1]["events"] == []


def test_eval_plover_on_records_in_the_gold_standard_format(tmp_path):
    def record(i, text, event, actor, recipient):
        return {"id": f"T-{i}", "text": text, "event_current": event, "mode": [], "context": [],
                "actor": [{"text": actor, "code": actor, "sector": None}],
                "recipient": [{"text": recipient, "code": recipient, "sector": None}]}
    rows = [record(1, "Germany praised France's efforts on climate.", "SUPPORT", "DEU", "FRA"),
            record(2, "Iran threatened to shell Iraqi towns.", "THREATEN", "IRN", "IRQ"),
            record(3, "Egyptian police arrested twelve demonstrators in Cairo.", "COERCE", "EGY", "EGY")]
    path = tmp_path / "gsr.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows))
    result = run("eval-plover", path)
    assert result.exit_code == 0, result.output
    assert "3 records · event type accuracy 1.000 · quad accuracy 1.000" in " ".join(result.output.split())
