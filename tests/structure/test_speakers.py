from tests.conftest import analyse_sample, analyse_text


def speaker(doc, label):
    return next(s for s in doc.speakers if s.label == label)


def test_country_from_demonym_title_and_office_holder():
    doc = analyse_text(
        "SECRETARY BLINKEN: I am pleased to see the Egyptian Foreign Minister Sameh Shoukry.\n\n"
        "FOREIGN MINISTER SHOUKRY: Thank you, Secretary Blinken.\n",
        title="Secretary Blinken and Egyptian Foreign Minister Sameh Shoukry Before Their Meeting")
    blinken, shoukry = speaker(doc, "SECRETARY BLINKEN"), speaker(doc, "FOREIGN MINISTER SHOUKRY")
    assert (shoukry.country, shoukry.name, shoukry.role_type) == ("EGY", "Sameh Shoukry", "foreign_minister")
    assert blinken.country == "USA" and blinken.name.endswith("Blinken")  # from the office-holder table


def test_country_from_of_phrase_and_label():
    doc = analyse_text("PRIME MINISTER SUNAK: Thank you, Mr. President.\n\nPRESIDENT BIDEN: Welcome.\n",
                       title="Remarks by President Biden and Prime Minister Rishi Sunak of the United Kingdom")
    assert speaker(doc, "PRIME MINISTER SUNAK").country == "GBR"
    assert speaker(doc, "PRESIDENT BIDEN").country == "USA"
    doc = analyse_text("Dr Sunrahmanyam Jaishankar, India’s External Affairs Minister: Friends from the media.\n"
                       "\nPenny Wong, Minister for Foreign Affairs: Thank you.\n")
    assert speaker(doc, "Dr Sunrahmanyam Jaishankar, India’s External Affairs Minister").country == "IND"


def test_host_moderator_and_journalist():
    doc = analyse_sample("devset-d02")  # Jakarta press statement with a MODERATOR
    assert speaker(doc, "MODERATOR").country == "IDN"
    assert speaker(doc, "FOREIGN MINISTER MARSUDI").country == "IDN"
    doc = analyse_sample("devset-d17")  # Interview With Andrew Yates of Bott Radio Network
    question = speaker(doc, "QUESTION")
    assert (question.name, question.country, question.role_type) == ("Andrew Yates", None, "journalist")


def test_seed_transcript_speakers():
    doc = analyse_sample("devset-seed-transcript")
    got = {(s.label, s.country, s.turns, s.role_type) for s in doc.speakers}
    assert got == {("FOREIGN MINISTER WILMES", "BEL", 2, "foreign_minister"),
                   ("SECRETARY BLINKEN", "USA", 1, "foreign_minister")}
    assert speaker(doc, "FOREIGN MINISTER WILMES").name == "Sophie Wilmès"


def test_eu_official_gets_the_organisation():
    doc = analyse_text("HIGH REPRESENTATIVE BORRELL: Good morning.\n\nSECRETARY BLINKEN: Thank you, Josep.\n",
                       title="Secretary Blinken with EU High Representative Josep Borrell, March 24, 2021")
    borrell = speaker(doc, "HIGH REPRESENTATIVE BORRELL")
    assert (borrell.organization, borrell.country) == ("EU", None)


def test_questioners_named_with_their_outlet_and_retranslated_turns():
    text = ("Secretary General: Welcome back to NATO Headquarters, Prime Minister.\n\n"
            "Prime Minister Tamm: Thank you, Secretary General.\n\n"
            "Q (Reuters): Will NATO send troops?\n\nSecretary General: No.\n\n"
            "President of Chile Gabriel Rojas (retranslated): Thank you for the wheat.\n\n"
            "Gabriel Rojas: We are grateful.\n")
    doc = analyse_text(text)
    assert sorted((s.label, s.turns) for s in doc.speakers) == [
        ("Gabriel Rojas", 1), ("President of Chile Gabriel Rojas (retranslated)", 1), ("Prime Minister Tamm", 1),
        ("Q (Reuters)", 1), ("Secretary General", 2)]
    asked = speaker(doc, "Q (Reuters)")
    assert (asked.role_type, asked.role) == ("journalist", "Reuters")
    rojas = speaker(doc, "President of Chile Gabriel Rojas (retranslated)")
    assert (rojas.name, rojas.country) == ("Gabriel Rojas", "CHL")
    turn = next(t for t in doc.turns if t.label == "Q (Reuters)")
    assert text[turn.start:turn.text_start] == "Q (Reuters): "


