"""Sentence boundaries at paragraph breaks and at line ends that close a sentence.

The parser alone runs a header line ("The below is attributable to ...:") into the first sentence of
the text, and a dateline into a title. Wrapped lines inside a sentence (single line breaks with no
closing punctuation) are kept together: the devset keeps such sentences whole. A short line before a
capitalised one is a menu item or a heading ("Home", "Japan-Australia Summit Meeting"): it ends there.
A dateline opening a paragraph ("WASHINGTON –", "NEW DELHI, Aug 7 (Reuters) -", "19 September 2024 –") ends
there: run into the sentence it parses as its subject ("The Department … today summoned": "today" the subject).
A title or reference abbreviation ("Amb.", "Sec.", "H.E.", "Nos.": data/abbreviations.txt) is one token
and no sentence starts after it ("… met Amb. Emanuel").
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Token

CLOSERS = {".", ":", "!", "?", "”", '"', ")"}
SHORT_LINE = 40  # characters: wrapped prose lines run 60 and more; menu items and headings run shorter
_DATE = r"(?:\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}|[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2}\.\d{1,2}\.\d{4})"
_PLACE = r"[A-Z](?:[^\W\d_]|[.'’-])+(?: [A-Z](?:[^\W\d_]|[.'’-])+){0,3}"   # letters with accents: "Valparaíso"
_CAPITALS = r"[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,3}"
# a city in capitals, a place with a date, or a date; an agency in brackets; a dash; the sentence
DATELINE = re.compile(rf"(?:{_CAPITALS}|{_PLACE}, {_DATE}|{_DATE})(?: \([A-Za-z ]{{2,20}}\))?"
                      r" ?[–—-]{1,2} (?=[A-Z\"“‘])")


@cache
def abbreviations() -> frozenset[str]:
    lines = (resources.files("dyads.nlp") / "data" / "abbreviations.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def add_abbreviations(nlp: Language) -> None:
    """Each abbreviation one token, period included, as written and in capitals ("SEC.")."""
    for abbr in abbreviations():
        for form in {abbr, abbr.upper()}:
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])


@Language.component("dyads_paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    text = doc.text  # built anew on every access: once
    titles = abbreviations()
    _end_dateline(doc, text, 0)
    for i, tok in enumerate(doc[:-1]):
        if tok.text in titles and tok.whitespace_ and not doc[i + 1].is_space:
            doc[i + 1].is_sent_start = False
            continue
        if not tok.is_space or "\n" not in tok.text:
            continue
        _end_dateline(doc, text, tok.idx + len(tok.text))
        prev = doc[i - 1] if i else None
        if ("\n\n" in tok.text or (prev is not None and (prev.text in CLOSERS or prev.is_space))
                or _short_line_before(text, tok, doc[i + 1])):
            doc[i + 1].is_sent_start = True
    return doc


def _end_dateline(doc: Doc, text: str, start: int) -> None:
    """A dateline opening the paragraph at `start` ends there: what follows it starts a sentence."""
    if (dateline := DATELINE.match(text, start)) and (after := doc.char_span(
            dateline.end(), dateline.end() + 1, alignment_mode="expand")) is not None:
        after[0].is_sent_start = True


def _short_line_before(text: str, newline: Token, after: Token) -> bool:
    """A menu item, heading or breadcrumb: a line too short to be wrapped prose, the next line capitalised."""
    line = text[text.rfind("\n", 0, newline.idx) + 1:newline.idx].strip()
    return 0 < len(line) <= SHORT_LINE and after.text[:1].isupper()
