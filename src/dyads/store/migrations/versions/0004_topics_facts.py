"""document topics and facts

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

COLUMNS = ("topics", "facts")  # JSON lists: topic codes, exact fact sentences


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        for name in COLUMNS:
            batch.add_column(sa.Column(name, sa.JSON, nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        for name in reversed(COLUMNS):
            batch.drop_column(name)
