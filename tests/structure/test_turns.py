from tests.conftest import analyse_text

from dyads.structure.turns import count_turns, find_labels, segment


def labels(text):
    return find_labels(text)


def test_upper_case_labels_and_generic_roles():
    text = ("MODERATOR: Welcome.\n\nSECRETARY BLINKEN: Thank you.\n\nFOREIGN MINISTER ÇAVUŞOĞLU: Yes.\n\n"
            "QUESTION: A question?\n\nMR PRICE: An answer.\n\nQUESTION: Another?\n")
    assert labels(text) == ["MODERATOR", "SECRETARY BLINKEN", "FOREIGN MINISTER ÇAVUŞOĞLU", "QUESTION", "MR PRICE"]
    assert count_turns("QUESTION", text) == 2


def test_name_and_role_labels():
    text = ("Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs: We met today.\n\n"
            "Dr Sunrahmanyam Jaishankar, India’s External Affairs Minister: Friends from the media.\n")
    assert labels(text) == ["Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs",
                            "Dr Sunrahmanyam Jaishankar, India’s External Affairs Minister"]


def test_labels_inside_flattened_one_line_text():
    text = ("SECRETARY KERRY: Good morning. We met for an hour. FOREIGN MINISTER REYNDERS: Thank you, John. "
            "It was productive. SECRETARY KERRY: Thank you all.")
    assert labels(text) == ["SECRETARY KERRY", "FOREIGN MINISTER REYNDERS"]
    assert count_turns("SECRETARY KERRY", text) == 2


def test_headings_salutations_and_notes_are_not_speakers():
    text = ("ROBUST SECURITY RELATIONSHIP: The two countries cooperate.\n\n"
            "Mr. Prime Minister, Dear Mayors, Dear Friends, Cher Amis : Bonjour.\n\n"
            "NOTE: This is a note.\n\nSubjects: NATO; trade.\n\n11:44 A.M. EDT\n")
    assert labels(text) == []


def test_a_briefers_surname_alone_labels_the_answers_to_labelled_questions():
    text = ("Question: Will the embassy reopen soon?\nMahdavi: It will reopen next month.\n\n"
            "Question: And the talks?\nMahdavi: They continue.\n")
    assert labels(text) == ["Question", "Mahdavi"]
    # without labelled questions, a repeated title-case word opening a line is no speaker
    assert labels("Background: The talks began in May.\n\nBackground: They resumed in June.\n") == []


def test_a_single_titled_headline_is_not_a_turn():
    assert labels("Ambassador Cohen: A brief reflection on the year that was\n\nAs the year ends, I want to") == []


def test_segment_with_interpreter_note():
    text = "PRESIDENT ZELENSKYY: (Via interpreter) Thank you.\n\nPRESIDENT BIDEN: Thank you.\n"
    turns = segment(text, text, find_labels(text))
    assert [t.label for t in turns] == ["PRESIDENT ZELENSKYY", "PRESIDENT BIDEN"]
    assert turns[0].interpreted and text[turns[0].text_start:turns[0].end].strip() == "Thank you."
    assert not turns[1].interpreted


def test_turn_offsets_index_the_stored_text():
    doc = analyse_text("An official website of the United States government\n\n"
                       "SECRETARY BLINKEN:\u00a0 Good afternoon.\n\nFOREIGN MINISTER WILMES:  Welcome to Belgium.\n")
    for turn in doc.turns:
        assert doc.text[turn.start:].startswith(turn.label)
        assert doc.text[turn.text_start] not in " \u00a0:"
    assert doc.text[doc.turns[1].text_start:doc.turns[1].end].strip() == "Welcome to Belgium."


