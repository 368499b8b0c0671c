"""dyads collect: keep a store current from the sources named in a sources file."""

from __future__ import annotations

import re
import signal
import time
from pathlib import Path

import typer
from rich.table import Table

from dyads.cli.common import AllowPrivateOption, DbOption, console, db_url, err_console, safe
from dyads.errors import BadOption

EVERY = re.compile(r"^(\d+)\s*([smhd])$")
UNIT = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def collect(
    sources: Path = typer.Option(Path("sources.toml"), "--sources", help="The sources file (TOML, see README)"),
    since: str = typer.Option(None, "--since", help="Only links the source dates on or after this (YYYY-MM-DD)"),
    max_fetches: int = typer.Option(None, "--max", min=0, help="Fetch at most this many pages per run"),
    every: str = typer.Option(None, "--every", help="Run again after this long (30m, 1h, 1d) until Ctrl-C"),
    status: bool = typer.Option(False, "--status", help="Show what each source has given so far, and stop"),
    allow_private: bool = AllowPrivateOption,
    db: str = DbOption,
) -> None:
    """Fetch what is new from feeds, sitemaps and listing pages, and ingest it as `dyads ingest` would."""
    from dyads.collect.config import load_sources
    from dyads.collect.run import collect as run_collect
    from dyads.query import day
    from dyads.settings import Settings
    from dyads.store import Store

    with Store(db_url(db)) as store:
        if status:
            _show_status(store)
            return
        wait = _seconds(every) if every else None
        if since:
            day(since, "--since")
        chosen = load_sources(sources)
        settings = Settings(allow_private=allow_private)
        stopping = _stop_on_interrupt()
        while True:
            for s in run_collect(chosen, store, settings, since, max_fetches, stop=stopping):
                console.print(f"{safe(s.source)}: {s.discovered} links, {s.fetched} fetched, {s.added} added, "
                              f"{s.present} already present, {s.unchanged} unchanged, {len(s.rejected)} rejected")
                for r in s.rejected[:20]:
                    err_console.print(f"  rejected {safe(r.name)}: {safe(r.reason)}", soft_wrap=True)
            if wait is None or stopping():
                break
            console.print(f"next run in {every}; Ctrl-C stops")
            end = time.monotonic() + wait
            while time.monotonic() < end and not stopping():
                time.sleep(min(1.0, end - time.monotonic()))
            if stopping():
                break


def _seconds(every: str) -> int:
    m = EVERY.match(every.strip())
    if not m or int(m.group(1)) == 0:
        raise BadOption(f"--every {every!r}: give a number and a unit, as in 30m, 1h or 1d")
    return int(m.group(1)) * UNIT[m.group(2)]


def _stop_on_interrupt():
    """The first Ctrl-C asks the run to stop after the current document; a second one stops at once."""
    asked = []

    def handler(signum, frame):  # noqa: ANN001, ARG001
        if asked:
            raise KeyboardInterrupt
        asked.append(True)
        err_console.print("stopping after the current document (Ctrl-C again to stop now)")

    signal.signal(signal.SIGINT, handler)
    return lambda: bool(asked)


def _show_status(store) -> None:  # noqa: ANN001
    from dyads.collect.state import status

    rows = status(store)
    table = Table(title="collect status")
    for col in ("source", "URLs", "documents", "unchanged", "rejected", "skipped", "last run", "added then",
                "last problem"):
        table.add_column(col, overflow="fold")
    for r in rows:
        problem = f"{r.last_problems[0][0]}: {r.last_problems[0][1]}" if r.last_problems else ""
        table.add_row(safe(r.source), str(r.urls), str(r.documents), str(r.unchanged), str(r.rejected),
                      str(r.skipped), f"{r.last_run:%Y-%m-%d %H:%M}" if r.last_run else "—", str(r.last_added),
                      safe(problem))
    if not rows:
        console.print("Nothing collected yet: run `dyads collect --sources FILE`.")
        return
    console.print(table)
