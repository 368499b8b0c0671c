"""The JSON API and the pages through the test client: every endpoint, bad parameters, safety."""

from __future__ import annotations

import csv
import io
import json

import pytest

from dyads import query
from tests.web.conftest import HOSTILE_TITLE

PAGES = ["/", "/pairs/BEL-USA", "/pairs/BEL-USA?by=month", "/documents/s016", "/documents/hostile", "/actors/BEL",
         "/events", "/events?pair=BEL-USA&quad=verbal_conflict", "/search?q=F-35", "/docs"]


@pytest.mark.parametrize("path", PAGES)
def test_pages_render_with_a_strict_policy_and_no_foreign_asset(client, path):
    r = client.get(path)
    assert r.status_code == 200, r.text[:300]
    policy = r.headers["content-security-policy"]
    assert "script-src 'self';" in policy  # no inline script, no other host
    assert r.headers["x-content-type-options"] == "nosniff"
    # every script and stylesheet comes from this server
    for attr in ('src="', 'href="'):
        for part in r.text.split(attr)[1:]:
            url = part.split('"', 1)[0]
            if url.endswith((".js", ".css")):
                assert url.startswith("/static/"), url


def test_pairs_api_agrees_with_the_read_model(client, web_store):
    body = client.get("/api/pairs").json()
    expected = query.pairs(web_store)
    assert [p["key"] for p in body["pairs"]] == ["-".join(p.pair) for p in expected]
    assert {n["id"] for n in body["graph"]["nodes"]} >= {"BEL", "USA"}
    bel_usa = next(p for p in body["pairs"] if p["key"] == "BEL-USA")
    profile = client.get("/api/pairs/USA-Belgium").json()  # names and either order
    assert profile["profile"]["pair"] == ["BEL", "USA"]
    assert len(profile["profile"]["events"]) == bel_usa["events"]
    timeline = profile["charts"]["timeline"]
    assert set(timeline["series"]) == {"verbal_cooperation", "material_cooperation", "verbal_conflict",
                                       "material_conflict"}
    assert all(len(v) == len(timeline["labels"]) for v in timeline["series"].values())
    article = client.get("/api/pairs/BEL-USA/article").json()
    assert article["sections"] and article["references"]
    period = client.get("/api/pairs/BEL-USA", params={"since": "2019", "until": "2019"}).json()["profile"]
    assert period["events"] and all(e["date"].startswith("2019") for e in period["events"])
    assert client.get("/api/pairs/BEL-USA/article", params={"since": "2019-13"}).status_code == 400


def test_document_actor_search_and_events(client):
    doc = client.get("/api/documents/s016").json()
    assert doc["record"]["id"] == "s016" and doc["events"]
    assert all(doc["text"][e["start"]:e["end"]] == e["sentence"] for e in doc["events"])
    belgium = client.get("/api/actors/Belgium").json()
    assert belgium["actor"] == "BEL" and dict(map(tuple, belgium["partners"]))["USA"] > 0
    hits = client.get("/api/search", params={"q": "F-35 aircraft"}).json()["hits"]
    assert hits and hits[0]["document"]["source_id"] == "s016"
    assert "\x02" in hits[0]["snippet"]  # the match is marked
    assert client.get("/api/search", params={"q": '" OR ( NEAR'}).status_code == 200  # syntax is words
    page = client.get("/api/events", params={"pair": "BEL-USA", "limit": 5}).json()
    second = client.get("/api/events", params={"pair": "BEL-USA", "limit": 5, "offset": 5}).json()
    assert len(page["events"]) == 5 and page["next_offset"] == 5
    assert {e["id"] for e in page["events"]}.isdisjoint(e["id"] for e in second["events"])
    for quad in ("verbal_cooperation", "material_cooperation"):   # the pair's events of one quad, and only those
        found = client.get("/api/events", params={"pair": "BEL-USA", "quad": quad}).json()["events"]
        assert found and all(e["quad"] == quad for e in found), quad
    conflict = client.get("/api/events", params={"pair": "BEL-USA", "quad": "verbal_conflict"}).json()["events"]
    assert all(e["quad"] == "verbal_conflict" for e in conflict)