def test_questioner_labels_with_a_news_outlet_and_no_space_after_the_colon():
    text = ("Ms. KAWADA Emi, Press Secretary: Good afternoon.\n\nYonhap, Park:Has the ministry protested?\n\n"
            "Ms. KAWADA Emi, Press Secretary: We lodged a protest.\n\nSato, Kyodo News: One more question.\n")
    assert labels(text) == ["Ms. KAWADA Emi, Press Secretary", "Yonhap, Park", "Sato, Kyodo News"]
    turns = segment(text, text, labels(text))
    assert text[turns[1].start:turns[1].text_start] == "Yonhap, Park:"
    assert text[turns[1].text_start:].startswith("Has the ministry protested?")
    doc = analyse_text(text, title="Press Conference by the Press Secretary")
    asker = next(s for s in doc.speakers if s.label == "Yonhap, Park")
    assert (asker.role_type, asker.name, asker.role) == ("journalist", "Park", "Yonhap")


def test_name_first_labels_with_nationality_and_mixed_case_names():
    text = ("Secretary Rubio: Welcome.\n\nIndonesian Foreign Minister Retno Marsudi: Thank you, Marco.\n\n"
            "Question: On trade?\n\nIndonesian Foreign Minister Retno Marsudi: We agreed.\n")
    assert labels(text) == ["Secretary Rubio", "Indonesian Foreign Minister Retno Marsudi", "Question"]
    mixed = "Doorstop\n\nAnthony Albanese: We condemn it.\n\nJournalist: Will you act?\n\nAnthony Albanese: Yes.\n"
    assert labels(mixed) == ["Anthony Albanese", "Journalist"]


def test_a_single_upper_case_name_is_a_speaker_when_the_text_or_the_table_knows_the_person():
    assert labels("Transcript\n\nJULIE BISHOP: We share the outrage.\n") == ["JULIE BISHOP"]
    assert labels("Doorstop\n\nSAM HOLT: We share the outrage. Mr Holt left.\n") == ["SAM HOLT"]
    assert labels("Notice\n\nROBUST PARTNERSHIP: The two countries cooperate.\n") == []


def test_a_role_label_after_the_full_label_is_the_same_person():
    text = ("Penny Wong, Foreign Minister: Today I come to you with news.\n\nJournalist: What next?\n\n"
            "Foreign Minister: We will keep pressing.\n")
    assert labels(text) == ["Journalist", "Foreign Minister", "Penny Wong, Foreign Minister"]
    doc = analyse_text(text, title="Press conference, Canberra")
    short = next(s for s in doc.speakers if s.label == "Foreign Minister")
    assert (short.name, short.country) == ("Penny Wong", "AUS")


def test_attribution_clauses_and_institutions_are_not_speakers():
    text = ("A Foreign, Commonwealth & Development Office spokesperson said: The UK condemns the attack.\n\n"
            "Office of the Trade Representative : Joint Release on trade talks\n\nQUESTION: Why?\n\nMR HALE: Yes.\n")
    assert labels(text) == ["QUESTION", "MR HALE"]


def test_a_statement_after_its_dateline_is_its_speakers_turn():
    text = ('Category: World News\n\nSantiago - Foreign Minister Alberto van Klaveren: "On behalf of the Government '
            'of Chile, I congratulate the people of Peru on their national day."\n')
    assert find_labels(text) == ["Foreign Minister Alberto van Klaveren"]
    doc = analyse_text(text)
    assert [t.label for t in doc.turns] == ["Foreign Minister Alberto van Klaveren"]
    assert doc.location is None   # the dateline opens the turn's line: no header line of its own
    assert find_labels("Ambassador Cohen: A brief reflection on the year that was\n\nI arrived in Ottawa.") == []


def test_a_news_outlet_alone_labels_a_questioners_turn():
    text = ("CCTV: What is your comment on the launch?\n\nLi Wei: Chile opposes it.\n\nReuters: Will the minister "
            "travel to Lima?\n\nLi Wei: I have nothing to share.\n")
    doc = analyse_text(text, title="Spokesperson Li Wei's Regular Press Conference")
    assert [(s.label, s.role_type) for s in doc.speakers if s.role_type == "journalist"] == [
        ("CCTV", "journalist"), ("Reuters", "journalist")]
    assert [e for e in doc.events if e.sentence.endswith("?")] == []   # a question states no event
