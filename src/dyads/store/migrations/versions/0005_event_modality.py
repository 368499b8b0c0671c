"""event modality: asserted, future, negated, hypothetical or requested

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("modality", sa.String(12), nullable=False, server_default="asserted"))
        batch.create_index("ix_events_modality", ["modality"])


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_index("ix_events_modality")
        batch.drop_column("modality")
