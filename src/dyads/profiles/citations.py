"""Citations: every item of a profile or article points at the exact sentence it rests on.

A citation names the stored document (content id and the input's own id), its date with the date's own
evidence text, and the sentence with its offsets in the stored text, so `text[start:end] == sentence`
can always be checked against the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dyads.models import Document


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
    start: int
    end: int
    sentence: str

    @property
    def label(self) -> str:
        return self.source_id or self.document


def cite(doc: Document, start: int, end: int) -> Citation:
    """The citation of `doc.text[start:end]`, trimmed of surrounding whitespace."""
    raw = doc.text[start:end]
    start += len(raw) - len(raw.lstrip())
    end = start + len(raw.strip())
    return Citation(doc.id, doc.source_id, doc.title, doc.url, doc.date.value if doc.date else None,
                    doc.date.text if doc.date else None, doc.doc_type, _speaker(doc, start), start, end,
                    doc.text[start:end])


AUTHOR_IN_TITLE = re.compile(  # "Remarks by Chargé d'Affaires Lussenhop", "(Ambassador Howard Gutman, 2012)"
    r"(?:^|\bby\s+|\()((?:Ambassador|Chargé d['’]Affaires|Secretary(?: of State)?|President|Prime Minister|"
    r"Foreign Minister)\s+(?:[A-Z][\w'’.-]*\s?){1,4})")


def _speaker(doc: Document, pos: int) -> str | None:
    """The speaker of the turn holding `pos`; for a speech or statement without turns, the official its
    title names as its author."""
    if not doc.turns:
        m = AUTHOR_IN_TITLE.search(doc.title or "") if doc.doc_type in ("remarks", "press_release") else None
        return re.sub(r"(?:['’]s)?(?:\s+(?:Remarks|remarks|at|to))*$", "", m.group(1).strip()) if m else None
    turn = next((t for t in doc.turns if t.text_start <= pos < t.end), None)
    speaker = next((s for s in doc.speakers if turn and s.label == turn.label), None)
    if speaker is None or speaker.role_type in ("journalist", "moderator"):
        return None
    return " ".join(filter(None, (speaker.role, speaker.name))) or None


def sentence_at(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around text[start:end], for spans that are not stored with their
    sentence (a topic cue): from the previous sentence end or line break to the next."""
    left = max((m.end() for m in re.finditer(r"[.!?][”\"’)]?\s+|\n", text[:start])), default=0)
    right = re.compile(r"[.!?][”\"’)]?(?=\s|$)|\n").search(text, end)
    return left, right.end() if right and text[right.start()] != "\n" else (right.start() if right else len(text))
