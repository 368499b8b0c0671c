"""The bundled model's training records are what `training/NOTICES.md` says they are: every event anchored to an
exact sentence of its text, of a known type, with its primary actors among all of them, under a licence the
notices name (and none whose terms forbid redistribution)."""

import json
from pathlib import Path

from dyads.events.lexicon import event_types

REPO = Path(__file__).resolve().parents[2]
RECORDS = sorted((REPO / "training" / "records").glob("*.json"))
LICENCES = {"public-domain-us-gov", "ogl-uk", "cc-by-au", "mofa-japan", "cc-by-eu", "cc-by-nz",
            "MIT (written for dyads)"}


def test_every_training_event_is_anchored_typed_and_licensed():
    notices = (REPO / "training" / "NOTICES.md").read_text(encoding="utf-8")
    assert len(RECORDS) >= 300
    for path in RECORDS:
        record = json.loads(path.read_text(encoding="utf-8"))
        assert record["id"] == path.stem and record["license"] in LICENCES, path.name
        assert f"`{record['license']}`" in notices, path.name
        text = record["fetched_text"]
        for event in record["gold"]["events"]:
            assert event["sentence"] in text, (path.name, event["sentence"][:60])
            assert event["type"] in event_types(), (path.name, event["type"])
            assert event["source"] in event["source_all"] and event["target"] in event["target_all"], path.name
