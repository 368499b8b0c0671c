"""Event-coding rules on the project's own small texts (transcripts and readouts written for the tests)."""

from tests.conftest import analyse_sample, analyse_text

from dyads.export.records import plover_record, plover_type
from dyads.models import DocumentRef, SourceItem, StoredEvent
from dyads.pipeline import process
from dyads.settings import Settings

TRANSCRIPT = (" date 2021-03-24 FOREIGN MINISTER WILMES:  Mr. Secretary, dear Antony, let me reiterate my warm "
              "welcome to Belgium.  {body}\n\nSECRETARY BLINKEN:  Thank you, Sophie.\n")
TITLE = "Secretary Blinken and Belgian Foreign Minister Wilmès After Their Meeting"


def events_of(body: str, title: str = TITLE):
    doc = analyse_text(TRANSCRIPT.format(body=body), title=title)
    return doc, [(e.type, e.source, e.target, e.future) for e in doc.events]


def by_rules(text: str, url: str | None = None):
    """The document as the rule coder alone reads it (the lexicon and its conditions, no learned decision)."""
    return process(SourceItem("t", "text", text, "t", url=url), Settings(model="rules"))


def rule_triples(text: str, url: str | None = None) -> set[tuple[str, str, str]]:
    """The (type, source, target) of each event the rule coder alone reads in the text (published at `url`)."""
    return {(e.type, e.source, e.target) for e in by_rules(text, url).events}


def test_welcome_of_a_counterpart_is_consult_between_the_parties():
    # the verb: the training annotation codes "welcome you to …", not the noun ("my warm welcome": 0 of 5),
    # and the learned layer puts the fixture's opening noun on either side of its threshold from one
    # retraining to the next
    doc, found = events_of("I am delighted to welcome you to Brussels for our talks.")
    assert ("CONSULT", "BEL", "USA", False) in found
    # a name the parser split at an apostrophe is still a person welcomed, not a possessor of something welcomed
    visit = by_rules("President Biden welcomed Prime Minister Mohammed Shia' al-Sudani of the Republic of Iraq to the "
                     "White House on April 15, 2024.")
    assert [(e.type, e.source, e.target) for e in visit.events] == [("CONSULT", "USA", "IRQ")]


def test_planned_meeting_is_consult_flagged_future_and_agree_in_the_plover_export():
    doc, found = events_of("I look forward to meet you soon in Washington.")
    planned = [e for e in doc.events if e.type == "CONSULT" and e.future]
    assert planned, found
    assert plover_type(planned[0]) == "AGREE"
    stored = StoredEvent(planned[0], DocumentRef("d", None, None, None, "other", None), 0)
    assert plover_record(stored)["event"] == "AGREE"
    # promised aid: AID with the intent's CAMEO code, as annotated; the PLOVER export codes the promise AGREE
    [aid] = [e for e in by_rules("Chile will provide humanitarian aid to Haiti.").events if e.type == "AID"]
    assert (aid.future, aid.cameo, plover_type(aid)) == (True, "033", "AGREE")


def test_negated_event_is_not_emitted():
    doc, _ = events_of("We did not discuss the sanctions.")
    assert not any(e.type == "CONSULT" and e.counts and "discuss" in e.trigger for e in doc.events)
    doc = analyse_text("Belgium did not condemn the United States.")
    assert [e for e in doc.events if e.counts] == []
    assert {e.modality for e in doc.events} <= {"negated"}  # kept, flagged, never counted
    # the negation sits on the verb the infinitive hangs from
    for text in ("Chile is not scheduled to meet Peru this week.", "Chile did not agree to meet Peru."):
        doc = analyse_text(text)
        assert not [e for e in doc.events if e.type == "CONSULT" and e.counts], text


def test_refusal_is_reject():
    doc = process(SourceItem("t", "text", "The United States will never recognize Russia's claims to Ukrainian "
                             "territory.", "t"), Settings(model="rules"))
    # the refusal is asserted and counts (the rules read it so; the model decides whether to keep it); the support
    # it denies is kept only as negated
    assert [(e.type, e.source, e.modality) for e in doc.events if e.counts] == [("REJECT", "USA", "asserted")]
    assert all(e.modality == "negated" for e in doc.events if e.type == "SUPPORT")


def test_signing_is_support_and_promising_to_sign_is_agree():
    signed = analyse_text("Belgium and the United States signed an agreement on customs cooperation on June 3, 2019.")
    assert "SUPPORT" in {e.type for e in signed.events}
    promised = analyse_text("Belgium and the United States will sign an agreement on customs cooperation.")
    assert {e.type for e in promised.events} == {"AGREE"}


def test_summoning_an_ambassador_is_accuse():
    doc = analyse_text("Germany summoned the Russian ambassador to protest the poisoning.")
    assert [(e.type, e.source, e.target) for e in doc.events][:1] == [("ACCUSE", "DEU", "RUS")]


def test_summoning_any_envoy_is_accuse_and_summoning_others_is_not():
    for text in ("Poland summoned the Russian counsellor over the airspace violation.",
                 "Latvia summoned the Minister-Counsellor of the Embassy of Belarus and handed over a protest note."):
        assert ("ACCUSE", "summoned") in {(e.type, e.trigger) for e in analyse_text(text).events if e.counts}, text
    doc = analyse_text("Poland summoned its national security council after the airspace violation by Russia.")
    assert "summoned" not in {e.trigger for e in doc.events if e.type == "ACCUSE"}


def test_joint_subject_keeps_both_actors():
    doc = analyse_text("Secretary Blinken and Foreign Minister Wilmès agreed to deepen cooperation on climate.",
                       title=TITLE)
    [agree] = [e for e in doc.events if e.type == "AGREE"]
    assert sorted(agree.source_all) == ["BEL", "USA"]


def test_date_resolution_with_precision():
    doc = analyse_text(" date 2021-03-24 Belgium condemned the attack by Russia on Ukraine yesterday.")
    [e] = [e for e in doc.events if e.type == "ACCUSE"]
    assert (e.date, e.date_text, e.resolved_date) == (None, "yesterday", "2021-03-23")
    doc = analyse_text("The United States recognized the independence of Brazil in 1824.")
    [e] = doc.events
    assert (e.type, e.date, e.date_precision) == ("COOPERATE", "1824", "year")


def test_recognising_a_state_is_diplomatic_recognition_in_either_spelling():
    # COOPERATE (CAMEO 054) where a state or its independence is recognised; praise of what it does stays SUPPORT
    for text in ("Norway recognised Estonia on 27 August 1991.", "Chile recognized Palestine as a state in 2011.",
                 "Kenya recognised the independence of Namibia in 1990.",
                 "Last week the Government of Ireland decided to recognise the State of Palestine."):
        assert [(e.type, e.cameo) for e in analyse_text(text).events] == [("COOPERATE", "054")], text
    from dyads.events.coder import rule_readings
    from dyads.nlp import load_nlp

    sent = next(load_nlp()("Canada recognises Mexico's leadership on climate finance.").sents)
    assert [r.type for r in rule_readings(sent).values() if r] == ["SUPPORT"]


def test_relations_established_are_cooperation_wherever_the_clause_stands():
    # "relations, which were established": the relations are what the relative clause's verb established
    from dyads.events.coder import rule_readings
    from dyads.nlp import load_nlp

    for text, kind in (("Chile and Kenya mark 60 years of diplomatic relations, which were established in 1964.",
                        "COOPERATE"),
                       ("Chile and Kenya established diplomatic relations in 1964.", "COOPERATE"),
                       ("The two governments established a shared vision for the Pacific.", "AGREE")):
        sent = next(load_nlp()(text).sents)
        assert [r.type for r in rule_readings(sent).values() if r and r.trigger.words == ("establish",)] == [kind]


