"""What every command shares: the console, the --db option, messages for rejections."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from dyads.models import Rejection
from dyads.settings import default_db_url

console = Console()
err_console = Console(stderr=True)

DbOption = typer.Option(None, "--db", envvar="DYADS_DB", help="Database file or SQLAlchemy URL [default: ./dyads.db]")

ModelOption = typer.Option("bundled", "--model", help="Event model: 'bundled', a file from `dyads train`, or "
                                                       "'rules' for the rule coder alone")


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


def report_rejections(rejections: list[Rejection]) -> None:
    """One line per rejected input, naming it and the reason (greppable in logs)."""
    for r in rejections:
        err_console.print(f"[red]rejected[/] {escape(r.name)}: {escape(r.reason)}", soft_wrap=True)
