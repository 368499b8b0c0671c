"""EntityRuler with the domain's names the statistical model misses or mislabels: coalitions, formats,
armed groups ("D-ISIS coalition", "Quad", "C5+1", "Boko Haram"), and words it tags as PERSON ("COVID")."""

from __future__ import annotations

from spacy.language import Language

from dyads.actors import kb

EXTRA = [
    {"label": "MISC", "pattern": "COVID"}, {"label": "MISC", "pattern": "COVID-19"},
    {"label": "ORG", "pattern": "Twitter"}, {"label": "ORG", "pattern": "D-ISIS coalition"},
    {"label": "ORG", "pattern": [{"LOWER": "defeat"}, {"ORTH": "-", "OP": "?"}, {"ORTH": "ISIS"},
                                 {"LOWER": "coalition"}]},
]


def add_entity_ruler(nlp: Language) -> None:
    patterns = [{"label": "ORG", "pattern": a.text} for a in kb.organization_aliases()
                if a.kind in ("format", "armed_group") or " " in a.text]
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": False})
    ruler.add_patterns(patterns + EXTRA)
