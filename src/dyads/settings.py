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
    max_bytes: int = 50 * 1024 * 1024      # larger inputs are rejected, never read into memory
    fetch_timeout: float = 20.0            # seconds, per request
    max_redirects: int = 5
    user_agent: str = "dyads/0.1 (+https://github.com/dyads)"


DEFAULT = Settings()
