"""doc_type from the text's own evidence, on new texts of each kind (devset README 3.1; fact sheets are
"other", since the annotation has no such type)."""

from __future__ import annotations

import pytest

from dyads.structure.doctype import classify

SPEECH = ("Good evening, ladies and gentlemen.\n\nIt is a pleasure to stand here in Ghent tonight. When I arrived "
          "as ambassador I promised to visit every province, and I have kept that promise. ") * 3
BLOG = ("I remember my first week in Nairobi. I walked to the market, I met the traders, and I learned more in "
        "an afternoon than in a month of briefings. My wife and I still talk about it. ") * 5
TALK = ("I remember my first week in Nairobi, and I know that many of you remember yours. I walked to the market, I "
        "met the traders, and I learned more in an afternoon than in a month of briefings. ") * 5
LISTING = ("Chile and the United States sign a customs accord (03.04.2024)\n\nOn 3 April 2024 the Minister and the "
           "Ambassador signed the accord in Santiago. Under the accord, ... Read More»\n\nAmbassador Reed at the "
           "Valparaíso Wine Fair\n\nThank you all for coming. I am proud to stand with you here ... Read More»")
STORY_WITH_LINKS = ("SANTIAGO, June 10 (Reuters) - Chile and Peru signed a water accord on Monday, officials "
                    "said.\n\nRead more: Andes drought deepens\n\nThe accord shares the Lauca river.\n\n"
                    "Read more: Peru's new cabinet")
RELEASE = ("Foreign Minister Amelia Ortiz says that Chile condemns the missile launch carried out yesterday.\n\n"
           "The launch violates Security Council resolutions and threatens regional stability.")
RELEASE_QUOTING = ('The Minister said: “I am deeply concerned, and I call on both sides to show restraint. I will '
                   'raise this with my counterparts tomorrow.”\n\nThe ministry summoned the ambassador on Monday.')


@pytest.mark.parametrize(("title", "text", "expected"), [
    ("U.S. Relations With Chile (Fact Sheet)", "More information about Chile is available on the Chile Page.",
     "other"),
    ("Ambassador Reed at the Ghent Chamber of Commerce", SPEECH, "remarks"),
    ("A week I will not forget", BLOG, "other"),          # written, not spoken to anyone: an essay
    ("A week I will not forget", TALK, "remarks"),        # "many of you": an audience
    ("Embassy news", LISTING, "press_release"),           # items cut short, one of them a speech
    ("Chile and Peru share a river", STORY_WITH_LINKS, "other"),   # an agency's story; its links are no listing
    ("Chile condemns missile launch", RELEASE, "press_release"),
    ("Minister concerned by clashes", RELEASE_QUOTING, "press_release"),   # first person only inside quotes
    ("Chile–Peru Joint Leaders' Statement on Water Security", "The two leaders reaffirmed their commitment.",
     "joint_statement"),
    ("Joint Release by the Trade Ministers of Chile and Peru", "The ministers met in Lima.", "joint_statement"),
    ("Statement from the Andean Contact Group", "The Group today issued the following joint statement:\n\n“We, "
     "the ministers of Chile, Peru and Ecuador, condemn the attack.”", "joint_statement"),
    ("Assistant Secretary Ruiz and Deputy Assistant Secretary Soto on Sanctions on Peru", "MR LEE: Thanks. This "
     "call is on the record and embargoed until it ends.\n\nASSISTANT SECRETARY RUIZ: Good afternoon.", "briefing"),
    ("Senior Officials Previewing the Minister's Visit to Peru", "MODERATOR: Thanks, everyone.", "briefing"),
    ("Press Roundtable in Lima", "Thank you all for coming.", "briefing"),
    ("Press Conference by the Deputy Press Secretary", "The Deputy Press Secretary took questions.", "briefing"),
    ("Press Conference by the Chief Cabinet Secretary", "The Chief Cabinet Secretary took questions.", "briefing"),
    ("Foreign Ministry Spokesperson Li Wei's Regular Press Conference", "Li Wei took questions.", "briefing"),
    ("Chile, Peru close in on fisheries deal", "By Ana Ruiz\n\nLIMA, June 10 (Reuters) - Chile and Peru are close to "
     "a deal, officials said.", "other"),                               # a news agency's own report
    ("Chile-Peru Declaration on the Pacific", "We, the President of the Republic of Chile and the President of the "
     "Republic of Peru, met in Arica today.", "joint_statement"),
    ("Chilean-Peruvian Declaration on Water", "The two governments agree.", "joint_statement"),
    ("Press Conference, Valparaíso", "The two ministers took questions.", "transcript"),
    ("Chile's Statement to the UN Security Council", RELEASE, "remarks"),
    ("52nd Session of the Human Rights Council: Interactive Dialogue on Peru", RELEASE, "remarks"),
    ("Statement by the Spokesperson on the session of the Security Council", RELEASE, "press_release"),
    ("PM call with President Rojas: 3 May 2024", "Press release\n\nThe Prime Minister spoke to President Rojas of "
     "Chile this afternoon.", "readout"),
    ("Minister to host Peru's Foreign Minister", "MEDIA STATEMENT\n\nThe Minister will host her counterpart from "
     "Peru on Thursday.", "press_release"),
])
def test_document_type_from_its_own_evidence(title, text, expected):
    assert classify(title, text, []) == expected


