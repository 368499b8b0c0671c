"""dyads actors find TEXT / dyads actors list --kind KIND : the actor knowledge base from the terminal."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

import typer
from rich.table import Table

from dyads.actors import kb
from dyads.cli.common import console, safe

app = typer.Typer(help="Look up states, organisations and office-holders.", no_args_is_help=True)


class Kind(StrEnum):
    state = "state"
    organization = "organization"
    person = "person"
    place = "place"


@app.command()
def find(
    text: str = typer.Argument(..., help='A name as written: "Belgian", "the Kremlin", "Secretary Blinken"'),
    on: str = typer.Option(None, "--date", help="Resolve office-holders on this date (YYYY-MM-DD)"),
) -> None:
    """What a name resolves to, best first, with the alternatives."""
    from dyads.query import day

    when = day(on, "--date") if on else None
    table = Table(title=f"“{safe(text)}”")
    for col in ("actor", "kind", "country", "why"):
        table.add_column(col)
    rows = _candidates(text, when)
    for row in rows:
        table.add_row(*(safe(v or "—") for v in row))
    if not rows:
        console.print(f"Nothing in the knowledge base matches “{safe(text)}”.")
        raise typer.Exit(1)
    console.print(table)


def _candidates(text: str, when: date | None) -> list[tuple]:
    from dyads.actors.resolve import TITLES, person_id

    rows = []
    if alias := kb.country_alias(text):
        name = kb.countries().get(alias.code, alias.code)
        place = "; a place unless used for the government" if alias.kind == "metonym" else ""
        why = f"{alias.kind.replace('_', ' ')} of {name}{place}"
        rows.append((alias.code, "state", alias.code, why))
    if alias := kb.organization_alias(text):
        rows.append((alias.code, "organization", None, f"{alias.kind} alias"))
    if text.strip() == "Brussels":
        rows += [("EU", "organization", None, "seat of the EU, when the sentence is about the EU"),
                 ("NATO", "organization", None, "seat of NATO, when the sentence is about NATO")]
    if where := kb.place(text):
        rows.append((where[0] or text, "place", where[1], "place name"))
    words = text.split()
    role_type = next((TITLES[w.lower()] for w in words[:-1] if w.lower() in TITLES), None)
    for h in kb.find_office_holders(words[-1], when, role_type)[:6] if words else []:
        tenure = f"{h.role}, {h.start}–{h.end or 'now'}"
        rows.append((person_id(h.name), "person", h.country, f"{h.name}: {tenure}"
                     + (" (in office on that date)" if when and h.in_office(when) else "")))
    return rows


@app.command("list")
def list_actors(kind: Kind = typer.Option(Kind.state, "--kind", help="Which actors to list"),
                country: str = typer.Option(None, "--country", help="Only this state (ISO3 or name)")) -> None:
    """List the actors of one kind in the knowledge base."""
    code = (kb.country_alias(country).code if country and kb.country_alias(country) else country)
    table = Table()
    if kind is Kind.state:
        for col in ("iso3", "name", "aliases"):
            table.add_column(col, overflow="fold")
        by_code: dict[str, list[str]] = {}
        for a in kb.country_aliases():
            by_code.setdefault(a.code, []).append(a.text)
        for iso3, name in sorted(kb.countries().items()):
            if code in (None, iso3):
                table.add_row(iso3, safe(name), safe(", ".join(by_code.get(iso3, [])[:12])))
    elif kind is Kind.organization:
        for col in ("code", "kind", "aliases"):
            table.add_column(col, overflow="fold")
        orgs: dict[str, list] = {}
        for a in kb.organization_aliases():
            orgs.setdefault(a.code, [a.kind, []])[1].append(a.text)
        for org, (org_kind, aliases) in sorted(orgs.items()):
            table.add_row(safe(org), org_kind, safe(", ".join(aliases[:10])))
    elif kind is Kind.person:
        for col in ("actor", "country", "role", "from", "to"):
            table.add_column(col, overflow="fold")
        for h in sorted(kb.office_holders(), key=lambda h: (h.country, h.role_type, h.start)):
            if code in (None, h.country):
                table.add_row(safe(h.name), h.country, safe(h.role), str(h.start), str(h.end or "now"))
    else:
        for col in ("place", "city", "country"):
            table.add_column(col)
        for key, (city, iso3) in sorted(kb.places().items()):
            if code in (None, iso3) and city:
                table.add_row(safe(city), safe(key), iso3)
    console.print(table)
