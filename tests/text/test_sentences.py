"""Sentence boundaries at the places a page's layout puts them (nlp/boundaries.py)."""

from dyads.nlp import load_nlp


def sentences(text):
    return [s.text.strip() for s in load_nlp()(text).sents]


def test_menu_items_and_headings_end_where_their_line_ends():
    text = ("Home\nNews\nMeetings with Foreign Leaders\nJapan-Australia Summit Meeting\n"
            "Prime Minister Kishida held a summit meeting with Prime Minister Albanese of Australia.")
    assert sentences(text)[-1] == ("Prime Minister Kishida held a summit meeting with Prime Minister Albanese "
                                   "of Australia.")
    assert "Japan-Australia Summit Meeting" in sentences(text)


def test_wrapped_prose_lines_stay_one_sentence():
    text = ("The two ministers reaffirmed their commitment to the alliance and agreed to\n"
            "Deepen cooperation on maritime security, supply chains and critical minerals.")
    assert len(sentences(text)) == 1


def test_titles_honorifics_and_reference_abbreviations_do_not_end_a_sentence():
    text = ("H.E. Mr. Kishida met Amb. Emanuel and Sec. Blinken in Tokyo. Lt. Gen. Ryder briefed Dr. Lee on "
            "Nos. 3 and 4 of the U.S. proposal. The answer was no. No. 10 Downing Street agreed.")
    assert sentences(text) == ["H.E. Mr. Kishida met Amb. Emanuel and Sec. Blinken in Tokyo.",
                               "Lt. Gen. Ryder briefed Dr. Lee on Nos. 3 and 4 of the U.S. proposal.",
                               "The answer was no.", "No. 10 Downing Street agreed."]


def test_a_dateline_is_not_part_of_the_sentence_it_opens():
    for dateline in ("LIMA –", "SANTIAGO, May 2 (Reuters) -", "2 May 2024 –", "Valparaíso, 2 May 2024 —"):
        assert sentences(f"{dateline} The Ministry of Foreign Affairs today summoned the Peruvian ambassador.")[-1] \
            == "The Ministry of Foreign Affairs today summoned the Peruvian ambassador."
    # a sentence with a dash of its own keeps it
    text = "On 2 May, we – the two foreign ministers – agreed to meet again."
    assert sentences(text) == [text]
