"""Profiles and articles as Markdown, standalone HTML and JSON.

Document text is untrusted: HTML goes through Jinja2 with autoescaping on, and Markdown escapes the
characters that would turn a quoted sentence into markup or a raw HTML tag.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import asdict
from functools import cache

from jinja2 import Environment, PackageLoader

from dyads.profiles.article import Article
from dyads.profiles.profile import Profile

# "_" inside a word ("a_o" in a file name) makes no emphasis, so it stays as written: an escape there shows
# as a literal backslash in renderers that do not follow CommonMark
MARKDOWN_SPECIAL = re.compile(r"([\\`*\[\]|#<>]|(?<![^\W_])_|_(?![^\W_]))")


def md(text: object) -> str:
    """Escape a value for Markdown: no markup, no raw HTML, one line."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", html.unescape(str(text))).replace("\n", " ")


WEB_URL = re.compile(r"https?://[^\s<>\"'`\\]+", re.I)


def web_url(url: object) -> str:
    """The URL if it is plain http(s), else "": a document's `javascript:`, `data:` or `file:` URL is never
    made a link, and nothing in it can close a Markdown autolink or an HTML attribute."""
    return url if isinstance(url, str) and WEB_URL.fullmatch(url) else ""


@cache
def _env(autoescape: bool) -> Environment:
    env = Environment(loader=PackageLoader("dyads.profiles", "templates"), trim_blocks=True, lstrip_blocks=True,
                      autoescape=autoescape, keep_trailing_newline=True)
    env.filters["md"] = md
    env.filters["web_url"] = web_url
    env.filters["signed"] = lambda x: "—" if x is None else f"{x:+.2f}"
    env.filters["topic"] = lambda t: str(t).replace("_", " ")
    return env


def profile_json(profile: Profile) -> str:
    return json.dumps(asdict(profile), ensure_ascii=False, indent=2)


def profile_markdown(profile: Profile) -> str:
    return _env(False).get_template("profile.md.j2").render(p=profile)


def profile_html(profile: Profile) -> str:
    return _env(True).get_template("profile.html.j2").render(p=profile)


def article_markdown(article: Article) -> str:
    return _env(False).get_template("article.md.j2").render(a=article)


def article_html(article: Article) -> str:
    return _env(True).get_template("article.html.j2").render(a=article)


def article_json(article: Article) -> str:
    return json.dumps(asdict(article), ensure_ascii=False, indent=2)
