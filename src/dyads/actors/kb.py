"""Loader for the curated tables in `data/` (each row names its source).

    countries.csv         iso3, iso2, name                    every state (+ XKX, TWN, PSE)
    country_aliases.csv   alias, iso3, kind, case_sensitive   names, abbreviations, demonyms, metonyms, ministries,
                                                              historical
    organizations.csv     alias, code, kind, case_sensitive   IGOs (organs → parent), formats, armed groups
    office_holders.csv    name, aliases, country, role, role_type, start, end
    places.csv            place, country, kind                cities, U.S. states and buildings that are not capitals
    titles.csv            word, fits                          title words and the office types they fit
    political_words.csv   word, pos                           predicates that make a capital its government (with the
                                                              event lexicon's verbs but the `not_verb` rows)
    publishers.csv        domain, actor, host, why            government web domains; an embassy site's host

Loaded once per process; lookups are dictionary reads.
"""

from __future__ import annotations

import csv
import difflib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from urllib.parse import urlsplit

from dyads.errors import UnknownActor


@dataclass(frozen=True)
class Alias:
    text: str
    code: str
    # name | abbreviation | demonym | metonym | institution | armed_forces | office | historical | igo | format |
    # armed_group
    kind: str
    case_sensitive: bool


# The alias kind (and mention rule) of a state's army by its own name ("the PLA"): it acts for its state in events
# but names no country (devset 3.5)
ARMED_FORCES = "armed_forces"


Period = tuple[date, date]   # (first, last) day: "in 2012" in a sentence of an article written in 2024


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
        """Last real name token of each name: 'Charles III' → 'charles', never the numeral 'iii'."""
        return {fold(words[-1]) for n in (self.name, *self.aliases) if (words := name_tokens(n))}

    def name_words(self) -> set[str]:
        """Every folded token of every name, to check that given names in a mention agree."""
        return {fold(w) for n in (self.name, *self.aliases) for w in n.replace("-", " ").split()}

    @property
    def regnal(self) -> bool:
        """A monarch known by a regnal name ('Charles III'): that name is a given name, not a surname."""
        words = self.name.split()
        return len(words) > 1 and is_name_suffix(words[-1])

    def numerals(self) -> set[str]:
        """The numerals of the holder's names ('II' of 'Albert II of Monaco'): 'King Albert I' is someone else."""
        return set().union(*(_numerals(n) for n in (self.name, *self.aliases)))

    def in_office(self, on: date | Period) -> bool:
        """In office on the day, or at some time in the period (first, last)."""
        first, last = on if isinstance(on, tuple) else (on, on)
        return self.start <= last and (self.end is None or first <= self.end)


def fold(text: str) -> str:
    """Case- and accent-insensitive key: 'Wilmès' and 'WILMES' meet."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")


def strip_possessive(word: str) -> str:
    """'Biden’s' → 'Biden', 'Wilmès' stays 'Wilmès' (str.rstrip would eat its final s)."""
    return re.sub(r"[’']s$", "", word.strip(".,;:"))


ROMAN = re.compile(r"[IVX]+")   # a regnal or generational numeral, upper case only
NAME_SUFFIX = re.compile(rf"(?i:jr|sr)\.?|{ROMAN.pattern}")  # 'Jr.', 'Sr', regnal/generational 'III'


# Words of address before a name ("the Hon. James Marape", "H.E. Mr. Nikolay Nozdrev", "Shri Rajnath Singh") and
# letters after it ("James Marape MP"): neither is part of the name
HONORIFICS = frozenset({"hon", "mr", "ms", "mrs", "dr", "h.e", "dato", "dato'", "dato’", "sir", "dame", "madam", "his",
                        "her", "excellency", "shri", "smt", "sri"})
HONOURS = frozenset({"MP", "M.P", "QC", "KC", "OBE", "CBE", "KBE"})


def _numerals(name: str) -> set[str]:
    """The regnal or generational numerals a name is written with ('III' of 'Charles III')."""
    return {w for w in name.replace(",", " ").split() if ROMAN.fullmatch(w)}


def is_name_suffix(word: str) -> bool:
    """'III' or 'Jr.' distinguish people who share a name; they never identify anyone alone."""
    return NAME_SUFFIX.fullmatch(word.strip(",")) is not None


def name_tokens(name: str) -> list[str]:
    """The words of a name without possessive and suffixes: 'Lloyd J. Austin III's' → Lloyd, J., Austin."""
    words = [strip_possessive(w) for w in name.split()]
    while words and is_name_suffix(words[-1]):
        words.pop()
    return [w for w in words if w]


