"""dyads profile A B and dyads article A B: a pair's profile (terminal, JSON, Markdown, HTML) and its
generated, cited relations article (Markdown, HTML)."""

from __future__ import annotations

from dataclasses import asdict
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.table import Table

from dyads.cli.common import CONTROL, DbOption, console, db_url, err_console, safe
from dyads.export import Format

if TYPE_CHECKING:
    from dyads.profiles.citations import Citation
    from dyads.profiles.profile import Profile


class ProfileFormat(StrEnum):
    rich = "rich"
    json = "json"
    markdown = "markdown"
    html = "html"


class ArticleFormat(StrEnum):
    markdown = "markdown"
    html = "html"
    json = "json"


class Period(StrEnum):
    year = "year"
    month = "month"


SinceOption = typer.Option(None, "--since", help="Only what is dated on or after this (YYYY[-MM[-DD]])")
UntilOption = typer.Option(None, "--until", help="Only what is dated up to this (YYYY[-MM[-DD]])")


def load_profile(a: str, b: str, by: str, db: str | None, since: str | None = None, until: str | None = None
                 ) -> Profile:
    from dyads.actors.kb import actor_code
    from dyads.profiles.profile import build_profile
    from dyads.store import Store

    pair = actor_code(a), actor_code(b)
    if pair[0] == pair[1]:
        raise typer.BadParameter(f"a pair needs two different actors, got {a} and {b}")
    with Store(db_url(db)) as store:
        profile = build_profile(store, *pair, by=by, since=since, until=until)
    if not profile.documents:
        period = f" dated {since or '…'} to {until or '…'}" if since or until else ""
        err_console.print(f"no stored documents on {pair[0]}–{pair[1]}{period}; `dyads dyads` lists the pairs in "
                          "the store")
        raise typer.Exit(1)
    return profile


def _write(text: str, out: Path | None) -> None:
    if out is None:
        console.print(CONTROL.sub("", text), markup=False, highlight=False, soft_wrap=True)
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    err_console.print(f"written to {safe(out)}")


def profile(
    a: str = typer.Argument(..., help="One side: a country name, demonym or code (Belgium, BEL), or an organisation"),
    b: str = typer.Argument(..., help="The other side"),
    by: Period = typer.Option(Period.year, "--by", help="Period of the cooperation–conflict index"),
    since: str = SinceOption,
    until: str = UntilOption,
    format: ProfileFormat = typer.Option(ProfileFormat.rich, "--format", "-f"),
    out: Path = typer.Option(None, "--out", "-o", help="Write to this file instead of the terminal"),
    db: str = DbOption,
) -> None:
    """A pair's profile: documents, events by type, index over time, contacts, topics, facts, quotes — each
    item with its citation (document, date, exact sentence)."""
    p = load_profile(a, b, by.value, db, since, until)
    if format is ProfileFormat.rich:
        _print_profile(p)
    else:
        from dyads.profiles.render import profile_html, profile_json, profile_markdown

        render = {ProfileFormat.json: profile_json, ProfileFormat.markdown: profile_markdown,
                  ProfileFormat.html: profile_html}[format]
        _write(render(p), out)


def article(
    a: str = typer.Argument(..., help="One side (name or code)"),
    b: str = typer.Argument(..., help="The other side"),
    since: str = SinceOption,
    until: str = UntilOption,
    format: ArticleFormat = typer.Option(ArticleFormat.markdown, "--format", "-f"),
    out: Path = typer.Option(None, "--out", "-o", help="Write to this file instead of the terminal"),
    db: str = DbOption,
) -> None:
    """A "X–Y relations" article written from the stored events and facts; every sentence cites its source."""
    from dyads.profiles.article import write_article
    from dyads.profiles.render import article_html, article_json, article_markdown

    art = write_article(load_profile(a, b, "year", db, since, until))
    render = {ArticleFormat.markdown: article_markdown, ArticleFormat.html: article_html,
              ArticleFormat.json: article_json}[format]
    _write(render(art), out)


EXPORTS = {"facts": "key facts", "topics": "topics", "contacts": "high-level contacts"}