@pytest.mark.parametrize(("title", "text", "url", "expected"), [
    # prose that names another document's form says nothing of this one's
    ("Ministers to hold first trade round", "The trade ministers of the two countries will meet in Valparaíso in "
     "March. The joint statement of last year set out the agenda, and officials said that a press conference would "
     "follow the first day of talks.",
     "https://ustr.gov/x", "press_release"),
    ("Trade talks with Chile to open", "WASHINGTON – The United States and Chile will hold talks next week.",
     None, "press_release"),
    ("Ambassador Reed Delivers Remarks to Open the Wine Fair", RELEASE, None, "remarks"),
    ("Ambassador Reed at the Ghent War Cemetery", "The ambassador laid a wreath with the mayor.", None, "remarks"),
    ("Ambassador Reed at the Chile-Peru Trade Dialogue", RELEASE, None, "press_release"),
    ("Secretary's Meetings in Lima", "Posted by the Bureau's Bloggers\nMay 2, 2024\n\nThe Secretary met the "
     "President.", None, "other"),
    ("Minister's transcript on the Security Council vote", RELEASE, None, "transcript"),
    ("Secretary Reed Remarks Welcoming Chile's Defense Minister", SPEECH,
     "https://www.defense.gov/News/Transcripts/Transcript/Article/1/", "transcript"),
    ("Secretary Reed Remarks Welcoming Chile's Defense Minister", SPEECH, "https://www.defense.gov/News/Speeches/1/",
     "remarks"),
])
def test_document_type_from_headings_and_the_address(title, text, url, expected):
    assert classify(title, text, [], url) == expected


def test_an_interview_without_questions_is_one_officials_remarks():
    from tests.conftest import analyse_text

    statement = "Doorstop interview\n\n15 March 2024\n\nPENNY WONG: Australia shares the outrage of Chile. - Ends -"
    assert analyse_text(statement, title="Doorstop interview").doc_type == "remarks"
    asked = statement.replace(" - Ends -", "\n\nJOURNALIST: Will you expel diplomats?\n\nPENNY WONG: Not today.")
    assert analyse_text(asked, title="Doorstop interview").doc_type == "interview"


def test_a_speech_named_in_prose_does_not_make_remarks_and_a_spokespersons_answers_are_a_briefing():
    from tests.conftest import analyse_text

    story = ("Chile and Peru agree to keep talking\n\nSANTIAGO – The foreign ministers of Chile and Peru agreed on "
             "Wednesday to keep up their talks. Chile raised concerns over a speech by Peru's minister to Congress "
             "last month.")
    assert analyse_text(story, title="Chile and Peru agree to keep talking").doc_type != "remarks"
    answers = ("Q: What is the Embassy's response to the summons?\n\nA: We firmly oppose it.\n\n"
               "Q: Will Chile respond?\n\nA: Chile will take all necessary measures.")
    title = "Remarks of the Spokesperson of the Chilean Embassy on the Summons"
    assert analyse_text(answers, title=title).doc_type == "briefing"
