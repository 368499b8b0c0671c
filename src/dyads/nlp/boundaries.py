"""Sentence boundaries at paragraph breaks and at line ends that close a sentence.

The parser alone runs a header line ("The below is attributable to ...:") into the first sentence of
the text, and a dateline into a title. Wrapped lines inside a sentence (single line breaks with no
closing punctuation) are kept together: the devset keeps such sentences whole.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

CLOSERS = {".", ":", "!", "?", "”", '"', ")"}


@Language.component("dyads_paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    for i, tok in enumerate(doc[:-1]):
        if not tok.is_space or "\n" not in tok.text:
            continue
        prev = doc[i - 1] if i else None
        if "\n\n" in tok.text or (prev is not None and (prev.text in CLOSERS or prev.is_space)):
            doc[i + 1].is_sent_start = True
    return doc
