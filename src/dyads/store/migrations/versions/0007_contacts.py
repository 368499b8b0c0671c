"""contacts and topic_spans read at ingest; events.named: profiles read rows, not documents

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session, defer, selectinload

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("named", sa.JSON, nullable=True))
    contacts = op.create_table(
        "contacts",
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("date", sa.String(10), nullable=True),
        sa.Column("planned", sa.Boolean, nullable=False),
        sa.Column("place", sa.Text, nullable=True),
        sa.Column("host", sa.String(40), nullable=True),
        sa.Column("participants", sa.JSON, nullable=False),
    )
    op.create_index("ix_contacts_date", "contacts", ["date"])
    spans = op.create_table(
        "topic_spans",
        sa.Column("document_id", sa.String(16), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("topic", sa.String(40), primary_key=True),
        sa.Column("actor", sa.String(80), primary_key=True),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("sentence", sa.Text, nullable=False),
    )
    _backfill(contacts, spans)


def _backfill(contacts: sa.Table, spans: sa.Table) -> None:
    """Read the stored documents with today's rules: these items are derived, never typed in, so the
    current code is their definition (unlike 0006, whose rule is a one-line copy)."""
    from dyads.contacts import find_contacts
    from dyads.store import document_from_row
    from dyads.store.schema import DocumentRow, EventRow
    from dyads.topics import topic_spans

    bind = op.get_bind()
    events = sa.table("events", sa.column("id"), sa.column("named", sa.JSON))
    present = {c["name"] for c in sa.inspect(bind).get_columns("events")} | {"named"}
    later = [defer(getattr(EventRow, a.key)) for a in EventRow.__mapper__.column_attrs  # added by later migrations
             if a.columns[0].name not in present]
    in_documents = {c["name"] for c in sa.inspect(bind).get_columns("documents")}
    later_doc = [defer(getattr(DocumentRow, a.key)) for a in DocumentRow.__mapper__.column_attrs
                 if a.columns[0].name not in in_documents]
    with Session(bind=bind) as s:
        for doc_id in s.scalars(sa.select(DocumentRow.id)).all():
            row = s.get(DocumentRow, doc_id, options=[*later_doc, selectinload(DocumentRow.events).options(*later)])
            doc = document_from_row(row)
            ids = [e.id for e in row.events]
            for event_id, ev in zip(ids, doc.events, strict=True):
                bind.execute(events.update().where(events.c.id == event_id)
                             .values(named=doc.actors_in(ev.start, ev.end)))
            found = [{"event_id": ids[c.event], "kind": c.kind, "date": c.date, "planned": c.planned,
                      "place": c.place, "host": c.host, "participants": [list(p) for p in c.participants]}
                     for c in find_contacts(doc)]
            rows = [{"document_id": doc.id, "topic": t.topic, "actor": t.actor, "start": t.start, "end": t.end,
                     "sentence": t.sentence}
                    for t in topic_spans(doc, doc.masked_text())]
            if found:
                op.bulk_insert(contacts, found)
            if rows:
                op.bulk_insert(spans, rows)
            s.expunge_all()


def downgrade() -> None:
    op.drop_table("topic_spans")
    op.drop_index("ix_contacts_date", "contacts")
    op.drop_table("contacts")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("named")
