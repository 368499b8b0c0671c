"""HTML → text and metadata through trafilatura (it returns None on plain text: HTML only).

libxml2, under trafilatura, stops building the tree 256 elements deep, so a page nested deeper reads as
empty; such a page falls back to the standard library's tokenizer (`VisibleText`), which has no depth."""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

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
    if doc is not None and (doc.text or "").strip():
        return HtmlText(text=doc.text, title=doc.title, date=doc.date, url=doc.url or url)
    reader = VisibleText()
    reader.feed(html)
    reader.close()
    text = "\n".join(line for line in (" ".join(part.split()) for part in "".join(reader.parts).split("\n")) if line)
    if not text:
        raise InputRejected(errors.NO_HTML_TEXT)
    return HtmlText(text=text, title=" ".join(reader.title.split()) or None, date=None, url=url)


class VisibleText(HTMLParser):
    """The text a browser would show, one line per block element; scripts, styles and page chrome dropped."""

    HIDDEN = {"script", "style", "noscript", "template", "nav", "header", "footer", "head", "svg", "iframe"}
    BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote",
              "pre", "table", "ul", "ol", "dd", "dt"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self.hidden = 0
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.hidden += tag in self.HIDDEN
        self.in_title = self.in_title or tag == "title"
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        self.hidden = max(0, self.hidden - (tag in self.HIDDEN))
        self.in_title = self.in_title and tag != "title"
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        elif not self.hidden:
            self.parts.append(data)
