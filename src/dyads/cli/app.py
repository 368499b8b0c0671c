"""The `dyads` command."""

from __future__ import annotations

import logging
import os
import sys

import typer
from rich.console import Console

from dyads.cli import actors
from dyads.cli.code import code, eval_plover
from dyads.cli.collect import collect
from dyads.cli.common import safe
from dyads.cli.events import export_app, list_dyads, list_events
from dyads.cli.extract import extract
from dyads.cli.ingest import ingest
from dyads.cli.profile import EXPORTS, article, export_command, profile
from dyads.cli.serve import serve
from dyads.cli.show import list_documents, show
from dyads.cli.train import train
from dyads.errors import DyadsError

app = typer.Typer(help="dyads: a cited knowledge base of bilateral relations from diplomatic documents.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
app.command()(ingest)
app.command()(extract)
app.command()(show)
app.command("list")(list_documents)
app.add_typer(actors.app, name="actors")
app.command()(code)
app.command("eval-plover")(eval_plover)
app.command("events")(list_events)
app.command("dyads")(list_dyads)
app.command()(profile)
app.command()(article)
app.command()(train)
app.command()(serve)
app.command()(collect)
for kind in EXPORTS:  # dyads export facts|topics|contacts A B, beside dyads export events
    export_app.command(kind)(export_command(kind))
app.add_typer(export_app, name="export")


def main() -> None:
    if os.environ.get("DYADS_DEBUG"):  # a rejected document's traceback (pipeline.guarded logs it)
        logging.basicConfig(format="%(levelname)s %(name)s: %(message)s")
        logging.getLogger("dyads").setLevel(logging.DEBUG)
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    logging.getLogger("country_converter").setLevel(logging.ERROR)
    try:
        app()
    except DyadsError as exc:  # the library's errors, one line each, never a traceback
        Console(stderr=True).print(f"[red]error {exc.code}[/]: {safe(exc)}", soft_wrap=True)
        sys.exit(2)
