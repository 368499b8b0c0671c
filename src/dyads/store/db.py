"""Engine and migrations. SQLite gets WAL and foreign keys; every database is brought to the
latest Alembic revision when opened, so a user never runs migrations by hand."""

from __future__ import annotations

import time
from importlib import resources
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError, OperationalError

from dyads.errors import MissingDriver, StoreUnreadable

if TYPE_CHECKING:
    from alembic.config import Config

# driver module → what to install for it
DRIVER_PACKAGES = {"psycopg": "psycopg[binary]", "psycopg2": "psycopg2-binary", "pymysql": "PyMySQL",
                   "MySQLdb": "mysqlclient", "asyncpg": "asyncpg"}


def open_engine(url: str) -> Engine:
    """An engine at the latest schema, or the reason the database cannot be used, as a `DyadsError`."""
    shown = _shown(url)
    try:
        engine = make_engine(url)
        upgrade(engine)
    except NoSuchModuleError:
        raise StoreUnreadable(f"{shown}: SQLAlchemy knows no database of this kind (use sqlite:/// or "
                              "postgresql+psycopg://)") from None
    except ModuleNotFoundError as exc:
        package = DRIVER_PACKAGES.get(exc.name or "", exc.name)
        raise MissingDriver(f"the database URL {shown} needs the {package!r} package: pip install '{package}'"
                            ) from None
    except ArgumentError as exc:
        raise StoreUnreadable(f"{shown} is not a database URL or path: {exc}") from None
    except DatabaseError as exc:
        reason = " ".join(str(exc.orig or exc).split())
        raise StoreUnreadable(f"cannot open the database {shown}: {reason}") from None
    return engine


def _shown(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return repr(url)


def make_engine(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):  # noqa: ANN001 - DB-API connection
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")     # readers do not block the writer
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=NORMAL")   # safe with WAL: a crash loses no committed document
            cur.execute("PRAGMA busy_timeout=30000")   # a second writer waits instead of failing
            cur.close()
    return engine


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("dyads.store") / "migrations"))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, attempts: int = 5) -> None:
    """Migrate to head. Two processes opening a new database at once race to create it; the loser
    retries and finds the schema already at head."""
    from alembic import command

    for attempt in range(attempts):
        try:
            command.upgrade(alembic_config(engine), "head")
            return
        except OperationalError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.2 * (attempt + 1))