def test_exports_carry_the_filtered_rows(client):
    params = {"pair": "BEL-USA", "type": "CONSULT"}
    listed = client.get("/api/events", params={**params, "limit": 10_000}).json()["events"]
    rows = list(csv.DictReader(io.StringIO(client.get("/api/events/export", params={**params, "format": "csv"}).text)))
    lines = client.get("/api/events/export", params={**params, "format": "jsonl"}).text.splitlines()
    parquet = client.get("/api/events/export", params={**params, "format": "parquet"})
    assert len(rows) == len(lines) == len(listed) > 0
    assert {r["event"] for r in rows} <= {"CONSULT", "AGREE"}  # a planned CONSULT is PLOVER's AGREE
    assert json.loads(lines[0])["id"] == listed[0]["id"] and parquet.content[:4] == b"PAR1"


@pytest.mark.parametrize(("path", "status", "code"), [
    ("/api/pairs/Atlantis-USA", 404, "E001"),
    ("/api/pairs/BEL", 400, "E006"),
    ("/api/pairs/BEL-USA?by=decade", 400, "E006"),
    ("/api/events?since=banana", 400, "E002"),
    ("/api/events?until=2021-13-01", 400, "E002"),
    ("/api/events?quad=friendly", 400, "E006"),
    ("/api/events?limit=0", 400, "E006"),
    ("/api/events?offset=x", 400, "E006"),
    ("/api/events/export?format=xlsx", 400, "E006"),
    ("/api/documents/nothing-here", 404, "E007"),
    ("/api/actors/ZZZZ", 404, "E001"),
    ("/api/pairs/BEL-TUV", 404, "E007"),
    ("/api/nowhere", 404, "E007"),
])
def test_bad_parameters_are_coded_errors_not_tracebacks(client, path, status, code):
    r = client.get(path)
    assert r.status_code == status, r.text
    assert r.json()["error"]["code"] == code and "Traceback" not in r.text


def test_error_pages_are_pages(client):
    r = client.get("/pairs/Atlantis-USA")
    assert r.status_code == 404 and "E001" in r.text and "Atlantis" in r.text and "<html" in r.text


def test_hostile_text_is_shown_as_text(client):
    page = client.get("/documents/hostile").text
    assert "<script>document.title" not in page and "&lt;script&gt;document.title" in page
    assert "<img" not in page and 'href="javascript:' not in page
    assert HOSTILE_TITLE not in page and "Talks &lt;script&gt;" in page
    search = client.get("/search", params={"q": "script alert"}).text
    assert "<script>alert" not in search
    data_blocks = client.get("/").text.split('type="application/json"')[1:]
    assert all("</script" not in block.split("</script>", 1)[0] for block in data_blocks)


def test_ingest_needs_the_token_and_reports_like_the_cli(client, web_store):
    text = "Belgium and Luxembourg signed a cooperation agreement on 2 May 2024 in Brussels."
    assert client.post("/api/documents", content=text).status_code == 401
    assert client.post("/api/documents", content=text, headers={"Authorization": "Bearer wrong"}).status_code == 401
    auth = {"Authorization": "Bearer s3cret"}
    first = client.post("/api/documents", params={"name": "lux.txt"}, content=text, headers=auth).json()
    again = client.post("/api/documents", params={"name": "lux.txt"}, content=text, headers=auth).json()
    empty = client.post("/api/documents", content=b"  ", headers=auth).json()
    assert [r["status"] for r in first["results"]] == ["added"]
    assert [r["status"] for r in again["results"]] == ["present"]
    assert empty["results"][0]["status"] == "rejected" and "empty" in empty["results"][0]["reason"]
    assert client.get("/api/search", params={"q": "Luxembourg cooperation"}).json()["hits"]


def test_read_only_server_refuses_ingest(web_store):
    from fastapi.testclient import TestClient

    from dyads.web.app import create_app

    with TestClient(create_app(web_store.url)) as c:
        r = c.post("/api/documents", content="text", headers={"Authorization": "Bearer anything"})
    assert r.status_code == 401 and "read-only" in r.json()["error"]["message"]
