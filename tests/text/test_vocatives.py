from dyads.nlp import load_nlp
from dyads.nlp.vocatives import LABEL


def subjects(text: str) -> list[str]:
    return [t.text for t in load_nlp()(text) if t.dep_ == "nsubj"]


def hailed(text: str) -> list[str]:
    return [t.text for t in load_nlp()(text) if t.dep_ == LABEL]


def test_the_one_a_sentence_opens_by_addressing_is_no_subject():
    text = "Foreign Minister Tanaka, yesterday a Russian patrol boat seized two Japanese fishing vessels."
    assert hailed(text) == ["Tanaka"] and "Tanaka" not in subjects(text)
    assert "boat" in subjects(text)


def test_a_subject_with_a_name_suffix_or_an_apposition_stays_the_subject():
    assert not hailed("President Martin Luther King, Jr. spoke to the students of Lagos.")
    assert not hailed("Ambassador Lee, the envoy of Korea, met the Chilean foreign minister.")
    assert not hailed("In Rome, the minister signed the accord.")
