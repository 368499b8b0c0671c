"""events.told: a past act told undated in a speech is not dated by its document

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


# Plain ALTER TABLE (SQLite 3.35+ drops a column in place): a batch operation would rebuild the events table
# and lose the full-text search triggers that migration 0008 put on it.
def upgrade() -> None:
    op.add_column("events", sa.Column("told", sa.Boolean, nullable=False, server_default=sa.false()))


def downgrade() -> None:
    op.drop_column("events", "told")