def export_command(kind: str):
    def command(
        a: str = typer.Argument(..., help="One side (name or code)"),
        b: str = typer.Argument(..., help="The other side"),
        format: Format = typer.Option(Format.csv, "--format", "-f"),
        out: Path = typer.Option(..., "--out", "-o", help="File to write"),
        by: Period = typer.Option(Period.year, "--by", help="Period of topic counts"),
        since: str = SinceOption,
        until: str = UntilOption,
        db: str = DbOption,
    ) -> None:
        p = load_profile(a, b, by.value, db, since, until)
        records = [{"pair": "–".join(p.pair), **asdict(item)} for item in getattr(p, kind)]
        from dyads.export import write_rows

        write_rows(records, format, out)
        err_console.print(f"{len(records)} {kind} → {safe(out)} ({format})")

    command.__doc__ = f"A pair's {EXPORTS[kind]}, each with its citation: JSONL (nested) or CSV/Parquet (flat)."
    return command


def _cite(c: Citation) -> str:
    return safe(f"“{c.sentence}” — {c.label}, {c.date or 'undated'} [{c.start}:{c.end}]")


def _print_profile(p: Profile) -> None:
    console.rule(f"[bold]{safe(p.names[0])}–{safe(p.names[1])}[/]")
    console.print(f"{len(p.documents)} documents, {p.first_date or '—'} to {p.last_date or '—'} "
                  f"({p.undated_documents} undated) · {len(p.events)} events · cooperation–conflict index "
                  f"{p.index_all if p.index_all is not None else '—'} (mean PLOVER score, -10 … +10)")
    types = Table(title="Events by type")
    types.add_column("type")
    types.add_column("events", justify="right")
    for t, n in p.events_by_type.items():
        types.add_row(t, str(n))
    quads = Table(title="by quad")
    quads.add_column("quad")
    quads.add_column("events", justify="right")
    for q, n in p.events_by_quad.items():
        quads.add_row(q.replace("_", " "), str(n))
    console.print(types, quads)
    index = Table(title=f"Cooperation–conflict index by {p.index_by}")
    for col in (p.index_by, "events", "cooperation", "conflict", "index"):
        index.add_column(col, justify="right")
    for r in p.index:
        index.add_row(r.period, str(r.events), str(r.cooperation), str(r.conflict), f"{r.index:+.2f}")
    console.print(index)
    console.print("weights: " + ", ".join(f"{t} {w:+g}" for t, w in p.weights.items()), style="dim")
    contacts = Table(title="High-level contacts", show_lines=True)
    for col in ("date", "kind", "place", "participants", "source"):
        contacts.add_column(col, overflow="fold")
    for c in p.contacts:
        contacts.add_row(c.date or "undated", c.kind + (" (planned)" if c.planned else ""), safe(c.place or "—"),
                         safe("; ".join(c.participants)), _cite(c.citation))
    console.print(contacts)
    sides = Table(title="Cooperation and tensions", show_lines=True)
    for col in ("cooperation (strongest acts)", "tensions (every conflictual act, newest first)"):
        sides.add_column(col, overflow="fold", ratio=1)
    cells = [[f"{e.date or 'undated'} {e.type} {e.source}→{e.target}: " + _cite(e.citation) for e in side]
             for side in (p.cooperation, p.tensions)]
    for row in range(max(map(len, cells))):
        sides.add_row(*(column[row] if row < len(column) else "" for column in cells))
    console.print(sides)
    topics = Table(title="Topics", show_lines=True)
    for col in ("topic", "docs", "trend", f"by {p.index_by}", "example"):
        topics.add_column(col, overflow="fold")
    for t in p.topics:
        topics.add_row(t.topic, str(t.documents), t.trend, " ".join(f"{k}:{v}" for k, v in t.by_period.items()),
                       _cite(t.citation))
    console.print(topics)
    facts = Table(title="Key facts", show_lines=True)
    facts.add_column("fact", overflow="fold")
    facts.add_column("figures", overflow="fold")
    for f in p.facts[:12]:
        facts.add_row(_cite(f.citation), safe(", ".join(g["text"] + (f" ({g['unit']})" if g["unit"] else "")
                                                          for g in f.figures)))
    console.print(facts)
    quotes = Table(title="Notable quotes", show_lines=True)
    quotes.add_column("speaker", overflow="fold")
    quotes.add_column("quote", overflow="fold")
    for q in p.quotes[:8]:
        quotes.add_row(safe(f"{q.speaker} ({q.country})"), _cite(q.citation))
    console.print(quotes)
