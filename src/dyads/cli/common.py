"""What every command shares: the console, the --db option, messages for rejections."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from dyads.models import Rejection
from dyads.settings import DEFAULT, default_db_url

console = Console()
err_console = Console(stderr=True)

DbOption = typer.Option(None, "--db", envvar="DYADS_DB", help="Database file or SQLAlchemy URL [default: ./dyads.db]")

ModelOption = typer.Option("bundled", "--model", help="Event model: 'bundled', a file from `dyads train`, or "
                                                       "'rules' for the rule coder alone")

BudgetOption = typer.Option(DEFAULT.time_budget, "--time-budget", min=0,
                            help="Seconds per 100,000 characters a document may take before it is "
                                 "rejected as runaway (0: no limit)")

AllowPrivateOption = typer.Option(False, "--allow-private",
                                  help="Fetch URLs on loopback, private or link-local addresses (refused by default)")


def check_model(model: str) -> str:
    """Fail before any work when --model names no readable model."""
    from dyads.errors import ModelError
    from dyads.events.decide import load_decider

    try:
        load_decider(model)
    except ModelError as exc:
        raise typer.BadParameter(str(exc), param_hint="--model") from None
    return model


def db_url(db: str | None) -> str:
    if not db:
        return default_db_url()
    return db if "://" in db else f"sqlite:///{db}"


def samples_dir() -> Path:
    """The bundled public-domain sample documents."""
    return Path(str(resources.files("dyads") / "samples"))


def safe_filename(name: str) -> str:
    return re.sub(r"[^\w.-]+", "_", name).strip("._")[:120] or "document"


# C0/C1 controls but newline and tab, and bidirectional overrides: from a document they could move the
# cursor, recolour or clear the terminal, or reorder what a line appears to say
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def safe(value: object) -> str:
    """Untrusted text for the terminal: control characters shown as escapes, Rich markup escaped."""
    return escape(CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode(), str(value)))


def report_rejections(rejections: list[Rejection]) -> None:
    """One line per rejected input, naming it and the reason (greppable in logs)."""
    for r in rejections:
        err_console.print(f"[red]rejected[/] {safe(r.name)}: {safe(r.reason)}", soft_wrap=True)
