"""The trigger lexicon is data; these checks keep its rows consistent with the CAMEO codes they carry."""

import csv
import re
from dataclasses import replace
from importlib.resources import files

import pytest

from dyads.events.lexicon import conditions, event_types, spellings, triggers

# CAMEO root (two digits) → PLOVER type, after the CAMEO-to-PLOVER crosswalk (PLOVER manual, 2021)
ROOT_TYPE = {"03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID", "08": "CONCEDE",
             "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN", "14": "PROTEST",
             "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT",
             "20": "ASSAULT"}
# Codes filed elsewhere than their root: 084-087 are RETREAT; the crosswalk files 191 (blockade) and 192
# (occupy) under COERCE, while the annotation rules (shared/devset/README.md) code invasions and sieges ASSAULT,
# and diplomatic recognition (054) COOPERATE
EXCEPTIONS = {"084": {"RETREAT"}, "085": {"RETREAT"}, "086": {"RETREAT"}, "087": {"RETREAT"},
              "191": {"COERCE", "ASSAULT"}, "192": {"COERCE", "ASSAULT"}, "054": {"SUPPORT", "COOPERATE"}}


def all_rows():
    return [row for rows in triggers().values() for row in rows]


def test_every_trigger_type_is_known_and_its_code_is_cameo():
    for row in all_rows():
        assert row.type in event_types(), row
        assert row.cameo.isdigit() and 3 <= len(row.cameo) <= 4, row


def test_trigger_types_agree_with_their_cameo_codes():
    wrong = [f"{' '.join(r.words)}/{r.pos} is {r.type} but CAMEO {r.cameo} is {' or '.join(sorted(expected))}"
             for r in all_rows()
             if r.type not in (expected := EXCEPTIONS.get(r.cameo[:3]) or {ROOT_TYPE[r.cameo[:2]]})]
    assert wrong == []


def test_every_condition_names_a_known_test_a_lexicon_word_and_a_known_outcome():
    from dyads.events.lexicon import conditions
    from dyads.events.predicates import PREDICATES

    words = {" ".join(r.words) for r in all_rows()} | {r.words[0] for r in all_rows()}
    for cond in conditions():
        assert cond.stage in ("before", "after") and cond.why, cond
        assert cond.trigger.lstrip("=") in words, f"{cond.trigger}: no lexicon row"
        assert all(clause.name in PREDICATES for clause in cond.clauses), cond
        if cond.then != ("skip",):
            kind, code = cond.then[1:3] if cond.then[0] == "planned" else cond.then[:2]
            assert kind in (EXCEPTIONS.get(code) or {ROOT_TYPE[code[:2]]}), cond


def test_a_word_set_defined_twice_is_refused(monkeypatch):
    """Two rows of one name in word_sets.csv once let the second silently replace the first (the envoys a
    government summons lost "minister" and "counsellor")."""
    from dyads.events import lexicon

    rows = lexicon._rows("word_sets.csv")
    monkeypatch.setattr(lexicon, "_rows", lambda name: rows + [dict(rows[0], words="other")])
    lexicon.word_sets.cache_clear()
    try:
        with pytest.raises(ValueError, match=rows[0]["name"]):
            lexicon.word_sets()
    finally:
        monkeypatch.undo()
        lexicon.word_sets.cache_clear()
    assert lexicon.word_sets()[rows[0]["name"]] == frozenset(rows[0]["words"].split())


def test_every_word_set_is_read_and_says_why():
    """Each row of word_sets.csv is read by the code or a condition (`@name`) and carries its reason: a row nobody
    reads would let an editor believe a word changes the coding when it does not."""
    from pathlib import Path

    from dyads.events import lexicon

    code = "\n".join(p.read_text(encoding="utf-8") for p in Path(lexicon.__file__).parent.glob("*.py"))
    conditions_text = (files("dyads.events") / "data" / "conditions.csv").read_text(encoding="utf-8")
    rows = lexicon._rows("word_sets.csv")
    unread = [r["name"] for r in rows if f'word_sets()["{r["name"]}"]' not in code
              and not re.search(rf"@{re.escape(r['name'])}\b", conditions_text)]
    assert not unread
    assert all(r["note"].strip() for r in rows)


def test_british_spellings_read_as_the_american_ones():
    # "apologised", "demobilised", "militarisation": British and Commonwealth ministries write -ise, and spaCy
    # lemmatises each spelling to itself; the files hold the -ize word once and the loader reads both spellings
    for american, british in (("recognize", "recognise"), ("militarization", "militarisation"),
                              ("destabilizing", "destabilising"), ("apologize", "apologise")):
        assert [replace(t, words=(british,)) for t in triggers()[american]] == triggers()[british]
    assert {c.then for c in conditions() if c.trigger == "recognise"} == \
        {c.then for c in conditions() if c.trigger == "recognize"} != set()
    # "seize", "size" and "citizen" are no -ize words; one definition: no row spells the British form itself
    assert [spellings(w) for w in ("seize", "size", "citizen")] == [("seize",), ("size",), ("citizen",)]
    assert "seise" not in triggers()
    written = {r["trigger"] for r in csv.DictReader(
        (files("dyads.events") / "data" / "triggers.csv").open(encoding="utf-8"))}
    assert [w for w in written if spellings(w)[-1] in written - {w}] == []
