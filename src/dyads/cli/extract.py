"""dyads extract INPUT... --out DIR : one document record (devset gold schema) per input document."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from dyads.cli.common import (
    AllowPrivateOption,
    BudgetOption,
    ModelOption,
    check_model,
    console,
    report_rejections,
    safe_filename,
)
from dyads.models import Rejection
from dyads.settings import Settings


def extract(
    inputs: list[str] = typer.Argument(..., help="Files, directories, .json/.jsonl, URLs, or - for stdin"),
    out: Path = typer.Option(..., "--out", "-o", help="Folder for the <id>.json records"),
    model: str = ModelOption,
    time_budget: float = BudgetOption,
    allow_private: bool = AllowPrivateOption,
) -> None:
    """Write a record per document without touching the store. Exit status 1 if any input was rejected."""
    from dyads.export.records import document_record
    from dyads.pipeline import process_all
    from dyads.sources import read_sources

    out.mkdir(parents=True, exist_ok=True)
    written = 0
    used: set[str] = set()
    rejected: list[Rejection] = []
    settings = Settings(model=check_model(model), time_budget=time_budget, allow_private=allow_private)
    for result in process_all(read_sources(inputs, settings), settings):
        if isinstance(result, Rejection):
            rejected.append(result)
            continue
        record = document_record(result)
        path = out / f"{_unique(safe_filename(record['id']), used)}.json"
        path.write_text(json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8")
        written += 1
    console.print(f"{written} records written to {out}, {len(rejected)} rejected")
    report_rejections(rejected)
    if rejected:
        raise typer.Exit(1)


def _unique(stem: str, used: set[str]) -> str:
    """`stem`, or `stem-2`, `stem-3`… when inputs of this run share an id: every record is kept."""
    name, n = stem, 1
    while name in used:
        n += 1
        name = f"{stem}-{n}"
    used.add(name)
    return name
