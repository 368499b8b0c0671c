"""Migrations up and down keep the data: a store made at an earlier revision upgrades with its pair index,
contacts and topic sentences backfilled, and downgrading loses nothing the earlier release had."""

from dataclasses import asdict

import pytest
from alembic import command
from sqlalchemy import inspect, text
from tests.conftest import analyse_text

from dyads import query
from dyads.profiles.profile import build_profile
from dyads.store import Store
from dyads.store.db import alembic_config


@pytest.mark.parametrize(("previous", "dropped"), [("0006", {"contacts", "topic_spans"}),
                                                   ("0005", {"event_actors", "document_pairs", "contacts"})])
def test_down_to_an_earlier_release_and_up_again(store_url, previous, dropped):
    doc = analyse_text("Secretary Blinken met Belgian Foreign Minister Sophie Wilmès in Brussels on 24 March 2021. "
                       "The United States condemned Russia's aggression against Ukraine.", title="Readout")
    with Store(store_url) as store:
        store.add(doc)
        before = [(se.event.type, se.event.sentence) for se in query.events(store)]
        pairs_before = query.pairs(store)
        profile_before = asdict(build_profile(store, "BEL", "USA"))
        assert before and pairs_before[0].last_contact == "2021-03-24"
        assert profile_before["contacts"] and profile_before["topics"]
        cfg = alembic_config(store.engine)
        command.downgrade(cfg, previous)
        assert not dropped & set(inspect(store.engine).get_table_names())
        with store.engine.connect() as c:  # what the previous release reads is all there
            assert c.execute(text("select count(*) from events")).scalar() == len(doc.events)
            assert c.execute(text("select count(*) from documents")).scalar() == 1
        command.upgrade(cfg, "head")
        assert [(se.event.type, se.event.sentence) for se in query.events(store)] == before
        assert query.pairs(store) == pairs_before
        assert asdict(build_profile(store, "BEL", "USA")) == profile_before
