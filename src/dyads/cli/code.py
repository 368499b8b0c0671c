"""dyads code INPUT.jsonl and dyads eval-plover FILE : sentence coding, and its score on the PLOVER
gold-standard records (which the project does not ship: the command takes their path)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from dyads.cli.common import console, err_console

# CAMEO country codes that differ from ISO 3166 alpha-3, as they appear in the PLOVER records.
CAMEO_TO_ISO = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "DRC": "COD", "UKG": "GBR"}


def _read_jsonl(path: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise typer.BadParameter(f"{path}:{number}: invalid JSON ({exc})") from None
    return rows


def _day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def code(
    input: Path = typer.Argument(..., exists=True, dir_okay=False, help='JSONL: {"id", "text", "date"?} per line'),
    out: Path = typer.Option(None, "--out", "-o", help="Output JSONL [default: standard output]"),
) -> None:
    """Code each line's text: one {"id", "events": [...]} line per input line."""
    from dyads.events.sentences import code_texts
    from dyads.export.records import event_record

    rows = _read_jsonl(input)
    sink = out.open("w", encoding="utf-8") if out else sys.stdout
    try:
        for coded in code_texts((str(r.get("id", i)), str(r.get("text", "")), _day(r.get("date")))
                                for i, r in enumerate(rows)):
            sink.write(json.dumps({"id": coded.id, "events": [event_record(e) for e in coded.events]},
                                  ensure_ascii=False) + "\n")
    finally:
        if out:
            sink.close()
    if out:
        err_console.print(f"{len(rows)} lines coded → {out}")


def eval_plover(file: Path = typer.Argument(..., exists=True, dir_okay=False,
                                             help="plover_gsr_v05_normalized.jsonl")) -> None:
    """Event-type, quad and actor accuracy of the main coded event against the PLOVER records."""
    from dyads.events.lexicon import event_types
    from dyads.events.sentences import code_texts
    from dyads.export.records import plover_type

    rows = _read_jsonl(file)
    quads = {name: t.quad for name, t in event_types().items()}
    confusion: Counter[tuple[str, str]] = Counter()
    type_ok = quad_ok = actor_ok = 0
    for row, coded in zip(rows, code_texts((r["id"], r["text"], None) for r in rows), strict=True):
        gold = row["event_current"]
        main = coded.events[0] if coded.events else None
        guess = plover_type(main) if main else "NONE"
        confusion[(gold, guess)] += 1
        type_ok += guess == gold
        quad_ok += main is not None and quads.get(guess) == quads.get(gold)
        actor_ok += main is not None and _actor_match(main.source, row["actor"])
    n = len(rows)
    console.print(f"{n} records · event type accuracy [bold]{type_ok / n:.3f}[/] · quad accuracy "
                  f"[bold]{quad_ok / n:.3f}[/] · source actor accuracy [bold]{actor_ok / n:.3f}[/]")
    labels = sorted({g for g, _ in confusion} | {p for _, p in confusion})
    table = Table(title="confusion (rows: gold, columns: coded)")
    table.add_column("gold")
    for label in labels:
        table.add_column(label[:4], justify="right", no_wrap=True)
    for g in sorted({g for g, _ in confusion}):
        table.add_row(g, *(str(confusion[(g, p)] or "") for p in labels))
    # 18 columns: a narrower console would elide them to "…"
    Console(file=console.file, width=max(console.width, 130), highlight=False).print(table)


def _actor_match(source: str, gold_actors: list[dict]) -> bool:
    codes = {CAMEO_TO_ISO.get(a["code"], a["code"]) for a in gold_actors}
    return source in codes or ("IGO" in codes and not (len(source) == 3 and source.isupper()))