def test_offsets_and_turns_are_exact_provenance():
    doc = analyse_sample("devset-seed-transcript")
    assert doc.events
    for e in doc.events:
        assert doc.text[e.start:e.end] == e.sentence
        assert e.turn is not None and doc.turns[e.turn].start <= e.start < doc.turns[e.turn].end


def test_questions_and_courtesies_are_not_events():
    doc = analyse_text("QUESTION: Did you discuss sanctions against Russia?\n\nSECRETARY KERRY: Thank you.\n")
    assert doc.events == []


def test_reference_dates_are_not_event_dates_and_relative_ones_keep_their_precision():
    from datetime import date

    from dyads.events.dates import event_date

    day = date(2023, 7, 13)
    assert event_date("The two countries have been friends since 1871.", day).date is None
    assert event_date("Talks held since December 2012 resumed in May 2023.", day).date == "2023-05"
    assert event_date("Both sides aim to double trade by 2030.", day).date is None
    assert (event_date("We met in March.", day).text, event_date("We met in March.", day).resolved) == (
        "in March", "2023-03")
    assert event_date("They will meet again next year.", day).resolved == "2024"
    # a month without its year is the one before the document, or after it when the sentence tells what will be
    assert event_date("We will meet again in March.", day).resolved == "2024-03"
    assert event_date("The ministers met in November.", day).resolved == "2022-11"
    assert event_date("The summit is scheduled for September 4.", day).resolved == "2023-09-04"
    assert event_date("The ministers spoke last month.", day).resolved == "2023-06"
    assert event_date("The ministers spoke yesterday.", day).resolved == "2023-07-12"
    # a weekday is the one of the document's week, the next one when the sentence tells what will be
    assert event_date("The minister spoke Tuesday with her counterpart.", day).resolved == "2023-07-11"
    assert event_date("The envoys will meet on Monday.", day).resolved == "2023-07-17"
    assert event_date("They met last Thursday.", day).resolved == "2023-07-06"


def test_a_past_act_told_in_a_speech_is_not_dated_by_the_speech():
    from dyads.models import DocumentRef, StoredEvent

    speech = analyse_text(" date 2019-12-15 Good evening, ladies and gentlemen. In the winter of that war, "
                          "the Chilean navy attacked the Peruvian fleet off Iquique. Today Chile and Peru are "
                          "partners, and Chile welcomes Peru's decision to join the agreement.",
                          title="Remarks by Ambassador Reed at the Naval Museum")
    assert speech.doc_type == "remarks"
    ref = DocumentRef("d", "d", None, "2019-12-15", "remarks", None)
    when = {e.trigger: StoredEvent(e, ref, 0).when for e in speech.events}
    assert when.get("attacked", "absent") is None          # history told: no date of its own
    assert when.get("welcomes") == "2019-12-15"            # said of now, as the speech was given
    readout = analyse_text(" date 2021-03-24 Secretary Blinken met Foreign Minister Wilmès in Brussels.",
                           title="Readout of the Secretary's meeting")
    assert [e.told for e in readout.events] == [False]      # a report's past tense is its own day's news


def test_praise_in_its_many_words_is_support():
    for text in ("Chile salutes Peru for its courage in the talks.", "Chile admires Peru’s leadership on water.",
                 "Chile hailed the agreement with Peru."):
        assert [(e.type, e.source, e.target) for e in analyse_text(text).events if e.counts] == \
            [("SUPPORT", "CHL", "PER")], text


def test_wanting_to_thank_is_thanking_now():
    doc, _ = events_of("I want to thank the United States for its support.")
    thanks = [e for e in doc.events if e.type == "SUPPORT" and e.trigger == "thank"]
    assert [e.modality for e in thanks] == ["asserted"]
    doc = analyse_text("Chile wants to impose sanctions on Peru.")   # an intention, not yet a deed
    assert doc.events and {e.modality for e in doc.events} == {"future"}


def test_a_pledge_to_act_against_a_state_is_a_threat_not_an_undertaking_with_it():
    # CAMEO 13: announcing an act against another is a threat; the pledge's own AGREE would make the target a partner
    found = rule_triples("Lithuania pledged to expel three Russian diplomats if the cyberattacks on its ministries "
                         "continued.")
    assert ("THREATEN", "LTU", "RUS") in found and not {k for k, *_ in found} & {"AGREE"}, found
    found = rule_triples("Uruguay vowed to impose sanctions on Paraguay.")
    assert ("THREATEN", "URY", "PRY") in found and ("AGREE", "URY", "PRY") not in found, found
    # a pledge of help, of an act the rules read as none, of an act that only names an attack, or one made to a named
    # promisee stays an undertaking
    for text, pair in (("Norway pledged to provide twenty million dollars to Moldova.", ("NOR", "MDA")),
                       ("Kenya pledged to tighten security for Ugandan traders in Nairobi.", ("KEN", "UGA")),
                       ("Brazil vowed to protect Paraguay from any attack.", ("BRA", "PRY")),
                       ("India promised Nepal to impose sanctions on smugglers.", ("IND", "NPL"))):
        found = rule_triples(text)
        assert ("AGREE", *pair) in found, (text, found)


def test_the_one_summoned_in_the_passive_is_the_target():
    doc = analyse_text("Chile strongly condemns the seizure of its fishing boat by Peru. The Ambassador of Peru in "
                       "Santiago has been summoned to the Ministry and our strong reaction has been conveyed.",
                       url="https://www.minrel.gob.cl/x")
    summons = [e for e in doc.events if e.trigger == "summoned"]
    assert summons and all(e.target == "PER" and e.source != "PER" for e in summons)
    doc = analyse_text("Chile is committed to supporting Peru.")   # a stative participle: Chile acts
    assert all(e.source == "CHL" for e in doc.events)


def test_courtesy_calls_and_accepted_invitations_are_consult():
    for text in ("During the visit, Minister Rojas of Chile also called on the Prime Minister of Peru.",
                 "The Foreign Minister of Peru accepted the Chilean Foreign Minister's invitation to visit Santiago."):
        assert [e.type for e in analyse_text(text).events if e.counts] == ["CONSULT"], text
    assert [e.type for e in analyse_text("Chile calls on Peru to release the fishermen.").events] == ["REQUEST"]


def test_the_title_line_with_its_date_under_it_is_no_event():
    title = "Readout of Minister Rojas's Meeting With Peruvian Foreign Minister Ana Soto"
    doc = analyse_text(f"{title}\nAug. 29, 2024 |\n\nMinister Rojas welcomed Foreign Minister Soto of Peru to "
                       "Santiago today.", title=title)
    assert [e.trigger for e in doc.events if e.type == "CONSULT"] == ["welcomed"]


def test_material_support_is_aid_and_reaffirmed_support_is_support():
    for text in ("This year Chile has delivered more than 40 billion euros in military support to Peru.",
                 "Chile's total support to Peru now exceeds $1.5 billion."):
        assert [(e.type, e.source, e.target) for e in analyse_text(text).events if e.counts] == \
            [("AID", "CHL", "PER")], text
    assert [e.type for e in analyse_text("Chile reaffirmed its support for Peru.").events] == ["SUPPORT"]


