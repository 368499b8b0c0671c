"""Migrations up and down keep the data: a store made at the previous revision upgrades with its pair
index backfilled, and downgrading loses nothing the previous release had."""

from alembic import command
from sqlalchemy import inspect, text
from tests.conftest import analyse_text

from dyads import query
from dyads.store import Store
from dyads.store.db import alembic_config

PREVIOUS = "0005"


def test_down_to_the_previous_release_and_up_again(db_url):
    doc = analyse_text("Secretary Blinken met Belgian Foreign Minister Sophie Wilmès in Brussels on 24 March 2021. "
                       "The United States condemned Russia's aggression against Ukraine.", title="Readout")
    with Store(db_url) as store:
        store.add(doc)
        before = [(se.event.type, se.event.sentence) for se in query.events(store)]
        pairs_before = query.pairs(store)
        assert before and pairs_before
        cfg = alembic_config(store.engine)
        command.downgrade(cfg, PREVIOUS)
        tables = set(inspect(store.engine).get_table_names())
        assert "event_actors" not in tables and "document_pairs" not in tables
        with store.engine.connect() as c:  # what the previous release reads is all there
            assert c.execute(text("select count(*) from events")).scalar() == len(doc.events)
            assert c.execute(text("select count(*) from documents")).scalar() == 1
        command.upgrade(cfg, "head")
        assert [(se.event.type, se.event.sentence) for se in query.events(store)] == before
        assert query.pairs(store) == pairs_before
