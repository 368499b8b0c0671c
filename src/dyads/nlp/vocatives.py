"""The one a sentence opens by addressing ("Minister Wong, last week a Chinese vessel fired …"), relabelled.

The parser takes such a name for a second subject of the verb (`nsubj`). It neither does what the verb says nor
suffers it, so every later reading of subjects, speakers and objects would have to skip it; relabelled `vocative`
(the Universal Dependencies label) once after the parse, no reader sees it as a subject.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from dyads.actors import kb

LABEL = "vocative"


def hailed(verb: Token) -> Token | None:
    """The verb's first subject when it opens the sentence, is set off by a comma and another subject follows."""
    # "President Joseph R. Biden, Jr. met …": a name's suffix is no second subject ("I" after a comma is the pronoun)
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and (c.text == "I" or not kb.is_name_suffix(c.text))]
    if len(subjects) < 2:
        return None
    first = subjects[0]
    end = first.right_edge   # the parser may hang the comma on the name
    after = end if end.text == "," else first.doc[end.i + 1] if end.i + 1 < len(first.doc) else end
    return first if first.left_edge.i == first.sent.start and after.text == "," else None


@Language.component("dyads_vocatives")
def relabel_vocatives(doc: Doc) -> Doc:
    for tok in doc:
        name = hailed(tok)
        if name is not None:
            name.dep_ = LABEL
    return doc
