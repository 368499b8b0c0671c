"""The sources file (TOML): named feeds, sitemaps and listing pages, checked when read."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from dyads.errors import BadOption

KINDS = ("feed", "sitemap", "listing")


@dataclass(frozen=True)
class Source:
    name: str
    kind: str                        # feed | sitemap | listing
    url: str
    links: str | None = None         # listing pages: a regular expression the article links match
    include: str | None = None       # only URLs matching this regular expression
    exclude: str | None = None       # never URLs matching this one
    language: str = "en"
    rate: float = 30.0               # requests per minute to its host, at most (robots.txt may ask for less)
    trust_private: bool = False      # allow loopback and private addresses (an intranet source)
    verified: bool = False           # the entry was checked against the live site

    def wants(self, url: str) -> bool:
        return ((not self.include or re.search(self.include, url) is not None)
                and (not self.exclude or re.search(self.exclude, url) is None))


def load_sources(path: Path) -> list[Source]:
    """The sources of a TOML file ([[source]] tables); `BadOption` naming the entry and field at fault."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise BadOption(f"sources file {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise BadOption(f"sources file {path} is not valid TOML: {exc}") from None
    out = []
    for i, entry in enumerate(data.get("source", [])):
        where = f"{path}, source {entry.get('name') or i + 1}"
        unknown = set(entry) - set(Source.__dataclass_fields__)
        if unknown:
            raise BadOption(f"{where}: unknown field {', '.join(sorted(unknown))}")
        if entry.get("kind") not in KINDS:
            raise BadOption(f"{where}: kind must be one of {', '.join(KINDS)}")
        if not str(entry.get("url", "")).startswith(("http://", "https://")):
            raise BadOption(f"{where}: url must be an http(s) URL")
        if entry["kind"] == "listing" and not entry.get("links"):
            raise BadOption(f"{where}: a listing page needs `links`, the pattern of its article links")
        for field in ("links", "include", "exclude"):
            try:
                re.compile(entry.get(field) or "")
            except re.error as exc:
                raise BadOption(f"{where}: {field} is not a regular expression ({exc})") from None
        if not 0 < float(entry.get("rate", 30)) <= 600:
            raise BadOption(f"{where}: rate is requests per minute, 0 < rate <= 600")
        out.append(Source(**{"name": entry.get("name") or entry["url"], **entry}))
    if len({s.name for s in out}) != len(out):
        raise BadOption(f"sources file {path}: two sources share a name")
    return out
