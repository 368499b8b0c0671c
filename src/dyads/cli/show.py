"""dyads show DOC_ID : a stored document with its metadata, speakers and turns."""

from __future__ import annotations

import json

import typer
from rich.table import Table

from dyads.cli.common import DbOption, console, db_url, safe


def show(
    doc_id: str = typer.Argument(..., help="Content id (or a unique prefix) or the input's own id"),
    as_json: bool = typer.Option(False, "--json", help="Print the document record as JSON"),
    db: str = DbOption,
) -> None:
    """Show a stored document."""
    from dyads.export.records import document_record
    from dyads.store import Store

    with Store(db_url(db)) as store:
        doc = store.get(doc_id)
    if doc is None:
        console.print(f"[red]No document[/] {safe(doc_id)} in the store (try `dyads list`).")
        raise typer.Exit(1)
    if as_json:
        console.print_json(json.dumps(document_record(doc) | {"content_id": doc.id, "title": doc.title}))
        return
    meta = Table.grid(padding=(0, 2))
    for key, value in (
        ("id", f"{doc.id} ({doc.source_id})"), ("title", doc.title), ("source", doc.name), ("url", doc.url),
        ("type", doc.doc_type), ("date", doc.date and f"{doc.date.value}  ← {_evidence(doc.date.text)}"),
        ("location", doc.location and f"{doc.location.city or '—'}, {doc.location.country}  ← “{doc.location.text}”"),
        ("dyads", ", ".join("–".join(p) for p in doc.dyads)), ("countries", ", ".join(doc.countries)),
        ("organisations", ", ".join(doc.organizations)), ("topics", ", ".join(doc.topics)),
        ("mentions", f"{len(doc.mentions)} actor mentions" if doc.mentions else None),
        ("events", f"{len(doc.events)} events (dyads events lists them)" if doc.events else None),
    ):
        meta.add_row(f"[bold]{key}[/]", safe(value) if value else "—")
    console.print(meta)
    if doc.speakers:
        table = Table(title="Speakers")
        for col in ("label", "name", "role", "role type", "country", "turns"):
            table.add_column(col)
        for s in doc.speakers:
            table.add_row(*(safe(v or "—") for v in (s.label, s.name, s.role, s.role_type,
                                                              s.country or s.organization, s.turns)))
        console.print(table)
        for turn in doc.turns:
            words = doc.text[turn.text_start:turn.end].strip()
            console.print(f"[bold cyan]{safe(turn.label)}[/]{' (via interpreter)' if turn.interpreted else ''}: "
                          f"{safe(words[:300])}{'…' if len(words) > 300 else ''}")
    else:
        console.print(safe(doc.content()[:3000]))


def list_documents(db: str = DbOption) -> None:
    """List stored documents."""
    from dyads.store import Store

    with Store(db_url(db)) as store:
        rows = store.documents()
    table = Table(title=f"{len(rows)} documents")
    for col in ("id", "source id", "type", "date", "title"):
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(*(safe(v or "—") for v in row))
    console.print(table)


def _evidence(text: str) -> str:
    return f"“{text.strip()}”" if text else "the input's metadata"