def test_the_subject_of_stood_ready_acts():
    text = ("President Rojas of Peru spoke to the Prime Minister of Chile. He said that Chile stood ready to help Peru "
            "after the floods.")
    doc = by_rules(text)
    offered = [e for e in doc.events if e.trigger in ("ready", "help")]   # the offer, or the help it promises
    assert offered and all((e.source, e.target) == ("CHL", "PER") for e in offered)


def test_tightened_controls_and_a_closed_consulate_are_sanctions_with_such_an_object_only():
    def coded(text: str) -> set[tuple[str, str, str]]:
        return {(e.type, e.source, e.target) for e in by_rules(text).events}

    assert ("SANCTION", "CHL", "BOL") in coded("In 2021, Chile tightened controls on exports of lithium to Bolivia.")
    assert ("SANCTION", "LTU", "BLR") in coded("Lithuania closed the Belarusian consulate in Klaipeda last year.")
    assert ("SANCTION", "CHL", "BOL") in coded("In March, Chile closed its land border with Bolivia.")
    assert ("SANCTION", "PER", "BOL") in coded("Peru tightened its visa regime for Bolivian travellers.")
    assert not any(t == "SANCTION" for t, _, _ in coded("Chile and Bolivia closed the meeting with a dinner and "
                                                         "agreed to tighten their cooperation."))


def test_agreeing_or_looking_forward_to_meet_is_a_planned_contact():
    def coded(text: str) -> list[tuple[str, str, str, bool]]:
        doc = by_rules(f"Santiago, 4 May 2024\nPresident Ruiz of Chile spoke with President Soto of Peru. {text}")
        return [(e.type, e.source, e.target, e.future) for e in doc.events if text in e.sentence]

    for text in ("The two presidents agreed to meet again in Lima next month.",
                 "President Ruiz said he looked forward to meeting President Soto in person.",
                 "They agreed to hold the next round of consultations in Lima."):
        assert [(t, f) for t, _, _, f in coded(text)] == [("CONSULT", True)], text
    assert [t for t, *_ in coded("The two presidents agreed to expand trade.")] == ["AGREE"]


def test_asked_about_something_is_a_question_not_a_request():
    def coded(text: str) -> set[str]:
        return {e.type for e in by_rules(text).events}

    assert "REQUEST" not in coded("Asked whether Chile would recall its ambassador from Peru, the minister said "
                                  "nothing had been decided.")
    assert "REQUEST" in coded("Chile asked Peru to return the fishing boats seized last week.")


def test_a_quotation_over_several_sentences_ends_where_its_mark_closes():
    from dyads.events.agents import in_quotes
    from dyads.nlp import load_nlp

    doc = load_nlp()('The ministry issued a statement.\n\n"We object to the remarks. Such remarks are unacceptable," '
                     "the Chilean foreign ministry said on Monday.\n\nThe envoy said nothing.")
    closing = next(s for s in doc.sents if s.text.startswith("Such"))
    assert in_quotes(next(t for t in closing if t.text == "unacceptable"), closing)
    assert not in_quotes(next(t for t in closing if t.text == "said"), closing)   # the attribution is outside
    last = next(s for s in doc.sents if s.text.startswith("The envoy"))
    assert not in_quotes(next(t for t in last if t.text == "said"), last)   # a new paragraph starts outside


def test_a_news_sentence_keeps_an_obligation_whose_speaker_is_unknown():
    from dyads.events.sentences import code_texts

    [coded] = code_texts([("n", "The administration declared on Tuesday that Peru must drop its barriers to "
                                "Chilean exports.", None)])
    assert [(e.type, e.target) for e in coded.events][:1] == [("REQUEST", "PER")]


def test_a_state_inside_what_joint_parties_agreed_is_not_a_party_to_it():
    # "Chile and Peru agreed to deepen cooperation with Brazil": Chile and Peru agreed, with each other
    text = "Chile and Peru agreed to deepen their cooperation with Brazil on trade."
    [agree] = [e for e in by_rules(text).events if e.type == "AGREE"]
    assert {agree.source, agree.target} == {"CHL", "PER"}
    # ... while one state's agreement with another names it directly
    [alone] = [e for e in by_rules("Chile agreed with Brazil on a new trade route.").events if e.type == "AGREE"]
    assert {alone.source, alone.target} == {"CHL", "BRA"}


def test_names_right_before_a_verb_left_without_a_subject_are_its_subject():
    # the parser reads "Timişoara, Romania and Hungary" as one list and leaves "signed" without a subject: its source
    # was a default (the document's party; in a U.S. President's remarks, the United States), not the two signers
    text = ("President Clinton spoke to the people of Romania in Bucharest. Last September in Timişoara, Romania and "
            "Hungary signed a treaty of friendship.")
    [event] = [e for e in by_rules(text).events if e.trigger == "signed"]
    assert event.source_all == ["ROU", "HUN"]
    # a passive verb's subject still does not act, and a clause that names nobody takes nobody
    from dyads.events.agents import subject_tokens
    from dyads.nlp import load_nlp

    for sentence, verb in (("Last week in Geneva, the treaty was signed.", "signed"),
                           ("Yesterday, as expected, talks resumed.", "resumed")):
        doc = load_nlp()(sentence)
        assert not any(t.tag_ == "NNP" for t in subject_tokens(next(t for t in doc if t.text == verb)))


def test_words_the_lexicon_lacked_read_by_the_rules():
    # joint launches are undertakings, a missile launch stays a show of force; backing, lending, revoking,
    # destabilizing and reconfirming each read with their actors
    cases = {
        "Japan and India launched a clean energy partnership in Tokyo on Monday.": ("AGREE", "IND", "JPN"),
        "North Korea launched two ballistic missiles toward Japan.": ("MOBILIZE", "PRK", "JPN"),
        "Germany backed Poland's bid to host the next summit.": ("SUPPORT", "DEU", "POL"),
        "Qatar lent Egypt three billion dollars in 2023.": ("AID", "QAT", "EGY"),
        "India revoked the visas of two Canadian diplomats.": ("SANCTION", "IND", "CAN"),
        "Lithuania said Belarus was trying to destabilize the region.": ("ACCUSE", "LTU", "BLR"),
        "Brazil and Chile reconfirmed their commitment to the trade agreement.": ("AGREE", "BRA", "CHL"),
        # a noun's call on someone to act (the parser hangs the infinitive on the verb above it); advice to act,
        # respect for a sovereignty, freed captives, a forgiven debt
        "Peru renewed its call on Bolivia to reopen the border crossing.": ("REQUEST", "PER", "BOL"),
        "Chile advised Bolivia to withdraw the decree.": ("REQUEST", "CHL", "BOL"),
        "Chile respects the sovereignty and territorial integrity of Bolivia.": ("SUPPORT", "CHL", "BOL"),
        "Peru freed twelve Chilean fishermen on Friday.": ("CONCEDE", "PER", "CHL"),
        "Brazil forgave most of Bolivia's debt in 2009.": ("AID", "BRA", "BOL"),
        # a pledge said as a refusal
        "Bolivia will never allow its territory to be used against Chile.": ("AGREE", "BOL", "CHL"),
        # allegations made, a provocation's doer, a disturbance felt
        "Peru made baseless allegations against Chile at the assembly.": ("ACCUSE", "PER", "CHL"),
        "Chile said Bolivia had provoked the incident.": ("ACCUSE", "CHL", "BOL"),
        "Chile was deeply disturbed by Peru's decision.": ("ACCUSE", "CHL", "PER"),
        "Bolivia summoned the Chilean High Commissioner on Monday.": ("ACCUSE", "BOL", "CHL"),
        # arrest warrants for another state's officers (CAMEO 173)
        "Estonia has issued arrest warrants for two Russian officers.": ("COERCE", "EST", "RUS"),
    }
    for text, (kind, source, target) in cases.items():
        found = {(e.type, e.source, e.target) for e in by_rules(text).events}
        assert (kind, source, target) in found or kind == "AGREE" and (kind, target, source) in found, (text, found)
    assert not {e.type for e in by_rules("The government of Chile backed down after the protests.").events}
    # … and without what makes them events, none
    for text in ("Chile respects the will of the voters of Bolivia.", "Chile advised Bolivia on its pension reform.",
                 "Peru freed up funds for the Bolivian border region."):
        assert not by_rules(text).events, text
    assert "AGREE" not in {e.type for e in by_rules("In 1990 Bolivia allowed its territory to be used by Chilean "
                                                    "troops on exercise.").events}


