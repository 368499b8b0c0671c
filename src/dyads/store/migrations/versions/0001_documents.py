"""documents, turns, speakers

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("source_id", sa.String(200), index=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("doc_type", sa.String(20), nullable=False, index=True),
        sa.Column("date", sa.String(10), index=True),
        sa.Column("date_precision", sa.String(5)),
        sa.Column("date_text", sa.Text),
        sa.Column("location_text", sa.Text),
        sa.Column("location_city", sa.String(100)),
        sa.Column("location_country", sa.String(12)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("boilerplate", sa.JSON, nullable=False),
        sa.Column("ingested_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "turns",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("document_id", sa.String(16), sa.ForeignKey("documents.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text_start", sa.Integer, nullable=False),
        sa.Column("interpreted", sa.Boolean, nullable=False),
    )
    op.create_table(
        "speakers",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("document_id", sa.String(16), sa.ForeignKey("documents.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("name", sa.Text),
        sa.Column("aliases", sa.JSON, nullable=False),
        sa.Column("role", sa.Text),
        sa.Column("role_type", sa.String(20), nullable=False),
        sa.Column("country", sa.String(12), index=True),
        sa.Column("organization", sa.String(40)),
        sa.Column("turns", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("speakers")
    op.drop_table("turns")
    op.drop_table("documents")
