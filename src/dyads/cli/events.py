"""dyads events [filters] and dyads export events --format jsonl|csv|parquet : stored events with their
provenance (document, date, exact sentence and offsets)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.table import Table

from dyads.cli.common import DbOption, console, db_url, err_console, safe
from dyads.export import Format
from dyads.models import COUNTED

if TYPE_CHECKING:
    from dyads.models import StoredEvent


def _query(db: str | None, actor, dyad, types, since, until, limit, modality=None, **more) -> list[StoredEvent]:
    """`more`: quads, topics, text, document, as `query.EventFilter` takes them."""
    from dyads import query
    from dyads.actors import kb
    from dyads.store import Store

    with Store(db_url(db)) as store:
        return query.events(store, query.EventFilter(
            actor=kb.actor_code(actor) if actor else None, pair=tuple(map(kb.actor_code, dyad)) if dyad else None,
            types=tuple(t.upper() for t in types or ()), since=since, until=until, limit=limit,
            modalities=tuple(modality) if modality else COUNTED,
            **{k: tuple(v) if isinstance(v, list) else v for k, v in more.items() if v}))


def list_events(
    actor: str = typer.Option(None, "--actor", help="Source or target (name or code)"),
    dyad: tuple[str, str] = typer.Option(None, "--dyad", help="Two actors, either direction: --dyad BEL USA"),
    type: list[str] = typer.Option(None, "--type", help="PLOVER type; repeat for several"),
    since: str = typer.Option(None, "--since", help="From this date (YYYY[-MM[-DD]])"),
    until: str = typer.Option(None, "--until", help="Up to this date"),
    limit: int = typer.Option(50, "--limit", help="At most this many (0: all)"),
    modality: list[str] = typer.Option(None, "--modality", help="asserted, future (the default: both), negated, "
                                                                 "hypothetical or requested; repeat for several"),
    quad: list[str] = typer.Option(None, "--quad", help="verbal_cooperation, material_cooperation, "
                                                         "verbal_conflict or material_conflict; repeat for several"),
    topic: list[str] = typer.Option(None, "--topic", help="A topic of the sentence (trade_economy, ...)"),
    text: str = typer.Option(None, "--text", help="Words the sentence contains"),
    document: str = typer.Option(None, "--document", help="Only this document (content id or input id)"),
    db: str = DbOption,
) -> None:
    """List stored events with the sentence each was coded from."""
    rows = _query(db, actor, dyad, type, since, until, limit or None, modality, quads=quad, topics=topic,
                  text=text, document=document)
    table = Table(title=f"{len(rows)} events", show_lines=True)
    for col in ("date", "type", "source → target", "sentence", "document"):
        table.add_column(col, overflow="fold")
    for row in rows:
        ev, doc = row.event, row.document
        when = row.when or "—"
        kind = ev.type + (f" ({ev.modality})" if ev.modality != "asserted" else "")
        actors = f"{'+'.join(ev.source_all)} → {'+'.join(ev.target_all)}"
        table.add_row(safe(when), kind, safe(actors), safe(ev.sentence.strip()),
                      safe(f"{doc.source_id or doc.id} [{ev.start}:{ev.end}]"))
    console.print(table)


export_app = typer.Typer(help="Export stored data.", no_args_is_help=True)


@export_app.command("events")
def export_events(
    format: Format = typer.Option(Format.jsonl, "--format", "-f"),
    out: Path = typer.Option(..., "--out", "-o", help="File to write"),
    actor: str = typer.Option(None, "--actor"),
    dyad: tuple[str, str] = typer.Option(None, "--dyad"),
    type: list[str] = typer.Option(None, "--type"),
    since: str = typer.Option(None, "--since"),
    until: str = typer.Option(None, "--until"),
    db: str = DbOption,
) -> None:
    """PLOVER-style event records: JSONL (nested) or CSV/Parquet (the same columns, flattened)."""
    rows = _query(db, actor, dyad, type, since, until, None)
    from dyads.export import write_rows
    from dyads.export.records import plover_record

    records = [plover_record(r) for r in rows]
    write_rows(records, format, out)
    err_console.print(f"{len(records)} events → {out} ({format})")


def list_dyads(
    limit: int = typer.Option(30, "--limit", help="At most this many pairs (0: all)"),
    db: str = DbOption,
) -> None:
    """The country pairs in the store: documents, events, cooperation–conflict index, last contact."""
    from dyads import query
    from dyads.store import Store

    with Store(db_url(db)) as store:
        pairs = query.pairs(store)
    table = Table(title=f"{len(pairs)} pairs (index: mean PLOVER score, -10 conflict … +10 cooperation)")
    for col in ("pair", "documents", "events", "index", "last contact"):
        table.add_column(col, overflow="fold")
    for p in pairs[: limit or None]:
        table.add_row("–".join(p.pair), str(p.documents), str(p.events), f"{p.index:+.1f}",
                      safe(p.last_contact or "—"))
    console.print(table)
