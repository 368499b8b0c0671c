"""The read model: one definition of a pair's events, so every view counts the same."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from dyads import query
from dyads.cli.app import app
from dyads.errors import BadOption
from dyads.models import Document, SourceItem
from dyads.pipeline import process_all
from dyads.profiles.article import write_article
from dyads.profiles.profile import build_profile
from dyads.query import EventFilter
from dyads.store import Store

TEXTS = [
    "Belgium and the United States signed an agreement on customs cooperation on June 3, 2019.",
    " date 2021-03-24 Secretary Blinken met Belgian Foreign Minister Sophie Wilmès in Brussels.",
    " date 2021-09-02 The United States condemned Belgium's decision to expel an American diplomat.",
    " date 2022-01-15 France and Germany agreed to hold talks on energy security.",
    " date 2022-02-01 France will not impose sanctions on Germany.",
]


@pytest.fixture
def fixture_store(store_url):
    with Store(store_url) as store:
        for doc in process_all([SourceItem(f"t{i}", "text", t, source_id=f"t{i}") for i, t in enumerate(TEXTS)]):
            assert isinstance(doc, Document)
            store.add(doc)
        yield store


def test_pairs_overview_hand_computed(fixture_store):
    by_pair = {p.pair: p for p in query.pairs(fixture_store)}
    # SUPPORT (signing, 3.5), CONSULT (the meeting, 1.0), ACCUSE (the condemnation, -3.0) and SANCTION (the
    # expulsion it condemns, told as background, -7.0)
    bel_usa = by_pair[("BEL", "USA")]
    assert (bel_usa.documents, bel_usa.events, bel_usa.index) == (3, 4, -1.38)
    assert bel_usa.last_contact == "2021-03-24"
    assert by_pair[("DEU", "FRA")].events == 1  # the sanctions refused do not count


def test_event_filters(fixture_store):
    def types(**kw) -> list[str]:
        return [se.event.type for se in query.events(fixture_store, EventFilter(**kw))]

    assert types(pair=("USA", "BEL")) == ["SUPPORT", "CONSULT", "ACCUSE", "SANCTION"]  # date order, either direction
    assert types(pair=("BEL", "USA"), since="2021", until="2021-06") == ["CONSULT"]
    assert types(pair=("BEL", "USA"), types=("ACCUSE",)) == ["ACCUSE"]
    assert types(actor="FRA", text="energy") == ["AGREE"]
    assert types(pair=("FRA", "DEU"), modalities=("negated",)) == ["SANCTION"]
    assert types(document="t1") == ["CONSULT"]
    assert types(text="100% _") == []  # LIKE characters are literal
    found = query.events(fixture_store, EventFilter(document="t2"))
    assert {se.event.type for se in found} == {"ACCUSE", "SANCTION"}
    assert all(se.document.source_id == "t2" and se.when == "2021-09-02" and se.event.sentence in TEXTS[2]
               for se in found)


def _cli_counts(store: Store, pair: tuple[str, str]) -> tuple[int, int]:
    runner = CliRunner()
    listed = runner.invoke(app, ["events", "--dyad", *pair, "--limit", "0", "--db", store.url]).output
    overview = runner.invoke(app, ["dyads", "--limit", "0", "--db", store.url]).output
    row = re.search(rf"{pair[0]}–{pair[1]}\s*│\s*(\d+)\s*│\s*(\d+)", overview)
    assert row, overview
    return int(re.search(r"(\d+) events", listed).group(1)), int(row.group(2))


def test_every_view_counts_a_pairs_events_and_documents_alike(fixture_store):
    _views_agree(fixture_store)


def test_every_view_counts_alike_on_the_bundled_samples(samples_store):
    _views_agree(samples_store)


def _views_agree(store: Store) -> None:
    summaries = query.pairs(store)
    assert summaries
    for summary in summaries[:8]:
        profile = build_profile(store, *summary.pair)
        listed = query.events(store, EventFilter(pair=summary.pair))
        assert summary.events == len(listed) == sum(profile.events_by_type.values()) == len(profile.events)
        assert summary.documents == len(profile.documents)
    top = summaries[0]
    assert _cli_counts(store, top.pair) == (top.events, top.events)
    article = write_article(build_profile(store, *top.pair))
    assert article.title


def test_quad_topic_and_actor_queries(fixture_store):
    def types(**kw) -> list[str]:
        return [se.event.type for se in query.events(fixture_store, EventFilter(**kw))]

    assert types(pair=("BEL", "USA"), quads=("verbal_conflict",)) == ["ACCUSE"]
    assert types(quads=("verbal_cooperation",), topics=("climate_energy",)) == ["AGREE"]  # "energy security"
    with pytest.raises(BadOption, match="topic weather"):
        EventFilter(topics=("weather",))
    belgium = query.actor(fixture_store, "BEL")
    assert belgium.partners == [("USA", 4)]
    assert sum(belgium.as_source.values()) + sum(belgium.as_target.values()) == 4
    assert "2021" in belgium.as_target or "2021" in belgium.as_source


def test_contacts_are_stored_at_ingest_and_read_alike(fixture_store):
    """The overview's last contact and the profile's contacts come from the same stored rows."""
    [meeting] = build_profile(fixture_store, "BEL", "USA").contacts
    assert (meeting.date, meeting.kind, meeting.place) == ("2021-03-24", "meeting", "Brussels")
    assert meeting.participants == ["Secretary Blinken", "Foreign Minister Sophie Wilmès"]
    assert meeting.citation.sentence.startswith("Secretary Blinken met")
    stored = fixture_store.get("t1")
    [contact] = stored.contacts
    assert contact.kind == "meeting" and stored.events[contact.event].type == "CONSULT"
    # agreeing to hold talks is no contact: the pair has events but no last contact
    assert build_profile(fixture_store, "DEU", "FRA").contacts == []
    assert {p.pair: p.last_contact for p in query.pairs(fixture_store)}[("DEU", "FRA")] is None


def test_full_text_search_on_each_backend(fixture_store):
    """SQLite's FTS5 tables and PostgreSQL's text search, both kept in step by the database (0008)."""
    hits = query.search(fixture_store, "energy security")
    assert [h.kind for h in hits] == ["document", "event"]
    assert hits[1].event_type == "AGREE" and "\x02energy\x03" in hits[1].snippet
    assert hits[0].document.source_id == "t3" and hits[1].start is not None
    assert query.search(fixture_store, "expelled diplomats")[0].document.source_id == "t2"  # stemmed
    assert query.search(fixture_store, '" OR NEAR(') == [] and query.search(fixture_store, "   ") == []
