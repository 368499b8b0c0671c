"""One settings object carries limits and locations through the pipeline."""

from __future__ import annotations

import os
from dataclasses import dataclass


def default_db_url() -> str:
    """`DYADS_DB` may be a file path or a full SQLAlchemy URL; the default is ./dyads.db."""
    value = os.environ.get("DYADS_DB", "dyads.db")
    return value if "://" in value else f"sqlite:///{value}"


@dataclass(frozen=True)
class Settings:
    """Everything a run is configured by, carried from the CLI through sources, pipeline and ingest."""

    model: str = "bundled"                 # event model: "bundled", a file from `dyads train`, or "rules"
    language: str = "en"                   # of the documents; the only pipeline today is English
    batch: int = 16                        # documents per nlp.pipe batch and per worker task
    max_bytes: int = 50 * 1024 * 1024      # larger inputs are rejected, never read into memory
    fetch_timeout: float = 20.0            # seconds for a whole fetch (connect, redirects, body)
    time_budget: float = 60.0              # seconds per 100,000 characters a document may take; 0: none
    max_redirects: int = 5
    allow_private: bool = False            # fetch from loopback, private, link-local and reserved addresses
    user_agent: str = "dyads/0.1 (+https://github.com/dyads)"


DEFAULT = Settings()
