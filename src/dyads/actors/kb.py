"""Loader for the curated tables in `data/` (each row names its source).

    countries.csv         iso3, name                          every state (+ XKX, TWN, PSE)
    country_aliases.csv   alias, iso3, kind, case_sensitive   names, abbreviations, demonyms, metonyms, historical
    organizations.csv     alias, code, kind, case_sensitive   IGOs (organs → parent), formats, armed groups
    office_holders.csv    name, aliases, country, role, role_type, start, end
    places.csv            place, country, kind                cities, U.S. states and buildings that are not capitals

Loaded once per process; lookups are dictionary reads.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Alias:
    text: str
    code: str
    kind: str            # name | abbreviation | demonym | metonym | historical | igo | format | armed_group
    case_sensitive: bool


@dataclass(frozen=True)
class OfficeHolder:
    name: str
    aliases: tuple[str, ...]
    country: str          # ISO3, or EU / NATO / UN
    role: str
    role_type: str        # head_of_state | head_of_government | foreign_minister | spokesperson | official
    start: date
    end: date | None

    def surnames(self) -> set[str]:
        return {fold(n.split()[-1]) for n in (self.name, *self.aliases) if n.split()}

    def in_office(self, on: date) -> bool:
        return self.start <= on and (self.end is None or on <= self.end)


def fold(text: str) -> str:
    """Case- and accent-insensitive key: 'Wilmès' and 'WILMES' meet."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")


def strip_possessive(word: str) -> str:
    """'Biden’s' → 'Biden', 'Wilmès' stays 'Wilmès' (str.rstrip would eat its final s)."""
    return re.sub(r"[’']s$", "", word.strip(".,;:"))


def _rows(name: str) -> list[dict[str, str]]:
    path = resources.files("dyads.actors") / "data" / name
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@cache
def countries() -> dict[str, str]:
    return {r["iso3"]: r["name"] for r in _rows("countries.csv")}


@cache
def country_aliases() -> list[Alias]:
    return [Alias(r["alias"], r["iso3"], r["kind"], r["case_sensitive"].lower() == "true")
            for r in _rows("country_aliases.csv")]


@cache
def organization_aliases() -> list[Alias]:
    return [Alias(r["alias"], r["code"], r["kind"], r["case_sensitive"].lower() == "true")
            for r in _rows("organizations.csv")]


@cache
def office_holders() -> list[OfficeHolder]:
    out = []
    for r in _rows("office_holders.csv"):
        out.append(OfficeHolder(
            name=r["name"], aliases=tuple(a for a in r["aliases"].split("|") if a), country=r["country"],
            role=r["role"], role_type=r["role_type"], start=date.fromisoformat(r["start"]),
            end=date.fromisoformat(r["end"]) if r["end"] else None,
        ))
    return out


def _index(aliases: list[Alias]) -> tuple[dict[str, Alias], dict[str, Alias]]:
    exact, folded = {}, {}
    for a in aliases:
        (exact if a.case_sensitive else folded).setdefault(a.text if a.case_sensitive else fold(a.text), a)
    return exact, folded


@cache
def _country_index() -> tuple[dict[str, Alias], dict[str, Alias]]:
    return _index(country_aliases())


@cache
def _org_index() -> tuple[dict[str, Alias], dict[str, Alias]]:
    return _index(organization_aliases())


def _lookup(index: tuple[dict[str, Alias], dict[str, Alias]], surface: str) -> Alias | None:
    surface = re.sub(r"\s+", " ", surface.strip())
    if surface.lower().startswith("the "):
        surface = surface[4:]
    exact, folded = index
    return exact.get(surface) or folded.get(fold(surface))


def country_alias(surface: str) -> Alias | None:
    """What a surface form names as a state, if anything ('Belgian' → BEL, 'U.S.' → USA)."""
    return _lookup(_country_index(), surface)


def organization_alias(surface: str) -> Alias | None:
    return _lookup(_org_index(), surface)


@cache
def places() -> dict[str, tuple[str | None, str]]:
    """fold(place) → (city or None, iso3). Capitals come from the metonym rows."""
    out: dict[str, tuple[str | None, str]] = {}
    for r in _rows("places.csv"):
        city = r["place"] if r["kind"] == "city" else None
        if r["place"].startswith("Washington"):
            city = "Washington"
        out.setdefault(fold(r["place"]), (city, r["country"]))
    for a in country_aliases():
        if a.kind == "metonym" and not a.text.lower().startswith(("the ", "kremlin", "white house", "downing")):
            out.setdefault(fold(a.text), (a.text, a.code))
        elif a.kind == "name":
            out.setdefault(fold(a.text), (None, a.code))
    return out


def place(surface: str) -> tuple[str | None, str] | None:
    """(city, iso3) for a place name: 'Hanoi' → ('Hanoi', 'VNM'), 'Belgium' → (None, 'BEL')."""
    surface = re.sub(r"\s+", " ", surface.strip().rstrip(".,;:"))
    if surface.lower().startswith("the "):
        surface = surface[4:]
    return places().get(fold(surface))


@cache
def _holders_by_surname() -> dict[str, list[OfficeHolder]]:
    out: dict[str, list[OfficeHolder]] = {}
    for h in office_holders():
        for s in h.surnames():
            out.setdefault(s, []).append(h)
    return out


def find_office_holders(surname: str, on: date | None = None, role_type: str | None = None) -> list[OfficeHolder]:
    """Holders with this surname, best first: in office on the date, then the matching role type."""
    found = _holders_by_surname().get(fold(surname), [])

    def rank(h: OfficeHolder) -> tuple[int, int, int]:
        return (0 if on is None or h.in_office(on) else 1, 0 if role_type in (None, h.role_type) else 1,
                -h.start.toordinal() if on is None else 0)

    return sorted(found, key=rank)