def _rows(name: str, package: str = "dyads.actors") -> list[dict[str, str]]:
    path = resources.files(package) / "data" / name
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@cache
def countries() -> dict[str, str]:
    return {r["iso3"]: r["name"] for r in _rows("countries.csv")}


@cache
def publishers() -> dict[str, dict[str, str]]:
    """Web domain → its row of `publishers.csv`: the government that publishes there, and how a mission's
    site names its host country (`host` = "label": the label before the domain, a country code or name)."""
    return {r["domain"].lower(): r for r in _rows("publishers.csv")}


@cache
def iso2_codes() -> dict[str, str]:
    """Lower-case ISO 3166 alpha-2 code → iso3, with the internet's "uk" for GB."""
    return {r["iso2"].lower(): r["iso3"] for r in _rows("countries.csv") if r["iso2"]} | {"uk": "GBR"}


def _publisher_row(url: str | None) -> tuple[dict[str, str], str] | None:
    """The row of the longest listed domain suffix of the URL's host, and the label before that suffix."""
    labels = (urlsplit(url or "").hostname or "").lower().rstrip(".").split(".")
    table = publishers()
    for i in range(len(labels)):
        if (domain := ".".join(labels[i:])) in table:
            return table[domain], labels[i - 1] if i else ""
    return None


def publisher(url: str | None) -> str | None:
    """The actor whose government publishes at `url` ("ca.usembassy.gov" → USA, "www.mofa.go.jp" → JPN);
    None for any other site (news, encyclopedias)."""
    found = _publisher_row(url)
    return found[0]["actor"] if found else None


def mission_host(url: str | None) -> str | None:
    """The country hosting the embassy whose site `url` is ("be.usembassy.gov" → BEL, "japan.diplo.de" →
    JPN), by the convention of its domain; None for any other site."""
    found = _publisher_row(url)
    if not found or found[0]["host"] != "label" or not found[1]:
        return None
    label = found[1]
    if len(label) == 2:
        return iso2_codes().get(label)
    alias = country_alias(label.replace("-", " ").title())
    return alias.code if alias else None


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


def actor_code(name: str) -> str:
    """'Belgium', 'belgian', 'BEL' or 'NATO' → the actor code the store uses; `UnknownActor` otherwise,
    naming the closest known names."""
    codes = set(countries()) | {a.code for a in organization_aliases()}
    if name.strip().upper() in codes:
        return name.strip().upper()
    for surface in (name.strip(), name.strip().title()):
        alias = country_alias(surface) or organization_alias(surface)
        if alias:
            return alias.code
    known = [*countries().values(), *(a.text for a in country_aliases() if a.kind != "metonym"),
             *(a.text for a in organization_aliases())]
    close = difflib.get_close_matches(name.strip().title(), list(dict.fromkeys(known)), n=3, cutoff=0.6)
    hint = f" (did you mean {', '.join(repr(c) for c in close)}?)" if close else ""
    raise UnknownActor(f"Unknown actor {name!r}{hint}: give a country name, demonym or ISO code, "
                       "or an organisation")


def country_alias(surface: str) -> Alias | None:
    """What a surface form names as a state, if anything ('Belgian' → BEL, 'U.S.' → USA)."""
    return _lookup(_country_index(), surface)


@cache
def multilateral() -> frozenset[str]:
    """Codes of international organisations and formats (NATO, EU, UN, G7), not armed groups."""
    return frozenset(a.code for a in organization_aliases() if a.kind in ("igo", "format"))


def organization_alias(surface: str) -> Alias | None:
    return _lookup(_org_index(), surface)


@cache
def places() -> dict[str, tuple[str | None, str]]:
    """fold(place) → (city or None, iso3). Capitals come from the metonym rows; other cities of 100,000
    people or more from `cities.csv` (built by `scripts/build_cities.py`)."""
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
    for r in _rows("cities.csv"):   # the GeoNames gazetteer, after every curated name
        out.setdefault(fold(r["place"]), (r["place"], r["country"]))
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
    """Holders with this surname, best first: in office on the date, then the matching role type.

    A ranking for speaker labels and the CLI; resolving a mention in running text uses the stricter
    `match_office_holder`. A suffix ('III', 'Jr.') is no surname and finds nobody."""
    if is_name_suffix(strip_possessive(surname)):
        return []
    found = _holders_by_surname().get(fold(strip_possessive(surname)), [])

    def rank(h: OfficeHolder) -> tuple[int, int, int]:
        return (0 if on is None or h.in_office(on) else 1, 0 if role_type in (None, h.role_type) else 1,
                -h.start.toordinal() if on is None else 0)

    return sorted(found, key=rank)


