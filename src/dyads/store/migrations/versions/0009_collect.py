"""collected_urls and collect_runs: the state `dyads collect` keeps between runs

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "collected_urls",
        sa.Column("url", sa.Text, primary_key=True),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("first_seen", sa.DateTime, nullable=False),
        sa.Column("last_fetched", sa.DateTime, nullable=True),
        sa.Column("http_status", sa.Integer, nullable=True),
        sa.Column("outcome", sa.String(12), nullable=False),
        sa.Column("reason", sa.Text, nullable=True),
        sa.Column("etag", sa.Text, nullable=True),
        sa.Column("last_modified", sa.Text, nullable=True),
        sa.Column("published", sa.String(10), nullable=True),
        sa.Column("document_id", sa.String(16), sa.ForeignKey("documents.id", ondelete="SET NULL"), nullable=True),
        sa.Column("previous_document_id", sa.String(16), sa.ForeignKey("documents.id", ondelete="SET NULL"),
                  nullable=True),
    )
    op.create_index("ix_collected_urls_source", "collected_urls", ["source"])
    op.create_table(
        "collect_runs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("started", sa.DateTime, nullable=False),
        sa.Column("finished", sa.DateTime, nullable=False),
        sa.Column("discovered", sa.Integer, nullable=False),
        sa.Column("fetched", sa.Integer, nullable=False),
        sa.Column("added", sa.Integer, nullable=False),
        sa.Column("unchanged", sa.Integer, nullable=False),
        sa.Column("rejected", sa.Integer, nullable=False),
        sa.Column("problems", sa.JSON, nullable=False),
    )
    op.create_index("ix_collect_runs_source", "collect_runs", ["source"])


def downgrade() -> None:
    op.drop_index("ix_collect_runs_source", "collect_runs")
    op.drop_table("collect_runs")
    op.drop_index("ix_collected_urls_source", "collected_urls")
    op.drop_table("collected_urls")