def test_a_feeling_is_the_subjects_and_its_by_names_the_cause():
    # the parser reads "troubled by" as a passive with an agent; the agent is what troubles, not who is troubled
    for text in ("Chile was deeply troubled by the decision of the Peruvian government.",
                 "Chile is alarmed by Peru's actions.", "Chile was disappointed by the Peruvian decision."):
        pairs = {(e.source, e.target) for e in by_rules(text).events if e.type == "ACCUSE"}
        assert ("CHL", "PER") in pairs and ("PER", "CHL") not in pairs, (text, pairs)


def test_the_one_thanked_for_an_act_did_it():
    # "thanked X for doing": X did it, not the one who thanks (as "Seoul responded by filing" is Seoul's)
    found = {(e.type, e.source, e.target) for e in by_rules(
        "The Bolivian side thanked Chile for donating vaccines to Bolivia.").events}
    assert ("AID", "CHL", "BOL") in found and ("AID", "BOL", "CHL") not in found, found


def test_whoever_declares_envoys_persona_non_grata_sanctions_their_state():
    # the parser sometimes makes the envoys the subject of "persona"; the one who declares acts
    found = {(e.type, e.source, e.target) for e in by_rules(
        "Chile's foreign ministry declared the two Bolivian diplomats persona non grata on Tuesday, accusing them "
        "of \"activities incompatible with their status\".").events}
    assert {("SANCTION", "CHL", "BOL"), ("ACCUSE", "CHL", "BOL")} <= found, found
    assert not {e for e in found if e[1] == "BOL"}, found


def test_who_leaves_and_whose_help_is_welcomed():
    # a withdrawal's "from" is the place left; a welcomed act's "from" is whose act it is
    found = {(e.type, e.source, e.target) for e in by_rules(
        "Peru completed the withdrawal of its troops from Bolivia in May. Chile welcomed the assistance from "
        "Argentina.").events}
    assert {("RETREAT", "PER", "BOL"), ("SUPPORT", "CHL", "ARG")} <= found, found


def test_a_pronoun_in_what_a_state_says_is_that_state():
    for text, pair in (("Bolivia said it had expelled two Chilean diplomats.", ("SANCTION", "BOL", "CHL")),
                       ("The Chilean foreign ministry said it was deeply troubled by Peru's decision.",
                        ("ACCUSE", "CHL", "PER")),
                       ("The Peruvian government announced that it would send medical aid to Bolivia.",
                        ("AID", "PER", "BOL")),
                       ("The Chilean foreign minister said he had urged Peru to reopen the border.",
                        ("REQUEST", "CHL", "PER"))):
        assert pair in {(e.type, e.source, e.target) for e in by_rules(text).events}, text
    # "it" under a verb that reports nothing is nobody's
    assert not by_rules("It was deeply troubled by Peru's decision.").events


def test_the_state_a_common_noun_stands_for_acts():
    # the parser makes "country" the subject of "recognize"; the country is whoever "was"
    for text, pair in (("The United States was, in 1824, the second country to recognize the independence of Brazil.",
                        ("BRA", "USA")),
                       ("Peru was, in 1822, the first state to recognize the independence of Chile.", ("CHL", "PER"))):
        assert ("COOPERATE", *pair) in {(e.type, *sorted((e.source, e.target))) for e in by_rules(text).events}, text


def test_an_object_pronoun_is_the_state_named_before_it():
    # "accusing it of": the state the sentence named before, not the one inside the accusation
    found = {(e.type, e.source, e.target) for e in by_rules(
        "In March 2025 Chile severed diplomatic relations with Peru, accusing it of siding with Bolivia.").events}
    assert ("ACCUSE", "CHL", "PER") in found and ("ACCUSE", "CHL", "BOL") not in found, found


def test_whoever_spoke_with_another_makes_the_two_ministers():
    doc = by_rules("Argentina and Brazil signed a trade agreement on Monday. The Argentine foreign minister also "
                   "spoke by phone with the Chilean foreign minister. The two ministers condemned Bolivia's decision.")
    accusations = [e for e in doc.events if e.type == "ACCUSE"]
    assert accusations and all(set(e.source_all) == {"ARG", "CHL"} and e.target == "BOL" for e in accusations), \
        [(e.source_all, e.target) for e in accusations]


def test_an_accusation_called_groundless_rejects_its_maker():
    for text in ("Chile's foreign ministry said Peru's accusations were totally groundless.",
                 "Chile said it continued to regard the allegations by Peru as unfounded."):
        found = rule_triples(text)
        assert ("REJECT", "CHL", "PER") in found, (text, found)
    # made, not rejected: the maker of baseless claims is the accuser
    assert "REJECT" not in {e.type for e in by_rules("Peru repeated its baseless claims against Chile.").events}


def test_at_the_request_of_names_who_asked():
    found = rule_triples("At the request of the Government of Bolivia, Chile has extended the loan for another year.")
    assert ("REQUEST", "BOL", "CHL") in found and ("REQUEST", "CHL", "BOL") not in found, found


def test_gratitude_expressed_for_aid_names_the_giver_and_a_relative_which_its_antecedent():
    found = {(e.type, e.source, e.target) for e in analyse_text(
        "The Bolivian minister expressed his gratitude to Chile for the 20 million dollars in humanitarian "
        "assistance provided to Bolivia since 2021.").events}
    assert ("AID", "CHL", "BOL") in found and ("AID", "BOL", "CHL") not in found, found
    found = rule_triples("The ministers discussed Peru's repeated missile launches, which Chile has condemned as "
                         "flagrant violations of the treaty.")
    assert ("ACCUSE", "CHL", "PER") in found, found


def test_people_expelled_are_coerced_and_envoys_expelled_are_sanctioned():
    assert ("COERCE", "PER", "BOL") in rule_triples("Peru expelled about 2,000 Bolivian nationals last year.")
    assert ("SANCTION", "PER", "BOL") in rule_triples("Peru expelled two Bolivian diplomats last year.")
    assert ("COERCE", "PER", "BOL") not in rule_triples(
        "Peru expelled two Bolivian diplomats and evacuated its citizens.")


def test_forces_defeated_or_sent_into_a_state_are_conflict():
    assert ("ASSAULT", "CHL", "BOL") in rule_triples("In 1880 Chilean troops defeated the Bolivian army at Tacna.")
    assert "ASSAULT" not in {kind for kind, _, _ in rule_triples(
        "Chile and Bolivia worked together to defeat poverty.")}
    assert ("MOBILIZE", "CHL", "BOL") in rule_triples("Chile sent 3,000 more troops into Bolivia on Tuesday.")
    assert ("AID", "CHL", "BOL") in rule_triples("Chile sent 300 troops to Bolivia to help fight the fires.")
    # ... and forces sent to a border are a show of force there
    assert ("MOBILIZE", "CHL", "BOL") in rule_triples("Chile sent 3,000 more troops to the Bolivian border on Tuesday.")


