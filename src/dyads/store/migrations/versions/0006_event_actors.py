"""event_actors and document_pairs: pair and actor queries on indexed rows, not JSON columns;
documents.language; events.topics

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("language", sa.String(8), nullable=False, server_default="en"))
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("topics", sa.JSON, nullable=True))  # null: tagged when read
    actors = op.create_table(
        "event_actors",
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("side", sa.String(6), primary_key=True),
        sa.Column("actor", sa.String(40), primary_key=True),
        sa.Column("is_primary", sa.Boolean, nullable=False),
    )
    op.create_index("ix_event_actors_actor_side", "event_actors", ["actor", "side", "event_id"])
    pairs = op.create_table(
        "document_pairs",
        sa.Column("document_id", sa.String(16), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("a", sa.String(40), primary_key=True),
        sa.Column("b", sa.String(40), primary_key=True),
    )
    op.create_index("ix_document_pairs_pair", "document_pairs", ["a", "b"])
    # backfill from the JSON columns by the rule Store.add writes with (a migration keeps its own copy)
    bind = op.get_bind()
    events = sa.table("events", sa.column("id"), sa.column("source"), sa.column("target"),
                      sa.column("source_all", sa.JSON), sa.column("target_all", sa.JSON))
    rows = [{"event_id": e.id, "side": side, "actor": actor, "is_primary": actor == primary}
            for e in bind.execute(sa.select(events))
            for side, listed, primary in (("source", e.source_all, e.source), ("target", e.target_all, e.target))
            for actor in dict.fromkeys([*(listed or []), *([primary] if primary else [])])]
    if rows:
        op.bulk_insert(actors, rows)
    documents = sa.table("documents", sa.column("id"), sa.column("dyads", sa.JSON))
    rows = [{"document_id": d.id, "a": a, "b": b} for d in bind.execute(sa.select(documents))
            for a, b in {tuple(sorted(p)) for p in d.dyads or [] if len(set(p)) == 2}]
    if rows:
        op.bulk_insert(pairs, rows)


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("topics")
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("language")
    op.drop_index("ix_document_pairs_pair", "document_pairs")
    op.drop_table("document_pairs")
    op.drop_index("ix_event_actors_actor_side", "event_actors")
    op.drop_table("event_actors")
