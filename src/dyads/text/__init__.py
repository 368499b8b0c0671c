"""Text: raw bytes or markup → a `Document` with clean text, boilerplate spans and a content id."""

from __future__ import annotations

from dyads import errors
from dyads.errors import InputRejected
from dyads.models import Document, SourceItem
from dyads.text.boilerplate import find_boilerplate
from dyads.text.decode import check_text, decode_bytes
from dyads.text.fingerprint import content_id
from dyads.text.html import extract_html


def clean(item: SourceItem) -> Document:
    """Decode and clean one input; raise InputRejected with the reason if it has no usable text."""
    raw = decode_bytes(item.data) if isinstance(item.data, bytes) else check_text(item.data)
    title, url, published = item.title, item.url, item.date
    if item.kind == "html":
        page = extract_html(raw, url=url)
        text, title, url, published = page.text, title or page.title, url or page.url, published or page.date
    else:
        text = raw
    doc = Document(text=text, kind=item.kind, name=item.name, source_id=item.source_id, url=url, title=title,
                   published=published)
    doc.boilerplate = find_boilerplate(text)
    if not doc.content().strip():
        raise InputRejected(errors.NO_HTML_TEXT if item.kind == "html" else errors.ONLY_BOILERPLATE)
    doc.id = content_id(text)
    return doc


__all__ = ["clean", "InputRejected"]
