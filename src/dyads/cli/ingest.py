"""dyads ingest SOURCES... : read, clean, structure and store documents."""

from __future__ import annotations

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from dyads.cli.common import (
    AllowPrivateOption,
    BudgetOption,
    DbOption,
    ModelOption,
    check_model,
    console,
    db_url,
    err_console,
    report_rejections,
    safe,
    samples_dir,
)
from dyads.models import Rejection
from dyads.settings import Settings


def ingest(
    sources: list[str] = typer.Argument(None, help="Files, directories, .json/.jsonl, URLs, or - for stdin"),
    samples: bool = typer.Option(False, "--samples", help="Also ingest the bundled sample documents"),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Processes that parse and code documents"),
    db: str = DbOption,
    model: str = ModelOption,
    time_budget: float = BudgetOption,
    allow_private: bool = AllowPrivateOption,
) -> None:
    """Ingest documents into the store. Re-running is safe: documents already stored are skipped.

    Exit status: 0 when every input was stored or already present, 1 when any input was rejected,
    130 when interrupted (what was stored stays whole; run the same command again to finish).
    """
    from dyads.ingest import ingest as run_ingest
    from dyads.sources import read_sources
    from dyads.store import Store

    specs = list(sources or []) + ([str(samples_dir())] if samples else [])
    if not specs:
        raise typer.BadParameter("name at least one source, or use --samples")
    added = present = 0
    rejected: list[Rejection] = []
    with Store(db_url(db)) as store:
        progress = Progress(SpinnerColumn(), TextColumn("[bold]ingesting"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[current]}"), TimeElapsedColumn(), console=err_console,
                            transient=True)
        try:
            with progress:
                task = progress.add_task("ingest", total=None, current="")
                settings = Settings(model=check_model(model), time_budget=time_budget, allow_private=allow_private)
                for outcome in run_ingest(read_sources(specs, settings), store, workers, settings):
                    if outcome.rejection:
                        rejected.append(outcome.rejection)
                    added += outcome.added
                    present += outcome.present
                    progress.update(task, advance=1, current=safe(_short(outcome.name)))
        except KeyboardInterrupt:
            err_console.print(f"[yellow]Interrupted[/] after {added} new documents; every stored document is "
                              "complete. Run the same command again to finish.")
            raise typer.Exit(130) from None
        counts = store.counts()
    console.print(f"[bold green]{added}[/] ingested, [bold]{present}[/] already present, "
                  f"[bold {'red' if rejected else 'green'}]{len(rejected)}[/] rejected "
                  f"— the store now holds {counts['documents']} documents, {counts['turns']} turns, "
                  f"{counts['speakers']} speakers, {counts['mentions']} actor mentions, {counts['events']} events "
                  f"({safe(store.url)})")
    report_rejections(rejected)
    if rejected:
        raise typer.Exit(1)


def _short(name: str) -> str:
    return name if len(name) <= 50 else "…" + name[-49:]
