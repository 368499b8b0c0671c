"""documents.date_end: the last day of a date range the text states ("February 6–10, 2023")

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("documents", sa.Column("date_end", sa.String(10), nullable=True))


def downgrade() -> None:
    op.drop_column("documents", "date_end")
