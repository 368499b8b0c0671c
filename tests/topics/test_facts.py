from tests.conftest import analyse_sample, analyse_text


def test_figures_and_firsts_about_actors_are_facts_and_exact():
    text = ("The United States was, in 1824, the second country to recognize the independence of Brazil. "
            "The two leaders had a warm conversation. Belgium is the 12th largest investor in the United States. "
            "Is trade growing by 5 percent?")
    doc = analyse_text(text)
    assert doc.facts == ["The United States was, in 1824, the second country to recognize the independence of Brazil.",
                         "Belgium is the 12th largest investor in the United States."]
    assert all(f in text for f in doc.facts)


def test_seed_transcript_fact():
    facts = analyse_sample("devset-seed-transcript").facts
    assert any(f.startswith("The U.S. is the first export market for Belgium products") for f in facts)
