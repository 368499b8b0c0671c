"""actor mentions; speakers linked to actors; document-level actor fields

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("document_id", sa.String(16), sa.ForeignKey("documents.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("actor_id", sa.String(80), nullable=False, index=True),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("country", sa.String(12), index=True),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("rule", sa.String(20), nullable=False),
    )
    with op.batch_alter_table("speakers") as batch:
        batch.add_column(sa.Column("actor_id", sa.String(80), index=True))
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("countries", sa.JSON, nullable=False, server_default="[]"))
        batch.add_column(sa.Column("organizations", sa.JSON, nullable=False, server_default="[]"))
        batch.add_column(sa.Column("dyads", sa.JSON, nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_column("dyads")
        batch.drop_column("organizations")
        batch.drop_column("countries")
    with op.batch_alter_table("speakers") as batch:
        batch.drop_column("actor_id")
    op.drop_table("mentions")