@cache
def title_words() -> dict[str, tuple[str, ...]]:
    """fold(word) → the office types it fits, in order of preference; ('any',) for qualifiers like 'Acting'."""
    return {fold(r["word"]): tuple(r["fits"].split("|")) for r in _rows("titles.csv")}


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[^\w.]+", fold(text).replace("’s", "").replace("'s", "")) if w.strip(".")]


def title_fits(title: list[str], holder: OfficeHolder) -> bool:
    """Whether every word of the title before a name fits the holder's office.

    A word fits when it is in the holder's own role ('Vice' in 'Vice Chancellor'), is a generic title
    word for the holder's office type ('Foreign Minister' for a 'Minister of Foreign Affairs'), is a
    qualifier that fits any office ('Acting') or one of the holder's own names. So 'Secretary of
    Defense' does not fit a Secretary of State and 'Vice President' does not fit a President."""
    own = set(_words(holder.role)) | holder.name_words() | {"of", "for", "the", "and"}
    for word in _words(" ".join(title)):
        fits = title_words().get(word.rstrip(".")) or ()
        if word not in own and "any" not in fits and holder.role_type not in fits:
            return False
    return True


def is_full_name(name: str, holder: OfficeHolder) -> bool:
    """The mention is one of the holder's names as written ('Biden', 'Joseph R. Biden Jr.'), or a
    multi-word one up to a suffix ('Joseph R. Biden' for 'Joseph R. Biden Jr.'); a regnal name without
    its numeral ('Charles') is not a full name."""
    names = (holder.name, *holder.aliases)
    if fold(" ".join(strip_possessive(w) for w in name.split())) in {fold(n) for n in names}:
        return True
    key = fold(" ".join(name_tokens(name)))
    return len(key.split()) > 1 and key in {fold(" ".join(name_tokens(n))) for n in names}


def given_names_agree(name: str, holder: OfficeHolder) -> bool:
    """Every given name spelled out before the surname is one of the holder's ('Fuad Hussein' is not
    Hishammuddin Hussein, 'Hunter Biden' not Joe Biden); initials and title words are skipped."""
    return all(fold(w) in holder.name_words() for w in name_tokens(name)[:-1]
               if len(w.rstrip(".")) > 1 and fold(w) not in title_words())


def match_office_holder(name: str, title: list[str] | None = None, on: date | Period | None = None,
                        countries: frozenset[str] = frozenset()) -> OfficeHolder | None:
    """The office-holder a name in running text refers to, only when name, title and date all agree.

    * name: the last real token (not 'III', not 'Jr.') is the surname; given names that are spelled
      out must be among the holder's names ('Hunter Biden' is not Joe Biden; initials are skipped);
    * title (the words before the name, country words removed): must fit the office (`title_fits`);
    * on: when the date (or the period) is known, the holder must be in office on it (at some time in it);
    * countries: states or organisations named in the title ('German Chancellor') must be the holder's;
    * a regnal name ('Charles') needs a title or the full name."""
    words = name_tokens(name)
    if not words:
        return None
    title = title or []

    numerals = _numerals(name)

    def agrees(h: OfficeHolder) -> bool:
        return ((on is None or h.in_office(on)) and given_names_agree(name, h)
                and title_fits(title, h) and all(c == h.country for c in countries)
                and (not h.regnal or bool(title) or is_full_name(name, h))
                and not (numerals and (own := h.numerals()) and not numerals & own))

    wanted = next((fits[0] for w in reversed(title) if (fits := title_words().get(fold(w).rstrip("."), ()))
                   and fits[0] != "any"), None)
    found = [h for h in _holders_by_surname().get(fold(words[-1]), []) if agrees(h)]
    found.sort(key=lambda h: (0 if wanted in (None, h.role_type) else 1, -h.start.toordinal()))
    return found[0] if found else None


@cache
def political_words() -> dict[str, frozenset[str]]:
    """pos ('verb' | 'noun' | 'governing') → lemmas that make a capital stand for its government (as the subject of
    a verb, the possessor of a noun, compounded with a governing noun): the rows of political_words.csv, and every
    one-word verb of the event lexicon (the acts governments do, read as data from events/data/triggers.csv,
    not through the later stage's code) but those the file lists as `not_verb` (a city or a crowd does them too)."""
    out: dict[str, set[str]] = {"verb": set(), "not_verb": set()}
    for r in _rows("political_words.csv"):
        out.setdefault(r["pos"], set()).add(fold(r["word"]))
    acts = {fold(r["trigger"]) for r in _rows("triggers.csv", "dyads.events")
            if r["pos"] == "VERB" and " " not in r["trigger"]}
    out["verb"] |= acts - out.pop("not_verb")
    return {pos: frozenset(words) for pos, words in out.items()}
