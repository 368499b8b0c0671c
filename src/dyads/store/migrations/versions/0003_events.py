"""coded events with provenance

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("document_id", sa.String(16), sa.ForeignKey("documents.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("type", sa.String(12), nullable=False, index=True),
        sa.Column("mode", sa.String(30)),
        sa.Column("source", sa.String(40), index=True),
        sa.Column("target", sa.String(40), index=True),
        sa.Column("source_all", sa.JSON, nullable=False),
        sa.Column("target_all", sa.JSON, nullable=False),
        sa.Column("cameo", sa.String(6), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("future", sa.Boolean, nullable=False),
        sa.Column("date", sa.String(10), index=True),
        sa.Column("date_precision", sa.String(5)),
        sa.Column("date_text", sa.Text),
        sa.Column("resolved_date", sa.String(10)),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("trigger", sa.Text, nullable=False),
        sa.Column("turn", sa.Integer),
    )


def downgrade() -> None:
    op.drop_table("events")
