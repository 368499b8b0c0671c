"""dyads ingest SOURCES... : read, clean, structure and store documents."""

from __future__ import annotations

from contextlib import ExitStack

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
    workers: int = typer.Option(1, "--workers", "-w", min=1,
                                help="Worker processes on this machine (a local Dask cluster: --cluster local:N)"),
    cluster: str = typer.Option(None, "--cluster", help="local:N, or tcp://HOST:PORT of a Dask scheduler"),
    out: str = typer.Option(None, "--out", help="parquet://DIR: write partitioned Parquet instead of the store "
                                                "(cluster runs)"),
    db: str = DbOption,
    model: str = ModelOption,
    time_budget: float = BudgetOption,
    allow_private: bool = AllowPrivateOption,
) -> None:
    """Ingest documents into the store. Re-running is safe: documents already stored are skipped.

    Exit status: 0 when every input was stored or already present, 1 when any input was rejected,
    130 when interrupted (what was stored stays whole; run the same command again to finish).
    """
    from dyads.errors import BadOption
    from dyads.ingest import ingest as run_ingest
    from dyads.sources import read_sources
    from dyads.store import Store

    specs = list(sources or []) + ([str(samples_dir())] if samples else [])
    if not specs:
        raise typer.BadParameter("name at least one source, or use --samples")
    cluster = cluster or (f"local:{workers}" if workers > 1 else None)
    if out and (not out.startswith("parquet://") or not cluster):
        raise BadOption("--out takes parquet://DIR, with --cluster or --workers")
    target = out or db_url(db)
    settings = Settings(model=check_model(model), time_budget=time_budget, allow_private=allow_private)
    added = present = 0
    rejected: list[Rejection] = []
    progress = Progress(SpinnerColumn(), TextColumn("[bold]ingesting"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[current]}"), TimeElapsedColumn(), console=err_console,
                        transient=True)
    with ExitStack() as stack:
        store = None if out else stack.enter_context(Store(target))  # written here (one process) and counted
        try:
            with progress:
                task = progress.add_task("ingest", total=None, current="")
                if cluster:
                    from dyads.cluster import cluster_ingest

                    def started(link: str, parts: int) -> None:
                        err_console.print(f"Dask cluster {safe(cluster)}: {parts} partitions; dashboard {safe(link)}")

                    outcomes = cluster_ingest(specs, target, cluster, settings, on_start=started)
                else:
                    outcomes = run_ingest(read_sources(specs, settings), store, settings)
                for outcome in outcomes:
                    if outcome.rejection:
                        rejected.append(outcome.rejection)
                    added += outcome.added
                    present += outcome.present
                    progress.update(task, advance=1, current=safe(_short(outcome.name)))
        except KeyboardInterrupt:
            err_console.print(f"[yellow]Interrupted[/] after {added} new documents; every stored document is "
                              "complete. Run the same command again to finish.")
            raise typer.Exit(130) from None
        summary = (f"[bold green]{added}[/] ingested, [bold]{present}[/] already present, "
                   f"[bold {'red' if rejected else 'green'}]{len(rejected)}[/] rejected")
        if store is None:
            console.print(f"{summary} — Parquet partitions in {safe(out)}")
        else:
            counts = store.counts()
            console.print(f"{summary} — the store now holds {counts['documents']} documents, {counts['turns']} "
                          f"turns, {counts['speakers']} speakers, {counts['mentions']} actor mentions, "
                          f"{counts['events']} events ({safe(store.url)})")
    report_rejections(rejected)
    if rejected:
        raise typer.Exit(1)


def _short(name: str) -> str:
    return name if len(name) <= 50 else "…" + name[-49:]