def test_a_states_armed_forces_named_by_their_abbreviation_are_the_state():
    found = rule_triples("The PLA held large-scale military exercises around Taiwan on Saturday.")
    assert any(source == "CHN" for _, source, _ in found), found


def test_drills_held_near_another_state_with_no_partner_are_a_show_of_force():
    assert ("MOBILIZE", "CHN", "TWN") in rule_triples("The PLA held joint patrols and live-fire drills around Taiwan.")
    assert ("COOPERATE", "JPN", "PHL") in rule_triples(
        "Japan held a joint exercise with the Philippine Navy near Palawan.")


def test_a_coordinated_verb_naming_nobody_addresses_whom_the_first_one_spoke_with():
    assert ("REQUEST", "PER", "BOL") in rule_triples(
        "Peru's foreign minister raised the matter with the Bolivian ambassador and urged the early release of the "
        "fishermen.")
    # one stood with is no addressee of what follows
    assert ("REQUEST", "PER", "ECU") in rule_triples(
        "Peru stands with Chile, and Peru has called on Ecuador to end it.")


def test_forces_that_leave_a_state_withdraw_and_a_minister_who_leaves_does_not():
    found = rule_triples("The last Chilean troops left Bolivia in 1884.")
    assert ("RETREAT", "CHL", "BOL") in found, found
    assert not by_rules("The Chilean minister left Bolivia on Monday.").events


def test_a_recall_is_of_an_envoy_and_a_state_called_one_of_its_partners_is_praise_not_a_call():
    assert ("SANCTION", "PER", "BOL") in rule_triples("Peru recalled its ambassador from Bolivia on Friday.")
    # to recall something else is to remember it
    assert not by_rules("The presidents of Peru and Bolivia recalled the Joint Initiative on Water of 2015.").events
    assert "CONSULT" not in {kind for kind, _, _ in rule_triples(
        "President Ruiz has called Bolivia one of Peru's closest partners.")}


def test_the_two_countries_are_states_and_two_of_three_are_the_documents_parties():
    text = ("Chile and Peru opened talks on fisheries in Lima. Chile and Peru have disputed the maritime boundary "
            "since 2008. Peru and the European Union issued a statement on Monday. The two countries signed a "
            "fisheries agreement on Tuesday. The Vatican, Chile and Peru met in Rome. Both governments agreed to "
            "resume talks.")
    pairs = {e.trigger: frozenset((e.source, e.target)) for e in by_rules(text).events}
    assert pairs.get("signed") == {"CHL", "PER"} and pairs.get("agreed") == {"CHL", "PER"}, pairs
    # two other states named together sentences before do not make "the two countries" theirs
    text = ("Chile and Peru opened talks on fisheries in Lima. Brazil and Argentina held a summit in Brasilia last "
            "year. Chile and Peru have disputed the maritime boundary since 2008. The talks lasted three days. The "
            "two countries signed a fisheries agreement on Tuesday.")
    pairs = {e.trigger: frozenset((e.source, e.target)) for e in by_rules(text).events}
    assert pairs.get("signed") == {"CHL", "PER"}, pairs


def test_a_call_to_a_minister_the_parser_reads_as_a_predicate_is_a_call():
    assert ("CONSULT", "GBR", "FRA") in rule_triples("On Monday the British Foreign Secretary called the French "
                                                     "foreign minister.")


def test_a_leaders_retreat_is_a_meeting_and_a_retreat_of_troops_is_not():
    assert any(kind == "CONSULT" and {source, target} == {"CHL", "PER"} for kind, source, target in rule_triples(
        "The President of Chile and the President of Peru held the fifth Chile-Peru Leaders' Retreat in Lima."))
    assert {kind for kind, _, _ in rule_triples("Chilean troops retreated from Bolivia.")} == {"RETREAT"}
    assert "CONSULT" not in {kind for kind, _, _ in rule_triples("The Chilean retreat from Bolivia was swift.")}


def test_killings_by_a_states_guards_are_an_assault_and_help_sent_to_assist_is_aid():
    assert ("ASSAULT", "PER", "CHL") in rule_triples(
        "Killings of Chilean nationals by Peru's border guards have strained relations.")
    assert ("AID", "PER", "CHL") in rule_triples("Peru sent two helicopters to assist Chile after the earthquake.")


def test_thanks_for_a_warm_welcome_are_courtesy_and_thanks_for_hospitality_are_not():
    assert not by_rules("President Ruiz of Chile thanked President Soto of Peru for the warm welcome.").events
    for text in ("President Ruiz of Chile thanked President Soto of Peru for the warm welcome and hospitality.",
                 "Chile thanked Peru for the strong statements of support it issued."):
        assert ("SUPPORT", "CHL", "PER") in rule_triples(text), text


def test_thanks_for_an_introduction_and_for_hosting_are_thanks():
    # a courtesy word beside an act ("for the introduction and for hosting us", the second "for" hanging on the
    # first) does not make the thanks a courtesy
    text = "President Ruiz of Chile thanked President Soto of Peru for the introduction and for hosting him in Lima."
    assert ("SUPPORT", "CHL", "PER") in rule_triples(text)
    assert not by_rules("President Ruiz of Chile thanked President Soto of Peru for the kind introduction.").events
    # … and where the parser hangs the second "for" on the clause's verb ("want … and for hosting")
    from dyads.events import coder
    from dyads.nlp import load_nlp

    sent = next(load_nlp()("I want to begin by thanking Secretary Soto for that introduction and for hosting us in "
                           "Lima today.").sents)
    assert next(t for t in sent if t.lower_ == "for" and t.dep_ == "conj").head.lower_ == "want"
    assert {r.type for r in coder.rule_readings(sent).values() if r} == {"SUPPORT", "CONSULT"}


def test_a_commitment_to_an_actor_is_support_and_to_an_undertaking_an_agreement():
    for text in ("Chile reaffirmed its steadfast commitment to the NATO Alliance.",
                 "The minister stressed Chile's unwavering commitment to the sovereignty of Peru."):
        assert {kind for kind, _, _ in rule_triples(text)} == {"SUPPORT"}, text
    assert rule_triples("Russia reaffirmed its commitment to the one-China principle.") == {("SUPPORT", "RUS", "CHN")}
    for text in ("Chile and Peru reaffirmed their commitment to the complete denuclearization of North Korea.",
                 "Chile and Peru reaffirmed their commitment to an immediate ceasefire in eastern Congo.",
                 "Chile and Peru reaffirmed their commitment to the Chile-Peru Defense Cooperation Agreement."):
        assert {kind for kind, _, _ in rule_triples(text)} == {"AGREE"}, text


def test_whoever_declares_an_envoy_persona_non_grata_expels_them():
    for text in ("The Chilean authorities have declared a Peruvian embassy employee persona non grata.",
                 "Chile declared two Peruvian diplomats persona non grata on Monday."):
        assert rule_triples(text) == {("SANCTION", "CHL", "PER")}, text
    assert "SANCTION" not in {kind for kind, _, _ in rule_triples("Chile declared its support for Peru.")}


def test_tourists_visiting_a_country_make_no_visit():
    assert not by_rules("About 180,000 Chilean tourists visited Peru in 2024.").events
    assert ("CONSULT", "CHL", "PER") in rule_triples("The Chilean foreign minister visited Peru in May.")


