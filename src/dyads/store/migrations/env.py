"""Alembic environment: runs on the engine dyads hands over (store.db.upgrade).

All pending migrations run in one transaction. SQLite can roll back DDL, but Python's sqlite3 module
only opens a transaction before INSERT/UPDATE/DELETE, so each CREATE TABLE would commit on its own and a
kill between two of them would leave tables without a version row ("table documents already exists" for
ever after). The migration connection therefore switches the driver to autocommit and issues its own
BEGIN IMMEDIATE (which also makes a second process opening a new store wait instead of racing); the
closing commit is the only one, so an interrupted first run leaves an empty file that the next run
migrates from scratch. Foreign keys are off while migrating (see below) and back on after.
"""

from alembic import context
from sqlalchemy import create_engine

from dyads.store.schema import Base

config = context.config
engine = config.attributes.get("engine") or create_engine(config.get_main_option("sqlalchemy.url"))

with engine.connect() as connection:
    raw = connection.connection.dbapi_connection
    sqlite = engine.dialect.name == "sqlite"
    if sqlite:
        saved, raw.isolation_level = raw.isolation_level, None
        # batch migrations rebuild a table (copy, drop, rename); with foreign keys on, dropping `documents`
        # would cascade-delete every event. The pragma only takes effect outside a transaction.
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    try:
        context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                          transactional_ddl=True)
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()
    finally:
        if sqlite:
            if raw.in_transaction:
                raw.rollback()
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            raw.isolation_level = saved
