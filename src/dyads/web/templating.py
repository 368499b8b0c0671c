"""The Jinja2 environment of the web pages: autoescaping always on, and the filters the templates share."""

from __future__ import annotations

import json
from functools import cache

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from dyads.profiles.profile import actor_name
from dyads.profiles.render import web_url
from dyads.web.views import marked


def _json_block(value: object) -> Markup:
    """Data for app.js inside <script type="application/json">: `<`, `>` and `&` are escaped as \\u
    sequences, so no text inside can close the block or start markup."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    return Markup(text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e"))


@cache
def templates() -> Environment:
    env = Environment(loader=PackageLoader("dyads.web", "templates"), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["web_url"] = web_url
    env.filters["json_block"] = _json_block
    env.filters["marked"] = lambda s: Markup(marked(s))
    env.filters["name"] = actor_name
    env.filters["topic"] = lambda t: str(t).replace("_", " ")
    env.filters["signed"] = lambda x: "—" if x is None else f"{x:+.2f}"
    return env
