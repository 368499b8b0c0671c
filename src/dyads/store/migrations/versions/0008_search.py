"""full-text search over documents and event sentences, kept in step by the database itself

SQLite: FTS5 tables filled by triggers (documents: their own copy of title and text, since a documents
row has no stable integer key; events: an external-content index on events.id). PostgreSQL: GIN indexes
on the same expressions the search query uses (query.search).

Revision ID: 0008
Revises: 0007
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

SQLITE_UP = [
    "CREATE VIRTUAL TABLE search_documents USING fts5(document_id UNINDEXED, title, text, "
    "tokenize='porter unicode61')",
    "INSERT INTO search_documents (document_id, title, text) SELECT id, coalesce(title, ''), text FROM documents",
    "CREATE TRIGGER search_documents_add AFTER INSERT ON documents BEGIN "
    "INSERT INTO search_documents (document_id, title, text) VALUES (new.id, coalesce(new.title, ''), new.text); END",
    "CREATE TRIGGER search_documents_drop AFTER DELETE ON documents BEGIN "
    "DELETE FROM search_documents WHERE document_id = old.id; END",
    "CREATE VIRTUAL TABLE search_events USING fts5(sentence, content='events', content_rowid='id', "
    "tokenize='porter unicode61')",
    "INSERT INTO search_events (rowid, sentence) SELECT id, sentence FROM events",
    "CREATE TRIGGER search_events_add AFTER INSERT ON events BEGIN "
    "INSERT INTO search_events (rowid, sentence) VALUES (new.id, new.sentence); END",
    "CREATE TRIGGER search_events_drop AFTER DELETE ON events BEGIN "
    "INSERT INTO search_events (search_events, rowid, sentence) VALUES ('delete', old.id, old.sentence); END",
]
SQLITE_DOWN = [
    "DROP TRIGGER search_events_drop", "DROP TRIGGER search_events_add", "DROP TABLE search_events",
    "DROP TRIGGER search_documents_drop", "DROP TRIGGER search_documents_add", "DROP TABLE search_documents",
]
POSTGRES_UP = [
    "CREATE INDEX ix_documents_search ON documents USING gin "
    "(to_tsvector('english', coalesce(title, '') || ' ' || text))",
    "CREATE INDEX ix_events_search ON events USING gin (to_tsvector('english', sentence))",
]
POSTGRES_DOWN = ["DROP INDEX ix_events_search", "DROP INDEX ix_documents_search"]


def upgrade() -> None:
    for statement in SQLITE_UP if op.get_bind().dialect.name == "sqlite" else POSTGRES_UP:
        op.execute(statement)


def downgrade() -> None:
    for statement in SQLITE_DOWN if op.get_bind().dialect.name == "sqlite" else POSTGRES_DOWN:
        op.execute(statement)
