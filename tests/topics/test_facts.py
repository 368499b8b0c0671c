from tests.conftest import analyse_sample, analyse_text


def test_figures_and_firsts_about_actors_are_facts_and_exact():
    text = ("The United States was, in 1824, the second country to recognize the independence of Brazil. "
            "The two leaders had a warm conversation. Belgium is the 12th largest investor in the United States. "
            "Is trade growing by 5 percent?")
    doc = analyse_text(text)
    assert [f.sentence for f in doc.facts] == [
        "The United States was, in 1824, the second country to recognize the independence of Brazil.",
        "Belgium is the 12th largest investor in the United States."]
    assert all(text[f.start:f.end] == f.sentence for f in doc.facts)
    first, rank = doc.facts
    assert first.dyads == [("BRA", "USA")] and rank.dyads == [("BEL", "USA")]
    assert [(g.text, g.kind, g.value) for g in first.figures] == [("1824", "year", 1824), ("second", "ordinal", 2)]
    assert [(g.text, g.kind, g.value, g.unit) for g in rank.figures] == [("12th", "ordinal", 12, "investor")]
    assert rank.topics == ["investment"]


def test_figures_keep_amount_and_unit():
    doc = analyse_text("Belgium is the 12th largest investor in the United States, supporting more than 60,000 "
                       "American jobs. Trade between Belgium and the United States reached $1.5 billion last year.")
    figures = {g.text: (g.kind, g.value, g.unit) for f in doc.facts for g in f.figures}
    assert figures["more than 60,000"] == ("count", 60000, "job")
    assert figures["$1.5 billion"] == ("money", 1.5e9, "USD")


def test_seed_transcript_fact():
    facts = [f.sentence for f in analyse_sample("devset-seed-transcript").facts]
    assert any(f.startswith("The U.S. is the first export market for Belgium products") for f in facts)


def test_calendar_days_names_with_digits_and_personal_firsts_are_not_facts():
    doc = analyse_text(
        "On 21 July the Foreign Secretary called the French and German foreign ministers. "
        "Germany plays a key role as a member of the G-7 and the G-20. "
        "This marks my first Memorial Day in Belgium as the U.S. Ambassador. "
        "Secondly, Iran will be on the agenda; and third, we will discuss Afghanistan. "
        "Belgium and the United States established diplomatic relations in 1832. "
        "The two of us agreed to strengthen deterrence against North Korea. "
        "Our alliance with Belgium is not directed at any third country. "
        "France is one of NATO's largest troop contributors.")
    assert [f.sentence for f in doc.facts] == [
        "Belgium and the United States established diplomatic relations in 1832.",
        "France is one of NATO's largest troop contributors."]


def test_headings_and_datelines_are_not_facts_but_a_cut_off_last_sentence_is():
    doc = analyse_text("Remarks on the 75th anniversary of the Battle of the Bulge by the U.S. Ambassador\n\n"
                       "Canada and the United States trade more than $2 billion a day in goods and services.\n\n"
                       "Trade between Belgium and the United States reached $30 billion in")
    assert [f.sentence for f in doc.facts] == [
        "Canada and the United States trade more than $2 billion a day in goods and services.",
        "Trade between Belgium and the United States reached $30 billion in"]


def test_the_parties_counted_and_spans_without_a_number_are_not_facts():
    text = ("Our two countries share a commitment to democracy. "
            "This year, Japan and Korea have worked closely on regional security. "
            "In the 20th century, France and Germany fought three wars. "
            "For more than 70 years, Japan and the United States have been allies. "
            "Two centuries of friendship bind France and the United States. "
            "Each year, the leaders of Japan and Korea meet in Seoul or Tokyo.")
    facts = [f.sentence for f in analyse_text(text).facts]
    assert facts == ["In the 20th century, France and Germany fought three wars.",  # the count, not the century
                     "For more than 70 years, Japan and the United States have been allies.",
                     "Two centuries of friendship bind France and the United States.",
                     "Each year, the leaders of Japan and Korea meet in Seoul or Tokyo."]


def test_in_an_encyclopedic_history_a_year_alone_needs_a_founding_or_a_treaty():
    text = ("In 1832, diplomatic relations were established between Belgium and the United States. "
            "However, Belgium and the United States disagreed sharply over the Iraq War in 2003. "
            "The 1948 Brussels Treaty bound Belgium and France to mutual defence.")
    article = analyse_text(text, title="Belgium–United States relations")
    assert article.doc_type == "article"
    assert [f.sentence[:8] for f in article.facts] == ["In 1832,", "The 1948"]
    assert len(analyse_text(text, title="Press release").facts) == 3  # elsewhere a year still marks a fact


def test_a_day_written_as_an_ordinal_and_a_first_step_are_not_facts():
    text = ("The United Kingdom does not recognise the 16th March referendum held by Russia in Crimea. "
            "As a first step, Australia summoned the Chinese ambassador to protest.")
    assert analyse_text(text).facts == []


def test_the_relationship_in_the_speakers_own_words_is_about_the_documents_pair():
    doc = analyse_text("Ambassador Reed met Chile's Foreign Minister in Santiago to discuss trade with the United "
                       "States. Our two countries have built nearly two centuries of friendship together. "
                       "The weather has been kind to us for 12 days.")
    assert [f.sentence for f in doc.facts] == ["Our two countries have built nearly two centuries of friendship "
                                              "together."]
    assert doc.facts[0].dyads == [("CHL", "USA")]


def test_a_fact_naming_only_an_organisation_in_a_document_without_a_pair():
    doc = analyse_text("NATO has grown to 32 members since it was founded.")
    assert doc.dyads == [] and [f.actors for f in doc.facts] == [["NATO"]]


def test_a_figure_about_none_of_the_documents_pairs_is_no_fact():
    doc = analyse_text("Chile and Peru signed 12 agreements in 2023. Peru's trade with Chile reached $4 billion. "
                       "In 1944, he was sent on his 13th and last mission over Germany.")
    assert [f.sentence[:10] for f in doc.facts] == ["Chile and ", "Peru's tra"]   # the war story names only Germany