def test_a_request_to_both_countries_is_put_to_someone():
    text = ("Chile and Peru clashed over the fishing grounds. The OAS urged both countries to resolve the dispute "
            "through dialogue. The United States called on both governments to de-escalate.")
    found = rule_triples(text)
    assert {("REQUEST", "OAS", "CHL"), ("REQUEST", "USA", "CHL")} <= found, found
    # ... while one put to all partners is put to no one in particular
    assert not by_rules("Chile called on the international community to help.").events


def test_a_phrase_trigger_reads_over_an_adjective_qualifying_its_last_word():
    assert rule_triples("On Sunday, Peruvian forces opened unprovoked fire on Chilean border posts.") == {
        ("ASSAULT", "PER", "CHL")}
    assert rule_triples("Chile will take firm action against Peru.") == {("THREATEN", "CHL", "PER")}


def test_action_taken_against_a_state_is_a_sanction_and_action_promised_a_threat():
    for text in ("Today, Chile took action against five officials of the Peruvian government.",
                 "Chile is taking action against the head of the Peruvian state oil company."):
        assert rule_triples(text) == {("SANCTION", "CHL", "PER")}, text
    assert rule_triples("Chile will take action against Peru.") == {("THREATEN", "CHL", "PER")}


def test_a_misdeed_named_by_a_noun_is_its_doers_and_the_one_who_names_it_accuses():
    # "Peru's hypocrisy", "the aggressor": the doer is accused, by whoever says so (it had been the accuser)
    for text in ("Peru's hypocrisy is on full display, the Chilean ambassador said.",
                 "Chile said Peru's provocation endangers the region.",
                 "Peru is the aggressor, Chile said.",
                 "We will stand up to the bullying by Peru, the Chilean minister said.",
                 "Chile said that Peru had been the main obstacle to a quick resolution of the dispute."):
        assert rule_triples(text) == {("ACCUSE", "CHL", "PER")}, text
    assert "ACCUSE" not in {kind for kind, _, _ in rule_triples("Chile and Peru agreed to remove all obstacles to "
                                                                  "trade.")}


def test_a_condemnation_accuses_the_violator_not_the_state_whose_sovereignty_was_violated():
    for text in ("Chile condemned the repeated violations of Bolivian airspace by Peruvian aircraft.",
                 "Chile deplored the violation of Bolivia's territorial integrity by Peru."):
        assert ("ACCUSE", "CHL", "PER") in rule_triples(text), text
        assert ("ACCUSE", "CHL", "BOL") not in rule_triples(text), text
    assert ("ACCUSE", "CHL", "PER") in rule_triples("Chile condemned Peru's violation of Bolivian airspace.")


def test_agreeing_where_the_next_session_will_be_held_plans_a_meeting():
    before = "Chile and Peru held talks in Lima on Monday. "
    for text in ("The leaders agreed to hold the next Chile-Peru Ministerial Forum in Santiago in 2026.",
                 "The two ministers concurred to hold the third Chile-Peru Ministerial Meeting at an early date.",
                 "They agreed that the next round of consultations will take place in Santiago.",
                 "They agreed that the next session of the Joint Commission would be held in Santiago."):
        planned = [e for e in by_rules(before + text).events if e.sentence == text]
        assert [(e.type, e.future) for e in planned if e.type == "CONSULT"] == [("CONSULT", True)], (text, planned)
    # what takes place is no meeting unless it is one
    agreed = by_rules(before + "They agreed that trade will take place under the new rules.").events
    assert "CONSULT" not in {e.type for e in agreed if "trade" in e.sentence}


def test_welcoming_a_brother_minister_to_the_capital_is_his_visit():
    for text in ("Chile and Peru held talks. The Chilean minister welcomed his brother Foreign Minister Javier "
                 "González-Olaechea and the Peruvian delegation to Santiago.",
                 "Chile and Peru held talks. The Chilean minister welcomed him to Santiago."):
        visits = [e for e in by_rules(text).events if e.trigger.startswith("welcome")]
        assert [(e.type, e.target) for e in visits] == [("CONSULT", "PER")], (text, visits)


def test_a_third_countrys_venue_is_not_who_reports():
    # the talks happened in Geneva; an unnamed minister is the pair's, not Switzerland's
    found = rule_triples("Chile and Peru held talks in Geneva on Monday. The minister urged Peru to reopen the border.")
    assert ("REQUEST", "CHL", "PER") in found and not any(source == "CHE" for _, source, _ in found), found


def test_he_in_a_clause_hung_on_the_main_one_is_its_subject_unless_another_person_was_named():
    egypt = "Egyptian Foreign Minister Sameh Shoukry spoke to reporters in Cairo. "
    visit = "Ruto returned from a visit to Türkiye, where he held talks with Erdoğan."
    # not the last sentence's Egyptian minister: the main clause is about Kenya's president
    found = rule_triples("12 March 2024\nKenyan President William Ruto arrived in Ankara. " + egypt + visit)
    assert ("CONSULT", "KEN", "TUR") in found
    met = "Kenyan President William Ruto met President Erdoğan in Ankara, where he condemned the attacks on Sudan."
    # two people before "he": either may be meant
    assert ("ACCUSE", "KEN", "SDN") not in rule_triples("12 March 2024\n" + egypt + met)


def test_a_name_the_parser_took_for_a_compound_of_a_verb_without_a_subject_is_its_subject():
    from spacy.tokens import Doc

    from dyads.events.agents import subject_tokens
    from dyads.nlp import load_nlp

    # the parse the model gave "… that Armenia rejects Azerbaijan's demand" (Armenia a compound of "rejects")
    words = ["I", "told", "Minister", "Haddad", "that", "Lebanon", "rejects", "Israel", "'s", "demand", "."]
    heads = [1, 1, 3, 1, 6, 6, 1, 9, 7, 6, 1]
    deps = ["nsubj", "ROOT", "compound", "dobj", "mark", "compound", "ccomp", "poss", "case", "dobj", "punct"]
    pos = ["PRON", "VERB", "PROPN", "PROPN", "SCONJ", "PROPN", "VERB", "PROPN", "PART", "NOUN", "PUNCT"]
    tags = ["PRP", "VBD", "NNP", "NNP", "IN", "NNP", "VBZ", "NNP", "POS", "NN", "."]
    doc = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    assert [t.text for t in subject_tokens(doc[6])] == ["Lebanon"]
    assert [t.text for t in subject_tokens(doc[1])] == ["I"]   # a verb with a subject keeps it
    deps[5] = "nsubj"
    assert [t.text for t in subject_tokens(Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, pos=pos,
                                               tags=tags)[6])] == ["Lebanon"]


def test_a_topic_heading_the_clause_is_the_target_only_when_the_act_names_none():
    # what the statement is about is not whom the condemnation or the call is aimed at …
    assert ("ACCUSE", "BRA", "ARG") in rule_triples(
        "On Paraguay, Brazil strongly condemns the renewed Argentine shelling of the border towns.")
    assert ("REQUEST", "CHL", "PER") in rule_triples("On Bolivia, Chile once again calls on Peru to reopen the border.")
    # … unless the act names nobody else ("the junta" is Myanmar's only by the topic)
    assert ("REQUEST", "CHL", "MMR") in rule_triples("On Myanmar, Chile calls on the junta to end the violence.")