def test_a_turn_labelled_with_its_interpretation_note_in_any_case():
    text = ("Prime Minister Tamm: Welcome to Tallinn, Gabriel.\n\n"
            "President of Chile Gabriel Rojas (Interpretation): Thank you for the wheat. We condemn the attack.\n\n"
            "Prime Minister Tamm: Thank you.\n")
    doc = analyse_text(text)
    rojas = speaker(doc, "President of Chile Gabriel Rojas (Interpretation)")
    assert (rojas.name, rojas.country, rojas.turns) == ("Gabriel Rojas", "CHL", 1)
    turn = next(t for t in doc.turns if t.label == rojas.label)
    assert "We condemn the attack." in text[turn.text_start:turn.end]


def test_an_organisations_office_and_a_state_named_before_the_comma():
    text = ("NATO Secretary General: Welcome back, Prime Minister.\n\nPrime Minister Tamm: Thank you.\n\n"
            "NATO Secretary General: Estonia is a valued Ally.\n\nPrime Minister Tamm: We are grateful.\n")
    doc = analyse_text(text, title="Joint press point with NATO Secretary General and the Prime Minister of Estonia, "
                                   "Kaarel Tamm")
    sg, tamm = speaker(doc, "NATO Secretary General"), speaker(doc, "Prime Minister Tamm")
    assert (sg.organization, sg.country, sg.role) == ("NATO", None, "Secretary General")
    assert (tamm.name, tamm.country) == ("Kaarel Tamm", "EST")


def test_a_namesake_of_an_office_holder_is_not_that_holder():
    # Hishammuddin Hussein was Malaysia's foreign minister: a Karim Hussein shares only the surname, and the
    # title after his name says whose minister he is
    doc = analyse_text("Minister Hussein: Good afternoon, and welcome.\n\nMinister Osmani: Thank you, Karim.\n\n"
                       "Minister Hussein: We discussed trade.\n\nMinister Osmani: And energy.\n",
                       title="Joint press conference of Karim Hussein, Deputy Prime Minister and Minister of "
                             "Foreign Affairs of Jordan, and Bujar Osmani")
    hussein, osmani = speaker(doc, "Minister Hussein"), speaker(doc, "Minister Osmani")
    assert (hussein.name, hussein.country) == ("Karim Hussein", "JOR")
    assert (osmani.name, osmani.country) == ("Bujar Osmani", "MKD")   # the table's holder, given name agreeing
    doc = analyse_text("FOREIGN MINISTER KARIM HUSSEIN: Good afternoon.\n\nQUESTION: Why now?\n\n"
                       "FOREIGN MINISTER KARIM HUSSEIN: Because it is time.\n")
    assert speaker(doc, "FOREIGN MINISTER KARIM HUSSEIN").country != "MYS"


def test_a_mister_is_no_former_head_of_government():
    # "MR BROWN:" names no office; Gordon Brown was Prime Minister long before this briefing
    doc = analyse_text(" date 2019-10-14 MR BROWN: Thank you, moderator.\n\nQUESTION: When?\n\n"
                       "MR BROWN: Today.\n", url="https://2017-2021.state.gov/briefing")
    assert speaker(doc, "MR BROWN").country != "GBR"


def test_a_mister_or_ms_on_another_governments_site_is_that_governments():
    # U.S. transcripts label officials "MR LEE:"; on Japan's foreign ministry site a "Ms." label is Japan's official
    text = ("NHK, Morita: North Korea launched a missile this morning. What is your view?\n\n"
            "Ms. SATO Yumiko, Press Secretary: The launch is a grave provocation against the security of Japan.\n")
    doc = analyse_text(text, url="https://www.mofa.go.jp/press/kaiken/kaiken_000001.html")
    assert speaker(doc, "Ms. SATO Yumiko, Press Secretary").country == "JPN"
    assert speaker(analyse_text(text, url="https://www.state.gov/briefing"),
                   "Ms. SATO Yumiko, Press Secretary").country == "USA"


def test_a_name_written_in_capitals_keeps_no_punctuation():
    # the name a label's surname completes, written in capitals and ending a sentence, is the name without its stop
    doc = analyse_text("Opening remarks by Minister Guido WESTERWELLE. The minister spoke first.\n\n"
                       "MINISTER WESTERWELLE: Thank you all for coming.\n")
    assert speaker(doc, "MINISTER WESTERWELLE").name == "Guido Westerwelle"
