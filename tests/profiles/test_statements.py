"""Article statements composed from one cited sentence (profiles/statements.py)."""

from dataclasses import replace

from dyads.profiles.citations import Citation
from dyads.profiles.statements import dated_by_document, event_statement, fact_statement, lower_first, supports


def _cite(sentence: str, date: str | None = "2023-03-10") -> Citation:
    return Citation("doc", "d1", "Title", None, date, "", "press_release", None, None, 0, len(sentence), sentence)


def test_an_event_is_restated_with_its_source_its_verb_in_the_past_and_its_object():
    sentence = "Australia condemns the missile launches by North Korea over the Sea of Japan."
    assert event_statement(sentence, "condemns", "Australia", "In March 2023") == (
        "In March 2023, Australia condemned the missile launches by North Korea over the Sea of Japan.")
    assert event_statement("We call on Russia to allow free passage of ships through the Kerch Strait.", "call",
                           "Australia", "") == ("Australia called on Russia to allow free passage of ships through "
                                                "the Kerch Strait.")


def test_what_the_article_cannot_say_in_its_own_words_is_not_stated():
    assert event_statement("France did not condemn the decision of Germany to close the border.", "condemn",
                           "France", "") is None                                  # negated
    assert event_statement("Belgium joined with our NATO Allies to invoke Article 5.", "joined", "Belgium", "") is None
    assert event_statement("Japan welcomed it.", "welcomed", "Japan", "") is None  # no object worth a sentence
    assert fact_statement("Today, Belgium is one of our closest partners in the world.") is None
    assert fact_statement("It also provides agencies in Washington with first-hand analysis of Belgium.") is None
    assert fact_statement("Belgium will continue to expand its aerospace industry with the United States.") is None
    # a demand is not a deed; a claim someone reports is not the article's; a fact leaning on the one before
    assert event_statement("Peru must immediately allow the observers to enter the border region.", "allow", "Peru",
                           "") is None
    assert event_statement("Reports have indicated that Bolivia has fired up to 40 shells across the border.",
                           "fired", "Bolivia", "") is None
    assert fact_statement("Since then, Chile has imposed sanctions on 31 entities and 129 individuals.") is None


def test_a_fact_said_by_one_side_names_the_pair_in_the_third_person():
    assert fact_statement("And our two countries have enjoyed close cooperation since 1832.") == (
        "The two countries have enjoyed close cooperation since 1832.")


def test_every_number_of_a_statement_is_in_its_source_or_its_date():
    cite = _cite("Trade between Belgium and the United States reached $25 billion in 2020.")
    assert supports("In March 2023, trade between the two reached $25 billion in 2020.", cite)
    assert not supports("Trade between the two reached $26 billion in 2020.", cite)


def test_a_document_dates_only_what_happened_as_it_was_issued():
    assert dated_by_document("Australia condemns the launch.", "condemns", "2023", report=False)
    assert dated_by_document("The ministers met in Canberra on Monday.", "met", "2023", report=True)
    assert not dated_by_document("In 1917 Americans sent food aid to Belgium.", "sent", "2014", report=True)
    assert not dated_by_document("Americans sent food aid to Belgium.", "sent", "2014", report=False)  # a memory


def test_lower_first_keeps_names():
    assert lower_first("Thousands of Americans studied in Belgium.") == "thousands of Americans studied in Belgium."
    assert lower_first("Belgium is an ally.") == "Belgium is an ally."
    assert lower_first("The United States is an ally.") == "the United States is an ally."


def test_the_doer_of_a_statement_is_named_follows_or_publishes_and_is_not_its_object():
    summoned = _cite("The Vice-Minister summoned the Ambassador of China to the Ministry of Foreign Affairs.")
    assert not supports("China summoned the Ambassador of China.", summoned, ("CHN",), ("CHN",), None, "summoned")
    assert supports("Japan summoned the Ambassador of China.", replace(summoned, url="https://www.mofa.go.jp/p"),
                    ("JPN",), ("CHN",), None, "summoned")       # the publisher's own act
    assert not supports("Japan summoned the Ambassador of China.", summoned, ("JPN",), ("CHN",), None, "summoned")
    spoken = replace(_cite("We strongly object to the remarks of the spokesperson."), speaker_country="IND")
    assert supports("India objected to the remarks of the spokesperson.", spoken, ("IND",), (), None, "object")