def test_a_threat_is_aimed_at_whoever_its_condition_names():
    assert ("THREATEN", "CHL", "PER") in rule_triples(
        "Chile warned that it would take firm countermeasures if Peru kept its troops on the border with Bolivia.")
    assert ("THREATEN", "CHL", "PER") in rule_triples(
        "In Bolivia, Chile's minister said: if the Peruvian government chooses escalation, Chile will respond firmly.")


def test_measures_a_state_takes_up_as_its_own_are_its_own():
    # the bloc whose sanctions they were neither imposes them here nor is their target
    assert ("SANCTION", "CHL", "VEN") in rule_triples(
        "In 2019 Chile aligned itself with the Lima Group's sanctions against Venezuela.")
    assert ("SANCTION", "ISL", "RUS") in rule_triples(
        "In 2014 Iceland aligned itself with EU sanctions against Russia.")


def test_an_envoy_recalled_from_a_capital_lowers_relations_with_its_state():
    assert ("SANCTION", "BOL", "CHL") in rule_triples(
        "In 1978 Bolivia recalled its ambassador from Santiago over the killings in Peru.")


def test_praise_is_for_whoever_did_the_praised_thing():
    talks = "Peru and Bolivia held talks in Lima on Monday. "
    found = rule_triples(talks + "Peru welcomed the efforts Chile has made as chair of the commission.")
    assert ("SUPPORT", "PER", "CHL") in found and ("SUPPORT", "PER", "BOL") not in found
    # … not whoever merely speaks of it
    found = rule_triples(talks + "Both signed the accord, which Chilean officials fear could close the border.")
    assert ("SUPPORT", "PER", "BOL") in found and ("SUPPORT", "PER", "CHL") not in found


def test_a_condemned_act_told_before_is_its_makers():
    found = rule_triples("Peru test-fired a ballistic missile over the Pacific on Sunday, Chile's navy said. "
                         "In La Paz, Bolivia's foreign ministry said it strongly condemns the launch.")
    assert ("ACCUSE", "BOL", "PER") in found and ("ACCUSE", "BOL", "CHL") not in found


def test_a_governments_protest_is_a_complaint_and_only_crowds_demonstrate():
    assert ("ACCUSE", "PER", "BOL") in rule_triples("Peru has repeatedly protested the arrests and asked Bolivia "
                                                     "to explain them.")
    assert ("ACCUSE", "PER", "BOL") in rule_triples("Peru's foreign ministry delivered a formal protest note to the "
                                                     "Bolivian embassy in Lima over the arrests.")
    found = rule_triples("Thousands of students protested outside the Bolivian embassy in Lima on Sunday.")
    assert not any(kind == "ACCUSE" for kind, _, _ in found)


def test_an_envoy_summoned_by_no_one_named_is_summoned_by_the_ministrys_government_or_the_speaker():
    assert ("ACCUSE", "PER", "BOL") in rule_triples(
        "Yesterday the Ambassador of Bolivia was summoned to the Peruvian Foreign Ministry over the arrests.")
    # on a ministry's own site: its government
    found = rule_triples("The Bolivian chargé d'affaires was summoned to the Ministry today, and a strong protest was "
                         "lodged over the remarks.", url="https://www.gob.pe/rree/noticias/123")
    assert ("ACCUSE", "PER", "BOL") in found


def test_a_speakers_own_government_is_the_speakers_state():
    # at the United Nations, whose site it is: his Government is Peru's, not the UN's
    found = rule_triples("The Security Council met this morning. Peru's representative said the missile had landed off "
                         "the coast and that his Government had lodged a strong protest with La Paz.",
                         url="https://press.un.org/en/2023/sc1.doc.htm")
    assert ("ACCUSE", "PER", "BOL") in found and ("ACCUSE", "UN", "BOL") not in found


def test_a_coordinated_clause_of_its_own_is_no_target_where_the_trigger_names_one():
    # the second clause has its own subject or object: it is another act, whose actors come after the trigger's own
    pledges = rule_triples("At a meeting in Brussels in April, the European Union announced 270 million euros in aid "
                           "for Armenia, and the United States pledged 65 million dollars.")
    assert ("AID", "EU", "ARM") in pledges and ("AID", "EU", "USA") not in pledges
    # … and never the recipient of aid (the parser hangs "deter" on "provided")
    purpose = rule_triples("The United States has provided two billion dollars in security assistance to help Ukraine "
                           "defend its territory, deter further Russian aggression, and modernise its armed forces.")
    assert ("AID", "USA", "UKR") in purpose and ("AID", "USA", "RUS") not in purpose
    # where the trigger's clause names no one, the coordinated clause still names the target
    assert ("ACCUSE", "CAN", "IRN") in rule_triples(
        "Canada condemns this aggression, and we call on Iran to release the detained sailors immediately.")


def joint_agreements(text: str) -> set[tuple[str, frozenset[str]]]:
    """(type, pair) of the rule coder's events: which of two parties is the source of a joint act is arbitrary."""
    return {(kind, frozenset((source, target))) for kind, source, target in rule_triples(text)}


def test_a_position_confirmed_or_affirmed_in_a_that_clause_is_an_agreement():
    assert ("AGREE", frozenset({"PER", "CHL"})) in joint_agreements(
        "Peru's foreign minister met the Chilean foreign minister in Lima on Monday. The two ministers confirmed that "
        "they would resume the border commission's work before the end of the year.")
    assert ("AGREE", frozenset({"PER", "BOL"})) in joint_agreements(
        "The Peruvian and Bolivian delegations met in La Paz. The two sides affirmed that neither country would divert "
        "the rivers they share.")
    # the subject shared with a coordinated verb confirms together too
    assert ("AGREE", frozenset({"PER", "CHL"})) in joint_agreements(
        "The foreign ministers of Peru and Chile met in Lima. The two ministers condemned the missile launches and "
        "confirmed that they would resume the border commission's work.")
    # a fact checked, a fact established, a topic named, or one side's own announcement is no agreement
    for sentence in ("Peru confirmed on Monday that it would close its border with Bolivia for a week.",
                     "A Bolivian spokesman met reporters in La Paz and declined to confirm the reports about Peru.",
                     "It was confirmed that Bolivian boats had entered Peruvian waters on Monday.",
                     "Peru and Bolivia affirmed the importance of the lake for the region."):
        assert "AGREE" not in {kind for kind, _, _ in rule_triples(sentence)}, sentence


def test_a_decision_is_typed_by_its_complement_only_where_the_complement_states_an_act():
    # the lexicon's "target" is a verb and the meeting belongs to a relative clause: the decision is the agreement
    assert ("AGREE", frozenset({"PER", "CHL"})) in joint_agreements(
        "The presidents of Peru and Chile decided to set a target of five billion dollars in bilateral trade by 2030.")
    assert ("AGREE", frozenset({"PER", "CHL"})) in joint_agreements(
        "The presidents of Peru and Chile decided to revive the water committee, which will hold its first meeting "
        "in March.")
    # a sanction decided is read as the sanction announced, not as an agreement
    found = rule_triples("Peru decided to impose sanctions on Bolivia's mining ministry.")
    assert found == {("THREATEN", "PER", "BOL")}, found
    # nor is an act decided against
    assert "AGREE" not in {kind for kind, _, _ in rule_triples(
        "Peru's foreign minister met the Bolivian ambassador and decided not to protest to Bolivia about the delay.")}


