"""HTML → text and metadata through trafilatura (it returns None on plain text: HTML only)."""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura
from trafilatura.settings import use_config

from dyads import errors
from dyads.errors import InputRejected

_CONFIG = use_config()
_CONFIG.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # signal-based timeouts break in worker threads
_CONFIG.set("DEFAULT", "MIN_EXTRACTED_SIZE", "20")


@dataclass
class HtmlText:
    text: str
    title: str | None
    date: str | None
    url: str | None


def extract_html(html: str, url: str | None = None) -> HtmlText:
    """Main text of the page, scripts, styles and navigation dropped; refuse a page with none."""
    doc = trafilatura.bare_extraction(
        html, url=url, include_comments=False, include_tables=True, with_metadata=True,
        favor_recall=True, config=_CONFIG,
    )
    text = (doc.text if doc is not None else None) or ""
    if not text.strip():
        raise InputRejected(errors.NO_HTML_TEXT)
    return HtmlText(text=text, title=doc.title, date=doc.date, url=doc.url or url)
