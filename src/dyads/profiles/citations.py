"""Citations: every item of a profile or article points at the exact sentence it rests on.

A citation names the stored document (content id and the input's own id), its date with the date's own
evidence text, and the sentence with its offsets in the stored text, so `text[start:end] == sentence`
can always be checked against the database.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from dyads.models import DocumentHead, Voice


@dataclass(frozen=True)
class Citation:
    document: str             # content id in the store
    source_id: str | None     # the input's own id ("s012", "d01")
    title: str | None
    url: str | None
    date: str | None          # the document's date (ISO)
    date_text: str | None     # the exact text the date was read from ("" when it came from metadata)
    doc_type: str
    speaker: str | None       # who says it ("Secretary of State John Kerry"): the turn's speaker, or the author
    speaker_country: str | None  # the state the turn's speaker speaks for
    start: int
    end: int
    sentence: str

    @property
    def label(self) -> str:
        return self.source_id or self.document


def cite(doc: DocumentHead, start: int, text: str) -> Citation:
    """The citation of `text`, which starts at `start` in the stored text (an event's or a fact's
    sentence), trimmed of surrounding whitespace."""
    start += len(text) - len(text.lstrip())
    text = text.strip()
    voice = _voice(doc, start)
    return Citation(doc.id, doc.source_id, doc.title, doc.url, doc.date, doc.date_text, doc.doc_type,
                    _speaker(doc, start, voice), voice.country if voice else None, start, start + len(text), text)


AUTHOR_IN_TITLE = re.compile(  # "Remarks by Chargé d'Affaires Lussenhop", "(Ambassador Howard Gutman, 2012)"
    r"(?:^|\bby\s+|\()((?:Ambassador|Chargé d['’]Affaires|Secretary(?: of State)?|President|Prime Minister|"
    r"Foreign Minister)\s+(?:[A-Z][\w'’.-]*\s?){1,4})")


def _voice(doc: DocumentHead, pos: int) -> Voice | None:
    """The turn holding `pos`, if any."""
    i = bisect_right(doc.voices, pos, key=lambda v: v.start) - 1  # turns are in text order
    return doc.voices[i] if i >= 0 and pos < doc.voices[i].end else None


def _speaker(doc: DocumentHead, pos: int, voice: Voice | None) -> str | None:
    """The speaker of the turn holding `pos`; for a speech or statement without turns, the official its
    title names as its author."""
    if not doc.voices:
        m = AUTHOR_IN_TITLE.search(doc.title or "") if doc.doc_type in ("remarks", "press_release") else None
        return re.sub(r"(?:['’]s)?(?:\s+(?:Remarks|remarks|at|to))*$", "", m.group(1).strip()) if m else None
    if voice is None or voice.role_type in ("journalist", "moderator"):
        return None
    return " ".join(filter(None, (voice.role, voice.name))) or None