def test_receiving_a_visitor_is_a_contact_and_receiving_a_thing_is_not():
    for text in ("President Sisi of Egypt received the Prime Minister of Israel in Cairo.",
                 "Foreign Minister Bayramov of Azerbaijan received Péter Szijjártó of Hungary in Baku.",
                 "The Indian Prime Minister thanked President Lula of Brazil for receiving him in Brasilia."):
        assert {"CONSULT"} <= {t for t, _, _ in rule_triples(text)}, text
    for text in ("Austria received a consignment of rice donated by Japan.",
                 "The Austrian citizen has received a suspended death sentence in China."):
        assert "CONSULT" not in {t for t, _, _ in rule_triples(text)}, text
    assert ("AID", "JPN", "AUT") in rule_triples("Austria received a consignment of rice donated by Japan.")


def test_companies_signing_a_deal_make_no_agreement_between_their_states():
    assert not rule_triples("Private companies in Egypt and Israel signed a gas deal worth US$15 billion.")
    assert ("SUPPORT", "EGY", "ISR") in rule_triples("Egypt and Israel signed a peace treaty in Washington.")


def test_a_permission_granted_is_no_concession_but_a_refusal_or_promise_to_allow_is_read():
    assert "CONCEDE" not in {t for t, _, _ in rule_triples("Lithuania allowed Taiwan to open a representative office "
                                                           "in Vilnius.")}
    assert ("REJECT", "LTU", "TWN") in rule_triples("Lithuania will not allow Taiwan to open a representative office "
                                                    "in Vilnius.")
    assert ("AGREE", "LTU", "TWN") in rule_triples("Lithuania will allow Taiwan to open a representative office in "
                                                   "Vilnius.")


def test_weapons_launched_at_a_state_are_an_attack_and_a_launch_alone_a_show_of_force():
    assert ("ASSAULT", "IRN", "ISR") in rule_triples("In April, Iran launched more than 300 drones and missiles at "
                                                     "Israel.")
    assert "ASSAULT" not in {t for t, _, _ in rule_triples("North Korea launched a ballistic missile into the sea "
                                                           "off Japan.")}
    assert ("SUPPORT", "POL", "NATO") in rule_triples("Poland is committed to NATO.")


def test_a_reduction_or_a_mobilisation_of_money_is_no_sanction_or_show_of_force():
    assert ("SANCTION", "RUS", "NLD") in rule_triples("Russia reduced the Dutch diplomatic presence in Moscow.")
    assert ("SANCTION", "CHN", "AUS") in rule_triples("China reduced imports of Australian coal.")
    assert "SANCTION" not in {t for t, _, _ in rule_triples("Russian missiles reduce entire Ukrainian cities to "
                                                            "rubble.")}
    assert "MOBILIZE" not in {t for t, _, _ in rule_triples("The European Union mobilised €17 million in humanitarian "
                                                            "assistance for the refugees in Armenia.")}
    assert ("MOBILIZE", "NOR", "SWE") in rule_triples("Norway mobilised troops along the border with Sweden.")


def test_relief_deployed_or_dispatched_is_aid_and_troops_on_a_border_a_show_of_force():
    assert ("AID", "AUS", "TON") in rule_triples("Australia has also deployed HMAS Adelaide to Tonga with engineering "
                                                 "and medical capabilities and relief supplies.")
    assert ("AID", "IND", "KEN") in rule_triples("India has dispatched 22 tonnes of humanitarian assistance to Kenya.")
    assert ("MOBILIZE", "PAK", "AFG") in rule_triples("Pakistan deployed additional troops and artillery along the "
                                                      "frontier with Afghanistan.")


def test_the_place_of_an_act_is_no_target_when_the_sentence_names_whom_it_is_done_to():
    fought = rule_triples("Canada fought against German troops in the Netherlands in 1944.")
    assert ("ASSAULT", "CAN", "DEU") in fought and ("ASSAULT", "CAN", "NLD") not in fought
    assert ("ASSAULT", "FRA", "MEX") in rule_triples("France intervened militarily in Mexico and threatened the "
                                                     "United States.")


def test_a_state_named_in_an_adjectives_phrase_is_not_who_holds_the_exercise():
    assert ("MOBILIZE", "RUS", "FIN") in rule_triples("Russia held a large military exercise close to the Finnish "
                                                      "border.")


def test_a_spokesman_declining_to_comment_rejects_nobody_but_declining_to_join_does():
    assert not rule_triples("Japan's foreign ministry declined to comment on the report by China.")
    assert ("REJECT", "RUS", "UKR") in rule_triples("Russia declined to join the agreement with Ukraine.")


def test_exercises_close_to_a_border_close_nothing():
    triples = rule_triples("Russia held military exercises close to the Georgian border.")
    assert ("MOBILIZE", "RUS", "GEO") in triples and not any(t[0] == "SANCTION" for t in triples)
    assert ("SANCTION", "POL", "RUS") in rule_triples("Poland closed the Russian consulate in Poznan.")


def test_war_machines_sent_or_ordered_to_a_border_are_a_show_of_force_and_sent_elsewhere_no_event():
    assert ("MOBILIZE", "ETH", "ERI") in rule_triples("Ethiopia ordered three battalions to the Eritrean border.")
    assert ("MOBILIZE", "RUS", "UKR") in rule_triples("Russia sent destroyers into Ukrainian waters.")
    assert not rule_triples("Spain sent two frigates to the Mediterranean for an exercise.")
    # aid stays aid, war machines or not
    assert ("AID", "ITA", "UKR") in rule_triples("Italy sent drones and ammunition to Ukraine.")


def test_a_team_beaten_is_a_match_and_a_sacrifice_paid_no_payment():
    assert not any(t[0] == "ASSAULT" for t in rule_triples("Croatia beat the Brazilian team in the quarter-final."))
    assert ("ASSAULT", "CHN", "VNM") in rule_triples("Chinese coast guard officers beat Vietnamese fishermen.")
    assert not any(t[0] == "CONCEDE" for t in rule_triples("Estonia paid the ultimate sacrifice alongside Latvia."))
    assert ("CONCEDE", "IRQ", "KWT") in rule_triples("Iraq paid Kuwait the last of the war reparations.")


def test_the_one_a_question_opens_by_addressing_neither_acts_nor_suffers():
    triples = rule_triples("Secretary Blinken, last week a Chinese coast guard ship fired water cannon at a Philippine "
                           "supply boat.")
    assert ("ASSAULT", "CHN", "PHL") in triples and not any("USA" in t for t in triples)
    # a name's suffix after its comma is no second subject
    assert ("CONSULT", "USA", "BRA") in rule_triples("President Joseph R. Biden, Jr. met President Lula of Brazil.")


def test_a_rejection_of_these_claims_answers_whoever_made_them():
    text = ("Lithuanian Foreign Minister Budrys met his Polish counterpart Sikorski in Vilnius on Monday. Russia's "
            "foreign ministry said on Tuesday that Lithuania had blocked the transit of goods to Kaliningrad. "
            "Lithuania rejects these claims.")
    assert ("REJECT", "LTU", "RUS") in rule_triples(text)
    # the claim named in the sentence itself: "The accusation is groundless, and … rejects it"
    text = ("Minister Sikorski received the Lithuanian ambassador in Warsaw. Belarus has accused Poland of provoking "
            "incidents on the border. The accusation is baseless, and Poland firmly rejects it.")
    assert ("REJECT", "POL", "BLR") in rule_triples(text)


def test_an_attack_judged_in_a_later_sentence_accuses_whoever_made_it():
    text = ("Russian forces struck a power plant near Lviv on Monday. Polish Foreign Minister Sikorski said the strike "
            "was unacceptable.")
    assert ("ACCUSE", "POL", "RUS") in rule_triples(text)
