"""The decision layer on the failure classes users reported, each written as new sentences (not from the
training or development data), and the bundled model's reproducibility."""

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from tests.conftest import analyse_text

from dyads.errors import ModelError
from dyads.events.decide import load_decider
from dyads.models import COUNTED, SourceItem
from dyads.pipeline import process
from dyads.settings import Settings

REPO = Path(__file__).resolve().parents[2]


def counted(doc):
    return [(e.type, e.source, e.target) for e in doc.events if e.counts]


def test_courtesy_lines_are_not_events():
    doc = analyse_text("Thank you all for coming out in this weather. It is good to be back in this room. "
                       "We have, as ever, plenty to cover this morning.", title="Remarks to the press")
    assert counted(doc) == []
    thanks = analyse_text("PRESIDENT RUIZ: Thank you, President Soto, for your support of Chile.\n\nPRESIDENT SOTO: "
                          "Thanks to Chile for the warm welcome.", title="Remarks")
    assert counted(thanks) == []   # opening thanks are courtesies (none annotated as events)


def test_the_title_repeated_as_the_first_line_is_no_event():
    title = "Foreign Minister Ruiz Holds Phone Talks with Peruvian Foreign Minister Soto"
    doc = analyse_text(f"{title}\n\n2023-03-06\n\nMinister of Foreign Affairs Ana Ruiz of Chile had a phone "
                       "conversation with Peruvian Foreign Minister Luis Soto on March 6.", title=title)
    assert [e.sentence.startswith("Minister of Foreign Affairs") for e in doc.events if e.counts] == [True]


def test_headings_menus_and_captions_are_not_events():
    text = ("Home | Newsroom | Statements\nVisit of the Foreign Minister of Peru to Chile\nSantiago, 2 May 2024\n\n"
            "Foreign Minister Ana Ruiz met her Peruvian counterpart, Luis Soto, in Santiago on 2 May.\n\n"
            "Related news\nChile condemns missile tests by North Korea\nChile and Peru sign border accord\n\n"
            "© Ministry of Foreign Affairs of Chile")
    doc = analyse_text(text, title="Press release")
    assert [e.sentence.startswith("Foreign Minister Ana Ruiz") for e in doc.events if e.counts] == [True]
    numbered = analyse_text("Statements by the Spokesperson\n\n1 – Peru – Visit to Lima by the Foreign Minister "
                            "(2 May 2024)\n\nSecretary Ruiz’s Call with Peruvian Foreign Minister Soto\n\n"
                            "Foreign Minister Ana Ruiz met her Peruvian counterpart, Luis Soto, in Lima on 2 May.",
                            title="Statements", url="https://www.minrel.gob.cl/x")
    assert [e.sentence.startswith("Foreign Minister Ana") for e in numbered.events if e.counts] == [True]
    cut = analyse_text("Santiago, 2 May 2024\nForeign Minister Ana Ruiz met her Peruvian counterpart Luis Soto in",
                       title="Press release")
    assert counted(cut) == [("CONSULT", "CHL", "PER")]   # an excerpt cut mid-sentence keeps its last line


def test_a_pages_list_of_subjects_is_no_event():
    text = ("Joint press conference, Santiago\n\nSubjects: Sanctions on Peru; support to Bolivia; the border talks "
            "with Peru.\n\nForeign Minister Ana Ruiz met her Peruvian counterpart, Luis Soto, in Santiago on 2 May.")
    doc = analyse_text(text, title="Press conference")
    assert [e.sentence.startswith("Foreign Minister Ana Ruiz") for e in doc.events if e.counts] == [True]


def test_a_media_notes_preamble_is_no_event():
    doc = analyse_text("The following joint statement was released by the Governments of Chile and Peru.\n\n"
                       "Begin Text:\n\nChile and Peru condemn the missile test by North Korea.", title="Media note")
    assert [e.sentence.startswith("Chile and Peru condemn") for e in doc.events if e.counts] == [True]


def test_welcoming_an_audience_to_a_briefing_is_no_visit():
    text = ("SPOKESPERSON RAO: Good afternoon, and welcome to this weekly press briefing. Chile and Peru held talks "
            "in Lima.")
    doc = process(SourceItem("t", "text", text, "t", title="Weekly briefing", url="https://www.minrel.gob.cl/b"),
                  Settings(model="rules"))
    assert counted(doc) == [("CONSULT", "CHL", "PER")]   # the rules veto the welcome; the talks are read
    assert not [c for c in candidates_of(text, "https://www.minrel.gob.cl/b") if c.event.trigger == "welcome"]


def test_looking_forward_to_a_summit_or_a_welcome_is_a_planned_meeting():
    for planned in ("Chile looks forward to the next summit with Peru in Lima.",
                    "Chile looks forward to welcoming the President of Peru in Santiago next week."):
        assert any(c.event.type == "CONSULT" and c.modality == "future" for c in candidates_of(planned)
                   if c.event.trigger == "looks"), planned
    assert not any(c.event.type == "CONSULT" for c in candidates_of("Chile looks forward to continued cooperation "
                                                                    "with Peru.") if c.event.trigger == "looks")


def test_a_currency_is_not_its_state():
    found = candidates_of("Chile and Peru noted that their trade reached 900 million US dollars and agreed to expand "
                          "it.")
    assert found and not any("USA" in (c.event.source, c.event.target) for c in found)


def test_a_largest_trading_partner_is_a_fact_not_an_act():
    assert not any(c.event.type == "COOPERATE" for c in candidates_of("Chile is Peru's largest trading partner."))
    assert any(c.event.type == "COOPERATE" for c in candidates_of("Chile is a close defence partner of Peru."))


def test_my_friend_the_minister_is_a_courtesy_not_praise():
    def friend_readings(text):
        return [c for c in candidates_of(text) if c.event.trigger == "friend"]

    assert not friend_readings("It is a pleasure to welcome my good friend, Peru's foreign minister, to Chile.")
    assert friend_readings("Peru is a good friend of Chile.")


def test_paying_a_visit_is_a_visit_not_a_payment():
    found = readings("Chile's foreign minister will pay an official visit to Peru from 18 to 20 April.")
    assert {kind for kind, _, _ in found} == {"CONSULT"}
    assert {kind for kind, _, _ in readings("Peru finally paid the compensation to Chile.")} == {"CONCEDE"}


def test_a_meeting_restated_is_one_event():
    doc = analyse_text(" date 2021-03-24 Secretary Blinken met Belgian Foreign Minister Sophie Wilmès in Brussels on "
                       "March 24. The meeting focused on NATO and the transatlantic relationship. During their "
                       "meeting, the Secretary and the Foreign Minister discussed climate change. They also "
                       "discussed the pandemic.", title="Readout")
    assert counted(doc) == [("CONSULT", "USA", "BEL")]


def test_a_ministry_statement_speaks_for_its_government():
    doc = analyse_text("We take strong objection to the remarks made by the spokesperson of the Chinese Foreign "
                       "Ministry about the Indian state.", title="Response to a query",
                       url="https://www.mea.gov.in/response-to-queries.htm")
    assert ("ACCUSE", "IND", "CHN") in counted(doc)


def test_a_summoned_envoy_and_a_lodged_protest_are_a_conflict_event():
    doc = analyse_text("The Ministry of Foreign Affairs of Japan summoned the Minister of the Embassy of the "
                       "Republic of Korea and lodged a strong protest over the survey.", title="Protest")
    assert ("ACCUSE", "JPN", "KOR") in counted(doc)


def test_a_protest_lodged_with_an_envoy_is_aimed_at_the_envoys_state_not_the_host():
    text = ("Vice-Minister for Foreign Affairs Kenji Sato lodged a strong protest with the Ambassador of the Republic "
            "of Korea to Japan over the survey.")
    doc = analyse_text(text, title="Protest", url="https://www.mofa.go.jp/press/release/x.html")
    assert ("ACCUSE", "JPN", "KOR") in counted(doc) and ("ACCUSE", "KOR", "JPN") not in counted(doc)
    other = analyse_text("Foreign Minister Lindqvist lodged a protest with Russia's Ambassador to Sweden.",
                         title="Protest", url="https://www.government.se/press/x")
    assert ("ACCUSE", "SWE", "RUS") in counted(other)


def test_judging_words_and_phrases_with_an_adverb_inside_are_triggers():
    doc = analyse_text("Russia's missile attack on the hospital in Odesa is abhorrent. The United Kingdom stands "
                       "firmly with Ukraine.", title="Statement", url="https://www.gov.uk/government/news/w")
    # the judged subject is the target, the government speaking the source
    assert {("ACCUSE", "GBR", "RUS"), ("SUPPORT", "GBR", "UKR")} <= set(counted(doc))


def test_an_act_named_in_general_and_judged_did_not_happen():
    doc = analyse_text("A missile attack by Iran against Israel or its partners is unacceptable.",
                       title="Statement", url="https://www.gov.uk/government/news/v")
    assert ("ACCUSE", "GBR", "IRN") in counted(doc)
    assert not any(t == "ASSAULT" for t, _, _ in counted(doc))


def test_a_passive_verb_takes_no_agent_from_the_verb_before_it():
    # who rejected is left to the model (the page's own government or the party named first are all but tied);
    # the rules never read the agent of "made" as the subject of "rejected"
    text = ("Similar allegations were made by the Peruvian President to our President, and were completely rejected.")
    found = readings(text, url="https://www.minrel.gob.cl/x", side="s")
    assert not {"subj0", "subj"} & found.get(("REJECT", "PER", "CHL"), set())
    assert not any(c.rule and c.event.source == "PER" for c in candidates_of(text, "https://www.minrel.gob.cl/x")
                   if c.event.type == "REJECT")


def test_condemnation_and_demand_with_their_target():
    doc = analyse_text("Australia condemns the missile launches by North Korea. We call on Pyongyang to abandon "
                       "its nuclear weapons programme.", title="Statement by the Foreign Minister",
                       url="https://www.dfat.gov.au/news/statement")   # "call on X": X is whom it is asked of
    assert ("ACCUSE", "AUS", "PRK") in counted(doc)
    assert ("REQUEST", "AUS", "PRK") in counted(doc)


def test_we_in_a_government_release_is_the_publishing_government():
    text = ("We strongly condemn the ballistic missile launch by North Korea this morning. "
            "We call on Pyongyang to return to dialogue without delay.")
    doc = analyse_text(text, title="Statement on the missile launch", url="https://www.gov.uk/government/news/x")
    assert {("ACCUSE", "GBR", "PRK"), ("REQUEST", "GBR", "PRK")} <= set(counted(doc))
    elsewhere = analyse_text(text, title="Statement on the missile launch", url="https://example.com/news/x")
    assert not any("GBR" in (s, t) for _, s, t in counted(elsewhere))  # a news site speaks for no government


def test_an_official_named_by_title_alone_is_the_publishing_governments():
    text = "The Foreign Secretary summoned the Belarusian Ambassador to the Foreign Office this afternoon."
    doc = analyse_text(text, title="Ambassador summoned", url="https://www.gov.uk/government/news/y")
    assert ("ACCUSE", "GBR", "BLR") in counted(doc)
    named = analyse_text("The Chinese Foreign Minister criticised the Belarusian decision.", title="Reaction",
                         url="https://www.gov.uk/government/news/z")
    assert not any(s == "GBR" for _, s, _ in counted(named))   # a nationality names whose official it is
    federal = analyse_text("Berlin, 9 May 2024\nThe Federal Government has declared three members of the Iranian "
                           "Embassy persona non grata.", title="Diplomats expelled", url="https://www.auswaertiges-amt.de/en/news/q")
    assert ("SANCTION", "DEU", "IRN") in counted(federal)


def test_an_organisations_briefing_speaks_for_the_organisation_not_the_venue_or_a_leader_it_names():
    text = ("The following is a transcript of the noon briefing by the Spokesperson for the Secretary-General.\n\n"
            "Ukraine\nOur colleagues in Odesa tell us that Russian drones struck the port overnight. The "
            "Secretary-General strongly condemns the Russian strikes on civilian infrastructure, which violate "
            "international humanitarian law.\n\n"
            "Egypt\nThe Secretary-General will travel to Cairo, where he will meet President Abdel Fattah el-Sisi of "
            "Egypt. In Egypt he will also meet the Egyptian Foreign Minister and visit the Rafah crossing, and he "
            "thanks Egypt for its support to the humanitarian operation.")
    doc = analyse_text(text, title="Daily Press Briefing by the Office of the Spokesperson for the Secretary-General",
                       url="https://press.un.org/en/2024/db240601.doc.htm")
    events = set(counted(doc))
    assert {("ACCUSE", "UN", "RUS"), ("CONSULT", "UN", "EGY")} <= events
    assert not any(s in ("UKR", "EGY") and kind in ("ACCUSE", "SUPPORT") for kind, s, _ in events)


def test_a_government_publishing_on_two_other_states_speaks_for_its_own_minister():
    text = ("The Minister of Foreign Affairs today announced that she will travel to the Republic of Korea and Japan "
            "from April 4 to 8.\nIn Seoul, she will meet with her counterpart, the Korean Minister of Foreign "
            "Affairs, to discuss trade and critical minerals.\nIn Tokyo, the minister will meet Japanese Prime "
            "Minister Fumio Kishida and Japan's Foreign Minister. Japan and the Republic of Korea held a summit in "
            "Tokyo in March, and Japan and Korea agreed to resume regular visits between their leaders. Korea and "
            "Japan are key partners in the Indo-Pacific.")
    doc = analyse_text(text, title="Minister of Foreign Affairs to travel to the Republic of Korea and Japan",
                       url="https://www.canada.ca/en/global-affairs/news/2023/04/minister-travels.html")
    in_tokyo = {(e.source, e.target) for e in doc.events if e.counts and e.type == "CONSULT"
                and e.sentence.startswith("In Tokyo")}
    assert in_tokyo == {("CAN", "JPN")}   # not Japan–Korea: the minister is Canada's, not the first leader named


def test_he_after_the_publishers_official_named_by_title_alone_is_that_official():
    text = ("The Secretary met today with the Foreign Minister of Ukraine, Andrii Sybiha, to discuss Russia's attacks "
            "on Ukraine's energy grid. The Secretary reaffirmed that support for Ukraine remains strong. "
            "He urged Russia to pull its forces back to their bases and to stop its strikes on power plants.")
    doc = analyse_text(text, title="Secretary's Meeting with Ukrainian Foreign Minister",
                       url="https://www.state.gov/secretarys-meeting/")
    requests = {(s, t) for kind, s, t in counted(doc) if kind == "REQUEST"}
    assert requests == {("USA", "RUS")}   # "He" is the Secretary, not the Ukrainian minister


def test_a_negation_that_is_the_meaning_is_asserted():
    def item(text: str) -> SourceItem:
        return SourceItem("t", "text", "Beijing, 4 May 2024\n" + text, "t", url="https://www.fmprc.gov.cn/eng/xw/q")

    threat = "China will not hesitate to take countermeasures against the Philippines."
    assert ("THREATEN", "CHN", "PHL") in counted(process(item(threat), Settings(model="rules")))
    # "will not tolerate" is read asserted, never flagged negated (whether it is an event is the model's call: its
    # probability has sat either side of the threshold from one retraining to the next)
    _, cands = analysed_candidates(item(f"{threat} We will not tolerate any interference by the Philippines."))
    tolerate = [c for c in cands if c.event.trigger == "tolerate"]
    assert tolerate and all(c.modality == "asserted" for c in tolerate)
    praise = "The two ministers did not hesitate to praise the Philippines."
    assert "THREATEN" not in {t for t, _, _ in counted(process(item(praise), Settings(model="rules")))}


def test_a_reprisal_promised_is_a_threat_at_whoever_it_hangs_on_and_one_given_is_not():
    def events(text: str, model: str = "bundled") -> list[tuple[str, str, str]]:
        item = SourceItem("t", "text", "Santiago, 4 May 2024\n" + text, "t", url="https://www.minrel.gob.cl/x")
        return counted(process(item, Settings(model=model)))

    # the threat's target is whoever the condition names, not the state the measures protect
    assert ("THREATEN", "CHL", "BOL") in events("Should Bolivia continue its provocations at the border, Chile "
                                                "will take all necessary measures to protect its citizens.")
    assert ("THREATEN", "CHL", "BOL") in events("Chile will respond firmly if Bolivian aircraft again violate "
                                                "Chilean airspace, the Chilean Foreign Minister said.")
    assert ("THREATEN", "CHL", "BOL") in events("The Foreign Ministry said that the expulsion of the Chilean "
                                                "consul by Bolivia would not go unanswered.", model="rules")
    assert "CONSULT" not in {t for t, _, _ in events("Any further hostile step by Bolivia will receive a firm and "
                                                     "proportionate response.")}   # no visitor received
    for given in ("Chile took measures to curb inflation after talks with Bolivia.",
                  "Bolivia paid a high price for its war with Chile.",
                  "In response to the Bolivian request, Chile sent a delegation to Bolivia.",
                  "Chile and Bolivia discussed a coordinated response to the floods."):
        assert not {t for t, _, _ in events(given, model="rules")} & {"THREATEN", "CONCEDE"}, given
    # "Should …" opening a sentence poses a condition: no demand of Bolivia
    assert ("REQUEST", "CHL", "BOL") not in events("Should Bolivia close the border, Chile will take all necessary "
                                                   "measures.", model="rules")


def test_troops_sent_to_a_states_border_are_a_show_of_force_against_it():
    item = SourceItem("t", "text", "La Paz, 4 May 2024\nBolivia has deployed additional troops and armoured "
                      "vehicles along the Chilean border.", "t", url="https://www.cancilleria.gob.bo/x")
    assert ("MOBILIZE", "BOL", "CHL") in counted(process(item, Settings()))


def test_a_travel_advisory_is_a_restriction():
    doc = analyse_text("Chile advises against all travel to Bolivia following the unrest in La Paz.",
                       title="Travel advice", url="https://www.minrel.gob.cl/news/x")
    assert [(t, s, g) for t, s, g in counted(doc) if t == "SANCTION"] == [("SANCTION", "CHL", "BOL")]


def test_a_defence_secretary_is_his_own_state_not_a_monarch():
    doc = analyse_text(" date 2023-06-05 Secretary of Defense Lloyd J. Austin III met Indian Defence Minister "
                       "Rajnath Singh in New Delhi.", title="Readout")
    assert counted(doc) == [("CONSULT", "USA", "IND")]


def test_a_third_party_inside_the_condemned_act_is_not_the_target():
    doc = analyse_text("France condemns the strikes on Odesa by Russia.", title="Statement")
    assert ("ACCUSE", "FRA", "RUS") in counted(doc)
    # France did nothing to Ukraine; the strikes themselves are Russia's, on Ukraine's city
    assert {(s, t) for _, s, t in counted(doc) if t == "UKR"} <= {("RUS", "UKR")}, counted(doc)


def test_who_condemns_an_attack_did_not_make_it():
    found = sources_of("Chile's foreign minister condemned the attack on a Bolivian border post.")
    assert "subj0" not in found.get(("ASSAULT", "CHL", "BOL"), set())
    assert "speaks_of0" in found[("ASSAULT", "CHL", "BOL")]
    assert "subj0" in sources_of("Chile launched an attack on a Bolivian border post.")[("ASSAULT", "CHL", "BOL")]


def test_an_actor_found_in_the_other_role_and_another_clause_says_so():
    # the sanctioned state, the act's object, read as the sanctioner; the sanctioner read as its target
    assert "as_obj0" in sources_of("The United States imposed an embargo on Cuba.")[("SANCTION", "CUB", "USA")]
    assert "as_subj0" in readings("The United States imposed an embargo on Cuba.")[("SANCTION", "CUB", "USA")]
    assert not {"as_obj0", "as_subj0"} & (sources_of("The United States imposed an embargo on Cuba.")
                                          [("SANCTION", "USA", "CUB")])
    # the Palestinians are named in the clause coordinated with Egypt's support, not in it
    found = readings("Egypt supports the efforts of Chile, and we told her that the Palestinians need a horizon.")
    assert "out_clause" in found[("SUPPORT", "EGY", "PSE")]
    assert "out_clause" not in found[("SUPPORT", "EGY", "CHL")]


def test_a_reading_of_neither_named_state_where_the_sentence_names_a_pair_says_so():
    # a journalist's question about two other states, in a briefing about China and Türkiye
    text = ("MAO NING: An earthquake struck Türkiye this morning. China is ready to provide assistance to Türkiye. "
            "China and Türkiye are friends.\n\nREUTERS: Last week Chile and Peru agreed to open two more border "
            "crossings. How does China view this?")
    found = candidates_of(text, "https://www.fmprc.gov.cn/eng/x.html", title="China sends relief to Türkiye")
    agreed = {(c.event.source, c.event.target): set(c.features) for c in found if c.event.trigger == "agreed"}
    assert "elsewhere" in agreed[("CHN", "TUR")]
    assert not {pair for pair, feats in agreed.items() if "elsewhere" in feats and set(pair) & {"CHL", "PER"}}


def sources_of(text):
    """How each reading's source was found, in a news text."""
    return readings(text, side="s")


NEWS = "https://news.example.com/a"


def candidates_of(text, url=NEWS, title=None):
    """Every candidate reading of a one-text document."""
    return analysed_candidates(SourceItem("t", "text", text, "t", url=url, title=title))[1]


def analysed_candidates(item):
    """The analysed document and every candidate reading of it."""
    from dyads.events import document_candidates
    from dyads.pipeline import analysed

    [(doc, sdoc)] = analysed([item], decider=None)
    return doc, document_candidates(doc, sdoc, None)[1]


def readings(text, url=NEWS, side="t"):
    """Every candidate reading of a one-text document: (type, source, target) → how its target (side "t") or
    its source ("s") was found."""
    found: dict = {}
    for c in candidates_of(text, url):
        found.setdefault((c.event.type, c.event.source, c.event.target), set()).update(
            f[2:] for f in c.features if f.startswith(f"{side}:"))
    return found


def rule_coded(text, url=NEWS):
    """A one-text document as the rule coder alone reads it."""
    return process(SourceItem("t", "text", text, "t", url=url), Settings(model="rules"))


def model_coded(text, url=NEWS):
    """The (type, source, target) of the events that count in a one-text document, as the bundled model decides."""
    return set(counted(process(SourceItem("t", "text", text, "t", url=url), Settings())))


def test_whom_a_conflict_act_is_done_to_is_its_target_not_its_topic():
    found = readings("Five years after Russia's full-scale invasion of Ukraine, Finland condemns the continuing "
                     "attacks on Kharkiv by Russian forces.", "https://um.fi/news/x")
    assert "obj0" in found[("ASSAULT", "RUS", "UKR")]   # "invasion of Ukraine": done to Ukraine
    # ... while a meeting's "on" still names what it was about
    talks = readings("Finland and Sweden held talks on Ukraine in Helsinki.", "https://um.fi/news/w")
    assert "obj0" not in talks.get(("CONSULT", "FIN", "UKR"), set())


def test_forces_deployed_to_a_border_are_a_show_of_force_whatever_the_model_says():
    cands = [c for c in candidates_of("Chile deployed 2,000 additional troops along the Peruvian border on Monday.")
             if c.event.type == "MOBILIZE" and c.settled]
    assert {(c.event.source, c.event.target) for c in cands} == {("CHL", "PER")}
    # ... not troops deployed anywhere else
    assert not [c for c in candidates_of("Chile deployed 2,000 additional troops in Santiago on Monday.") if c.settled]


def test_a_state_called_a_valued_partner_is_praised_by_whoever_speaks():
    found = readings("Norway is a highly valued ally of the United Kingdom.", "https://www.gov.uk/government/news/n")
    assert "judged0" in found[("SUPPORT", "GBR", "NOR")]   # the government speaking praises Norway
    assert "judged0" not in found[("SUPPORT", "NOR", "GBR")]
    # ... whatever qualifies the noun, and whether it is or remains one
    for text in ("Norway is a model ally in NATO.", "Norway remains a steadfast ally of the United Kingdom."):
        found = readings(text, "https://www.gov.uk/government/news/n")
        assert "judged0" in found[("SUPPORT", "GBR", "NOR")], (text, found)


def test_an_envoy_called_in_and_diplomats_ordered_out_are_conflict_events():
    doc = analyse_text("The Ministry for Foreign Affairs called in the Charge d'Affaires of the Russian Embassy on "
                       "Monday to protest the airspace violation.", title="Statement", url="https://um.fi/news/y")
    assert ("ACCUSE", "FIN", "RUS") in counted(doc)
    doc = analyse_text("The government has ordered two Russian diplomats to leave the country within a week.",
                       title="Statement", url="https://um.fi/news/z")
    assert ("SANCTION", "FIN", "RUS") in counted(doc)
    assert not any(t == "REQUEST" for t, _, _ in counted(doc))   # an expulsion, not a request


def test_an_unnamed_government_protesting_to_a_state_is_not_that_state():
    doc = analyse_text("The government lodged a protest with South Korea on Thursday after the country's Supreme "
                       "Court ordered a Japanese firm to pay damages.", title="Tokyo protests ruling",
                       url="https://www.japantimes.co.jp/news/x")
    assert ("ACCUSE", "KOR", "JPN") not in counted(doc)


def test_negated_and_promised_actions_keep_their_modality():
    doc = analyse_text("India would not give permission for the drill.", title="Press release")
    assert counted(doc) == []
    doc = analyse_text("Chile and Peru have not discussed a joint approach to negotiations with Bolivia.",
                       title="Press release")   # a negation on the verb whose object holds the trigger
    assert counted(doc) == []
    doc = analyse_text("Germany will provide humanitarian aid to Sudan.", title="Statement")
    [aid] = [e for e in doc.events if e.counts]
    # promised aid is aid, as annotated (its CAMEO code the intent's, 033)
    assert (aid.type, aid.source, aid.target, aid.modality, aid.cameo) == ("AID", "DEU", "SDN", "future", "033")
    from dyads.events.modality import modality_of
    from dyads.nlp import load_nlp

    for text, trigger, expected in (("Peru must withdraw its troops from the border with Chile.", "withdraw",
                                     "requested"),
                                    ("We must work together with Chile on the border.", "work", "future")):
        sent = next(load_nlp()(text).sents)
        assert modality_of(next(t for t in sent if t.text == trigger), sent) == expected


def test_quoted_speech_is_never_turned_around():
    doc = analyse_text('"The United States has our full support," Chancellor Schmidt of Germany said after '
                       "meeting President Carter.", title="Chancellor's remarks", )
    assert ("SUPPORT", "USA", "DEU") not in counted(doc)  # never the subject of the quoted words


def test_a_quotation_over_several_sentences_is_its_speakers_throughout():
    closing = ('Peru summoned the Chilean ambassador on Tuesday.\n\n"We strongly condemn the seizure of our boats by '
               'Chile. Such acts are unacceptable," the Peruvian foreign ministry said in a statement.')
    assert "quoter0" in sources_of(closing)[("ACCUSE", "PER", "CHL")]   # attributed where it closes
    opening = ('The Peruvian foreign minister told reporters: "We have nothing against Chile. We condemn the '
               'seizure of our boats by the Chilean navy."')
    assert "quoter0" in sources_of(opening)[("ACCUSE", "PER", "CHL")]   # ... else where it opens


def test_he_opening_a_sentence_is_the_official_the_sentence_before_was_about():
    found = sources_of("The Chilean representative rejected the accusations at the meeting. He accused Peru "
                               "of prolonging the dispute over the border.")
    assert "pron0" in found[("ACCUSE", "CHL", "PER")]


def test_they_are_the_states_last_named_together_as_a_subject():
    # a trilateral call about a fourth state: "they" are the three callers, not the state the text is about
    found = sources_of("Chile's foreign minister, Peru's foreign minister and Bolivia's foreign minister spoke by "
                       "phone after Venezuela's missile test. They urged Venezuela to stop its tests.")
    assert "pron0" in found[("REQUEST", "CHL", "VEN")]
    assert not any(k[1] == "VEN" and "pron0" in v for k, v in found.items())
    agreed = readings("Chile, Peru and Bolivia met in Lima on Venezuela. The three sides agreed to meet again.")
    assert "cosubj" in agreed[("AGREE", "CHL", "PER")] or "cosubj" in agreed[("AGREE", "CHL", "BOL")]


def test_an_act_after_another_states_act_is_not_aimed_at_that_state():
    found = readings("Chile and Peru held talks following Bolivia's decision to close the border.")
    assert "obj0" not in found.get(("CONSULT", "CHL", "BOL"), set())
    assert "topic0" in found[("CONSULT", "CHL", "BOL")]


def test_a_reported_violation_is_the_reporters_accusation():
    found = sources_of("Chile said on Monday that Peru had flouted the border treaty.")
    assert "judge0" in found[("ACCUSE", "CHL", "PER")]   # Chile, who says so, accuses Peru, who did wrong
    assert readings("Chile said on Monday that Peru had flouted the border treaty.")[("ACCUSE", "CHL", "PER")] \
        >= {"judged0"}
    # the noun: the violations' doer is accused, by whoever says so
    violations = {(c.event.source, c.event.target): {f[2:] for f in c.features if f.startswith("s:")}
                  for c in candidates_of("Chile said that Peru's repeated violations of the border treaty had to stop.")
                  if c.event.trigger == "violations"}
    assert "judge0" in violations[("CHL", "PER")]


def test_a_material_act_one_state_says_another_did_is_also_read_as_its_accusation():
    said = readings("Peru said on Tuesday that Chilean troops had fired first on its border post.")
    assert "maker0" in said[("ACCUSE", "PER", "CHL")]      # Peru, who says so, accuses Chile, who fired
    assert ("ASSAULT", "CHL", "PER") in said                 # the firing itself is still read
    claimed = sources_of("Chile claims Peruvian drones struck the port of Arica.")
    assert "alleger0" in claimed[("ACCUSE", "CHL", "PER")]
    # none where the sayer reports its own act, or the act is denied
    assert ("ACCUSE", "CHL", "PER") not in readings("Chile said Chilean jets struck a camp in Peru.")
    assert ("ACCUSE", "PER", "CHL") not in readings("Peru said Chilean troops did not fire on the post.")
    # a participle says it for its clause's subject
    saying = readings("Peruvian officials gave another account, saying Chilean troops had shelled the post.")
    assert "maker0" in saying[("ACCUSE", "PER", "CHL")]


def test_phone_calls_gunfire_and_released_crews_are_read():
    assert ("CONSULT", "PER", "BOL") in readings("Peru's foreign minister telephoned her Bolivian counterpart.")
    assert ("CONSULT", "PER", "BOL") in readings("The Peruvian President phoned the President of Bolivia.")
    fire = readings("Chilean border guards opened fire on a Peruvian fishing boat.")
    assert ("ASSAULT", "CHL", "PER") in fire
    assert not any(kind == "ASSAULT" for kind, _, _ in readings("The Chilean minister opened the talks with Peru."))
    # a release yields (CONCEDE, as the annotation codes it), of people, named or not; a released report does not
    assert ("CONCEDE", "PER", "CHL") in readings("Peru released the Chilean fishermen on Friday.")
    assert ("CONCEDE", "PER", "CHL") in readings("Peru released Carlos Ibáñez, a Chilean citizen, on Friday.")
    assert not any(kind == "CONCEDE" for kind, _, _ in readings("Peru released its report on Chile's economy."))
    # so does lifting an embargo; lifting a blockade eases a military engagement
    assert ("CONCEDE", "PER", "CHL") in readings("Peru lifted its embargo on Chilean wine.")
    assert ("RETREAT", "PER", "CHL") in readings("Peru lifted its naval blockade of the Chilean port.")


def test_an_act_called_illegal_is_judged_by_whoever_says_so():
    text = "Chile said Peru's illegal occupation of the island must end."
    assert "judge0" in sources_of(text)[("ACCUSE", "CHL", "PER")]
    assert "judged0" in readings(text)[("ACCUSE", "CHL", "PER")]   # Peru, whose occupation it is, is the target


def test_what_a_state_should_do_is_asked_of_it_by_whoever_says_so():
    text = "Chile said on Monday that Peru should release the detained fishermen."
    assert "judged0" in readings(text)[("REQUEST", "CHL", "PER")]
    assert "judge0" in sources_of(text)[("REQUEST", "CHL", "PER")]


def test_speaking_at_an_event_is_how_a_statement_was_made_not_a_meeting():
    def spoken(text):
        return {c.event.type for c in candidates_of(text) if c.event.trigger.lower().startswith(("speak", "spoke"))}

    assert "CONSULT" not in spoken("Chile's foreign minister, speaking at a mining conference in Lima, said Peru "
                                   "would sign the accord.")
    assert "CONSULT" in spoken("Chile's foreign minister spoke with Peru's foreign minister in Lima on Monday.")


def test_an_unresolved_subject_faces_the_state_it_acts_on():
    found = sources_of("Prime Minister Tavares thanked Brazil for the donation of rice as Angola faces a "
                               "severe drought.")
    assert "counter0" in found[("SUPPORT", "AGO", "BRA")]


def test_listing_firms_and_shipping_grain_or_arms_are_events():
    found = readings("China added five American firms to its unreliable entity list on Friday.", "https://x.cn/a")
    assert ("SANCTION", "CHN", "USA") in found
    assert ("SANCTION", "CHN", "USA") not in readings("China added five American firms to the delegation.",
                                                       "https://x.cn/b")
    assert ("AID", "RUS", "MLI") in readings("Russia delivered 20,000 tonnes of wheat to Mali in March.", "https://x.ru/c")
    assert ("AID", "PRK", "RUS") in readings("North Korea's transfer of artillery shells to Russia continues.",
                                             "https://x.kr/d")


def test_agreeing_to_meet_is_an_agreement_and_a_planned_meeting():
    text = "Chile and Peru agreed to hold the next round of border talks in Lima in May."
    modes = {(c.event.type, c.modality) for c in candidates_of(text, "https://x.example/a")}
    assert ("CONSULT", "future") in modes and ("AGREE", "asserted") in modes


def test_a_protest_lodged_happened_and_an_unrivalled_partner_is_praise():
    from dyads.events.modality import modality_of
    from dyads.nlp import load_nlp

    for text, expected in (("A strong protest was lodged with Peru over the remarks.", "asserted"),
                           ("A protest by Peru would be met with firm resistance.", "hypothetical"),
                           ("Any attack on Chile is unacceptable.", "hypothetical"),
                           ("Peru has no closer partner in the region than Chile.", "asserted"),   # praise
                           ("Peru has no partner in the region.", "negated")):
        sent = next(load_nlp()(text).sents)
        trigger = next(t for t in sent if t.lemma_ in ("protest", "attack", "partner"))
        assert modality_of(trigger, sent) == expected, text


def test_a_responsibility_is_blame_only_for_something():
    for blame in ("Chile said Peru bears full responsibility for the attack.",
                  "Chile said the Peruvian government was responsible for the attack."):
        assert any(k == "ACCUSE" for k, _, _ in readings(blame, "https://x.cl/a")), blame
    for duty in ("Chile has a responsibility to protect the Peruvian fishermen.",
                 "Chile has no greater responsibility than the safety of Peruvian visitors.",
                 "Peru bears the primary responsibility for protecting Chile's embassy.",
                 "The Peruvian authorities are responsible for ensuring the safety of Chile's diplomats."):
        assert not any(k == "ACCUSE" for k, _, _ in readings(duty, "https://x.cl/b")), duty


def test_a_call_on_a_minister_is_a_visit_not_a_request():
    found = readings("U.S. Deputy Secretary Ruth Hale called on Foreign Minister Luis Soto of Peru in Lima on Monday.",
                     "https://www.state.gov/x")
    assert any(kind == "CONSULT" for kind, _, _ in found)
    assert not any(kind == "REQUEST" for kind, _, _ in found)   # the rule's re-typing is its only reading


def test_aid_provided_to_a_state_is_aimed_at_it():
    found = readings("Britain extended emergency assistance to Sudan after the floods.",
                     "https://www.gov.uk/government/news/s")
    assert "obj0" in found[("AID", "GBR", "SDN")]   # named by the verb that carries the noun


def test_rules_alone_on_request():
    item = SourceItem("t", "text", "Belgium and the United States signed an agreement on customs cooperation.", "t")
    doc = process(item, Settings(model="rules"))
    assert {e.modality for e in doc.events} == {"asserted"}
    assert "SUPPORT" in {e.type for e in doc.events}


def test_a_file_that_is_not_a_model_is_refused(tmp_path):
    bad = tmp_path / "model.json"
    bad.write_text('{"weights": 3}')
    with pytest.raises(ModelError, match="not a dyads event model"):
        load_decider(str(bad))


def test_of_settings_the_published_records_cannot_tell_apart_the_highest_threshold_then_all_records_choose():
    from dyads.events.train import TIE, choose

    def figures(published: float, everything: float) -> list[tuple[dict, dict]]:
        return [({"f1": published}, {"f1": everything})] * 3

    tried = {(0.03, 0.5, 0.5, 0.75): figures(0.562, 0.650), (0.1, 0.5, 0.5, 0.75): figures(0.562 - TIE / 2, 0.660),
             (0.1, 0.5, 0.55, 0.75): figures(0.562 - TIE, 0.659), (0.1, 0.5, 0.6, 0.75): figures(0.55, 0.655),
             (0.3, 0.5, 0.5, 0.75): figures(0.55, 0.670)}
    # C 0.3 leads on all records but trails on the published ones; of C 0.1's tied thresholds, the highest
    assert choose(tried, log=lambda _: None) == (0.1, 0.5, 0.55, 0.75)
    # a higher threshold tied on the published records goes before a lead on all records, whichever C has it
    tried[0.3, 0.5, 0.6, 0.75] = figures(0.562 - TIE / 2, 0.640)
    assert choose(tried, log=lambda _: None) == (0.3, 0.5, 0.6, 0.75)
    tried[0.03, 0.5, 0.5, 0.75] = figures(0.562 + 2 * TIE, 0.650)   # a clear lead on the published records stands
    assert choose(tried, log=lambda _: None) == (0.03, 0.5, 0.5, 0.75)


def test_a_written_pages_readings_weigh_less_than_a_published_texts():
    from dyads.events.train import WRITTEN_WEIGHT, _Design

    # a cue seen in a published text, never an event there, and in a written page, always one there
    published = [(["cue"], 0), (["cue"], 0), (["other"], 1)]
    written = [(["cue"], 1), (["cue"], 1), (["other"], 0)]
    weighed, _ = _Design([published, written], [1.0, WRITTEN_WEIGHT]).fit(1.0)
    even, _ = _Design([published, written], [1.0, 1.0]).fit(1.0)
    # evenly weighed the two cancel out (no weight kept); weighed, the published text's reading prevails
    assert even.get("cue", 0.0) == 0.0 and weighed["cue"] < 0 and WRITTEN_WEIGHT < 1.0


def test_a_sentence_word_is_penalised_less_than_a_structural_feature_of_the_same_evidence():
    from dyads.events.decide import SENTENCE_WORD, _logistic
    from dyads.events.train import SENTENCE_WORD_VALUE, _Design

    # a word and a structural cue with the same evidence: each present in the same rows
    word, cue = f"ACCUSE{SENTENCE_WORD}condemn", "trigger:condemn"
    rows = [([word, cue], 1)] * 3 + [([word, cue], 0)] + [(["other"], 0)] * 4
    weights, bias = _Design([rows, rows], [1.0, 1.0], {SENTENCE_WORD: SENTENCE_WORD_VALUE}).fit(0.1)
    assert SENTENCE_WORD_VALUE > 1 and weights[word] > weights[cue] > 0
    # the weights apply to features present (as 1): the model's probability for the first row is above one half
    assert _logistic(bias, weights, [word, cue]) > 0.5 > _logistic(bias, weights, ["other"])


def test_a_pair_of_words_tells_apart_sentences_whose_words_alone_are_the_same():
    from dyads.events.decide import sentence_words

    # the same words, the meaning in their order: only the adjacent pairs differ
    concern = sentence_words("Japan expressed grave concern, and no new protest.")
    protest = sentence_words("Japan expressed no concern, and a grave new protest.")
    assert {w for w in concern if "_" not in w} == {w for w in protest if "_" not in w}
    assert "grave_concern" in concern - protest and "grave_new" in protest - concern
    # a pair keeps the short words the single words drop: "agreed to", "called on"
    assert {"agreed_to", "called_on"} <= sentence_words("They agreed to meet and called on Russia to withdraw.")


@pytest.mark.slow
def test_train_on_the_bundled_records_reproduces_the_bundled_model():
    from dyads.events.train import to_json, train

    records = REPO / "training" / "records"
    rebuilt = json.loads(to_json(train([str(records)], log=lambda _: None)))
    bundled = json.loads((REPO / "src" / "dyads" / "events" / "model" / "decider.json").read_text())
    assert rebuilt["threshold"] == bundled["threshold"] and rebuilt["second"] == bundled["second"]
    assert rebuilt["boosts"] == bundled["boosts"] and rebuilt["mix"] == bundled["mix"]
    # the same weights up to the solver's last digit: a numpy release moves the fifth decimal, not a decision
    for weights, bias in (("weights", "bias"), ("group_weights", "group_bias")):
        assert rebuilt[weights].keys() == bundled[weights].keys()
        assert max(abs(rebuilt[weights][k] - w) for k, w in bundled[weights].items()) <= 1e-4
        assert rebuilt[bias] == pytest.approx(bundled[bias], abs=1e-4)


def test_a_rarely_annotated_types_readings_are_boosted_and_the_boost_is_kept_in_the_model_file():
    from dyads.events.candidates import Candidate
    from dyads.events.decide import Decider, boosted, select
    from dyads.events.train import rare_types, to_json
    from dyads.models import Event

    def reading(kind: str) -> Candidate:
        event = Event(type=kind, source="RUS", target="UKR", source_all=["RUS"], target_all=["UKR"],
                      sentence="Russia massed troops on the border and threatened Kyiv.", start=0, end=55, trigger="x")
        return Candidate(event, [], "asserted", False, (0, kind), frozenset(("RUS", "UKR")))

    readings = [reading("MOBILIZE"), reading("THREATEN")]
    assert boosted(readings, [0.45, 0.45], {"MOBILIZE": 1.25}) == [0.5625, 0.45]
    assert boosted(readings, [0.9, 0.45], {"MOBILIZE": 1.25})[0] == 1.0   # a probability stays one
    kept = select(readings, boosted(readings, [0.45, 0.45], {"MOBILIZE": 1.25}), threshold=0.5)
    assert [e.type for e in kept] == ["MOBILIZE"]
    model = Decider({}, 0.0, 0.5, 1.0, {}, boosts={"MOBILIZE": 1.25})
    assert Decider.from_json(json.loads(to_json(model))).boosts == {"MOBILIZE": 1.25}
    # a type is rare by its share of the annotated events
    examples = [SimpleNamespace(gold=[{"type": "CONSULT"}] * 70),
                SimpleNamespace(gold=[{"type": "CONSULT"}] * 29 + [{"type": "MOBILIZE"}])]
    assert rare_types(examples) == ["MOBILIZE"]


def test_the_rule_coders_actors_stand_unless_the_model_clearly_prefers_others():
    from dyads.events.candidates import Candidate
    from dyads.events.decide import RULE_MARGIN, select
    from dyads.models import Event

    def reading(source: str, target: str, rule: bool, found: str = "s:subj0") -> Candidate:
        event = Event(type="AGREE", source=source, target=target, source_all=[source], target_all=[target],
                      sentence="Chile and Peru agreed to pool their aid to Haiti.", start=0, end=48, trigger="agreed")
        return Candidate(event, [found], "asserted", rule, (0, "AGREE"), frozenset((source, target)))

    ruled, other = reading("CHL", "PER", True), reading("CHL", "HTI", False)
    close = select([other, ruled], [0.8, 0.8 - RULE_MARGIN / 2], threshold=0.5)
    assert [(e.target, e.confidence) for e in close] == [("PER", 0.8)]   # the group's probability, the rule's actors
    far = select([other, ruled], [0.8, 0.8 - 2 * RULE_MARGIN], threshold=0.5)
    assert [e.target for e in far] == ["HTI"]
    assert select([ruled], [0.3], threshold=0.5) == []   # the rules never decide that there is an event
    # ... and only where the rules read the source from the sentence, not from the story's dateline
    defaulted = reading("BOL", "PER", True, found="s:reporter0")
    assert [e.source for e in select([other, defaulted], [0.8, 0.8 - RULE_MARGIN / 2], threshold=0.5)] == ["CHL"]


def test_a_reading_that_counts_is_kept_before_a_likelier_flagged_one():
    from dyads.events.candidates import Candidate
    from dyads.events.decide import select
    from dyads.models import Event

    def reading(trigger: str, modality: str) -> Candidate:
        event = Event(type="ACCUSE", source="PER", target="CHL", source_all=["PER"], target_all=["CHL"],
                      sentence="Peru summoned the envoy and a protest was lodged.", start=0, end=49, trigger=trigger)
        return Candidate(event, [], modality, False, (0, "ACCUSE"), frozenset(("PER", "CHL")))

    kept = select([reading("protest", "hypothetical"), reading("summoned", "asserted")], [0.9, 0.7], threshold=0.5)
    assert [(e.trigger, e.modality) for e in kept] == [("summoned", "asserted")]
    flagged = select([reading("protest", "hypothetical")], [0.9], threshold=0.5)
    assert [e.modality for e in flagged] == ["hypothetical"]   # alone, it is kept, flagged


def test_a_state_inside_what_joint_parties_agreed_is_their_topic():
    found = {(c.event.source, c.event.target): {f[2:] for f in c.features if f.startswith("t:")}
             for c in candidates_of("Chile and Peru agreed to deepen their cooperation with Brazil on trade.")
             if c.event.trigger == "agreed" and c.event.type == "AGREE"}
    assert "topic0" in found[("CHL", "BRA")] and "obj0" not in found[("CHL", "BRA")]
    assert "cosubj0" in found[("CHL", "PER")]


def test_thanking_a_minister_the_parser_did_not_name_is_thanks():
    # "Minister Tanabe" is no entity to the parser, but a name: not "thank the journalists"
    thanked = [c for c in candidates_of("Chile's foreign minister thanked Minister Tanabe for Japan's support "
                                        "at the United Nations.") if c.event.trigger == "thanked"]
    assert {(c.event.type, c.event.source, c.event.target) for c in thanked} >= {("SUPPORT", "CHL", "JPN")}
    assert not [c for c in candidates_of("Chile's foreign minister thanked the journalists for coming.")
                if c.event.trigger == "thanked"]


def test_a_request_put_to_no_one_in_particular_is_no_event():
    def requests(text):
        return {(c.event.source, c.event.target) for c in candidates_of(text) if c.event.type == "REQUEST"}

    assert not requests("Chile called on the international community to suspend all arms sales to Bolivia.")
    assert not requests("Chile urged all its partners to impose similar measures on Bolivia.")
    # ... but a request that names whom it is put to stays
    assert ("CHL", "PER") in requests("Chile called on all Peruvian officials to respect the vote.")
    assert ("CHL", "BOL") in requests("Chile urged Bolivia to suspend all arms sales.")


def test_a_judging_adjective_inside_a_demand_is_part_of_the_demand():
    def accusations(text):
        return {(c.event.source, c.event.target) for c in candidates_of(text)
                if c.event.type == "ACCUSE" and c.event.trigger == "reckless" and c.modality in COUNTED}

    assert not accusations("Chile demanded that Peru stop its reckless manoeuvres near the border.")
    assert not accusations("Chile urged Peru to refrain from reckless manoeuvres near the border.")
    assert ("CHL", "PER") in accusations("Chile said Peru's reckless manoeuvres near the border endangered lives.")


def test_where_an_envoy_serves_does_not_act_and_a_by_clause_acts_for_its_verbs_subject():
    protest = sources_of("A protest was made by the Embassy of Chile in Peru to the Peruvian foreign ministry.")
    assert "subj0" in protest[("ACCUSE", "CHL", "PER")]
    assert not {"subj", "subj0"} & protest.get(("ACCUSE", "PER", "CHL"), set())
    complaint = sources_of("Chile responded to the ruling by filing a complaint against Peru with the WTO.")
    assert "subj0" in complaint[("ACCUSE", "CHL", "PER")]


def test_aid_counted_in_money_from_the_subject_to_the_object_is_settled_by_rule():
    def settled(text):
        return {(c.event.source, c.event.target) for c in candidates_of(text) if c.settled}

    # an event even where the sentence holds another, which would otherwise need a second event's likelihood
    text = "Chile condemned the attack on Peru and has provided $3 million in humanitarian assistance to Peru."
    assert ("CHL", "PER") in settled(text)
    assert ("AID", "CHL", "PER") in {(e.type, e.source, e.target) for e in load_decider().decide(candidates_of(text))}
    assert ("CHL", "PER") in settled("Chile delivered 25,000 tonnes of wheat to Peru last year.")
    assert not settled("Chile will help Peru with its reforms.")   # no aid counted
    assert not settled("The assistance of $3 million will be delivered to Peru.")   # no giver in the clause
    assert not settled("Peru must allow Chile to deliver $3 million in humanitarian aid.")   # only demanded


def test_hosting_a_counterpart_for_a_session_is_a_visit_and_hosting_a_summit_is_not():
    hosted = candidates_of("Chile's foreign minister will host her Peruvian counterpart for the 5th Session of the "
                           "Joint Commission.")
    assert ("CONSULT", "CHL", "PER") in {(c.event.type, c.event.source, c.event.target) for c in hosted
                                         if c.event.trigger == "host"}
    summit = "Chile will host the Pacific Alliance summit next year, Peru's foreign minister said."
    assert not [c for c in candidates_of(summit) if c.event.trigger == "host"]


def test_committed_to_a_state_is_support_and_committed_to_doing_is_an_undertaking():
    def types(text):
        return {c.event.type for c in candidates_of(text) if c.event.trigger == "committed"}

    assert "AGREE" in types("The two leaders committed to deepening the partnership between Chile and Peru.")
    assert "SUPPORT" not in types("The two leaders committed to deepening the partnership between Chile and Peru.")
    assert "SUPPORT" in types("Chile's president said Chile remains firmly committed to Peru.")


def test_support_thanked_for_is_what_the_thanks_are_for():
    text = "Chile's foreign minister thanked Peru for its steadfast support for Bolivia."
    assert not [c for c in candidates_of(text) if c.event.trigger == "support" and c.event.type == "SUPPORT"]
    assert ("SUPPORT", "CHL", "PER") in {(c.event.type, c.event.source, c.event.target) for c in candidates_of(text)}


def test_a_trade_figure_is_a_fact_not_cooperation():
    assert not [c for c in candidates_of("Chilean exports to Peru fell by around 80 per cent in 2022.")
                if c.event.trigger == "exports"]


def test_a_negative_subject_negates():
    text = "As for a visit by Chile's president to Peru, nothing has been decided at this point."
    assert not [c for c in candidates_of(text) if c.event.trigger == "decided" and c.modality in COUNTED]


def test_an_object_denied_with_no_negates_and_a_refusal_so_denied_is_asserted():
    aid = [c for c in candidates_of("Norway provides no budget support to Chile.") if c.event.type == "AID"]
    assert aid and all(c.modality == "negated" for c in aid)
    refusal = [c for c in candidates_of("Chile will accept no compromise on the border with Peru.")
               if c.event.type == "REJECT"]
    assert refusal and all(c.modality == "asserted" for c in refusal)


def test_a_state_named_in_what_an_addressee_is_urged_to_do_is_not_the_target():
    # "urged its neighbours to settle … in the face of Russia": the request is put to the neighbours
    text = ("Lithuania and Latvia held talks in Vilnius. Finland urged its two neighbours to settle their dispute "
            "in the face of an increasingly assertive Russia.")
    requests = {(e.source, e.target) for e in rule_coded(text).events if e.type == "REQUEST"}
    assert requests and ("FIN", "RUS") not in requests, requests
    found = readings(text)
    assert "obj0" not in found[("REQUEST", "FIN", "RUS")]
    # ... while a request put to a named state still targets it, and one with no addressee its act's state
    assert ("FIN", "EST") in {(e.source, e.target) for e in rule_coded(
        "Finland urged Estonia to stand firm against Russia.").events if e.type == "REQUEST"}
    assert ("FIN", "RUS") in {(e.source, e.target) for e in rule_coded(
        "Finland called for the release of the prisoners held by Russia.").events if e.type == "REQUEST"}


def test_a_joint_statement_and_a_met_pledge_are_no_events():
    # words put out together are how something is said, not cooperation; to meet a pledge is to fulfil it
    text = ("President Ruiz and President Soto said in a joint statement that trade had grown. "
            "Chile and Peru will present a joint proposal to the summit. "
            "Chile is on course to meet its spending pledge and its responsibilities to the alliance. "
            "Peru amended its customs rules, meeting part of Chile's demands.")
    triggers = {c.event.trigger for c in candidates_of(text) if c.modality in COUNTED}
    assert not triggers & {"joint", "meet"}, triggers
    # ... while acts done together and a meeting with a person stay
    kept = {c.event.trigger for c in candidates_of(
        "Chile and Peru held joint exercises off Arica. President Ruiz will meet President Soto in Lima.")}
    assert {"joint", "meet"} <= kept
    # ... and so does a meeting whose purpose clause names a need: the condition reads the meeting's own clause
    text = "Chilean President Ruiz met with Peruvian President Soto to discuss the steps needed to meet the 2030 goals."
    met = {(e.source, e.target) for e in rule_coded(text).events if e.trigger == "met"}
    assert met == {("CHL", "PER")}, met


def test_a_promised_reprisal_is_a_threat_not_an_undertaking():
    text = "Lima expelled two Chilean diplomats on Monday. Santiago has promised a swift response."
    coded = {(e.type, e.source, e.target) for e in rule_coded(text).events if e.trigger == "promised"}
    assert coded == {("THREATEN", "CHL", "PER")}, coded
    # ... while a promise of help stays an undertaking
    assert ("AGREE", "CHL", "PER") in {(e.type, e.source, e.target) for e in rule_coded(
        "Chile promised support to Peru after the floods.").events}


def test_a_judgement_finds_no_target_in_another_clause():
    # "…, while the envoys of Peru and Bolivia urged restraint": a clause of its own, with its own subject
    talks = "Argentina and Chile held talks in Santiago on Monday. "
    found = {(e.type, e.source, e.target) for e in rule_coded(
        talks + "Chile deplored the shelling of the border post, while the envoys of Peru and Bolivia urged "
                "restraint.").events}
    assert not {("ACCUSE", "CHL", "PER"), ("ACCUSE", "CHL", "BOL")} & found, found
    # ... while one named in the judgement's own clause is its target
    assert ("ACCUSE", "CHL", "PER") in {(e.type, e.source, e.target) for e in rule_coded(
        talks + "Chile deplored the shelling of the border post by Peru.").events}


def test_what_we_must_do_is_resolve_not_a_demand():
    for text in ("Chile and Peru met in Lima. We must adapt to preserve our partnership with Peru.",
                 "Chile and Peru met in Lima. Our two countries must continue to work together."):
        assert not [e for e in rule_coded(text).events if e.type == "REQUEST"], text
    # ... while what another state must do is demanded of it
    assert ("REQUEST", "CHL", "PER") in {(e.type, e.source, e.target) for e in rule_coded(
        "Peru must release the Chilean fishermen immediately, Chile said.").events}


def test_what_a_state_must_do_is_demanded_of_it_by_whoever_says_so_and_the_demand_is_asserted():
    text = "Bolivia should withdraw its troops from the border at once, Peru's foreign minister said."
    assert ("REQUEST", "PER", "BOL") in {(e.type, e.source, e.target) for e in rule_coded(text).events}
    demands = [c for c in candidates_of(text) if c.event.type == "REQUEST" and c.event.trigger == "withdraw"]
    assert demands and all(c.modality == "asserted" for c in demands)   # the withdrawal is only asked for
    assert any((c.event.source, c.event.target) == ("PER", "BOL") for c in demands)
    assert ("REQUEST", "BOL", "PER") not in {(e.type, e.source, e.target) for e in rule_coded(text).events}


def test_a_cancelled_or_postponed_contact_did_not_happen():
    cancelled = candidates_of("Chilean President Ruiz cancelled a scheduled visit to Peru in protest over the remarks.")
    assert {c.modality for c in cancelled if c.event.trigger == "visit"} == {"negated"}
    postponed = candidates_of("The talks between Chile and Peru were postponed.")
    assert {c.modality for c in postponed if c.event.trigger == "talks"} == {"negated"}
    # ... while a visit paid stays one
    paid = candidates_of("Chilean President Ruiz paid a visit to Peru.")
    assert {c.modality for c in paid if c.event.trigger == "visit"} == {"asserted"}


def test_a_launch_that_constitutes_a_provocation_is_judged_not_the_judge():
    # "X's launch constitutes a grave provocation": X is judged by whoever says so, as with "is a provocation"
    found = readings("Chile and Peru are neighbours. Peru's launch of a ballistic missile today constitutes a grave "
                     "provocation against the security of Chile.")
    assert "judged0" in found[("ACCUSE", "CHL", "PER")]


def test_signing_a_decree_is_no_agreement_with_another_state():
    decree = "Chile and Peru are neighbours. The President of Chile signed a decree on fishing in waters Peru claims."
    assert "signed" not in {e.trigger for e in rule_coded(decree).events}
    # ... while signing an accord with another state is support (devset README 3.9)
    assert ("SUPPORT", "CHL", "PER") in {(e.type, e.source, e.target) for e in rule_coded(
        "Chile signed a trade accord with Peru.").events}


def test_condolences_and_sympathy_are_a_courtesy_not_an_event():
    text = ("Chile and Peru are neighbours. The President of Chile offered his deepest condolences to Peru for the "
            "loss of life in the floods. The Minister expressed sympathy for Peru's suffering.")
    assert not {c.event.trigger for c in candidates_of(text) if c.modality in COUNTED} & {
        "offered", "condolences", "sympathy"}


def test_a_meeting_planned_by_an_agreement_stands_beside_it():
    # "agreed to meet again": a planned meeting (CONSULT) and an agreement (devset README 3.9); the training
    # records hold no such sentence, so the rules settle the meeting
    text = "Chile and Peru held talks in Lima. The two ministers agreed to meet again in Santiago next month."
    planned = [c for c in candidates_of(text) if c.event.trigger == "agreed" and c.event.type == "CONSULT"]
    assert any(c.settled and c.modality == "future" for c in planned), planned
    doc = process(SourceItem("t", "text", text, "t", url=NEWS), Settings())
    assert {"CONSULT", "AGREE"} <= {e.type for e in doc.events if e.trigger == "agreed" and e.counts}


def test_a_strike_on_a_city_is_aimed_at_the_citys_state():
    # "Russian strikes on Kharkiv": not at the document's other party (the gazetteer names the city's state,
    # whatever label the parser gives the name)
    talks = "Finland and Sweden held talks in Helsinki on Monday. "
    for text in ("Russian strikes on Kharkiv killed five civilians on Monday.",
                 "Overnight, Russian strikes in Kyiv hit a power station."):   # "Kyiv" untagged here
        coded = {(e.type, e.source, e.target) for e in rule_coded(talks + text).events if e.type == "ASSAULT"}
        assert coded == {("ASSAULT", "RUS", "UKR")}, (text, coded)
        assert "place0" in readings(talks + text)[("ASSAULT", "RUS", "UKR")]
    # "Odesa" tagged as a nationality: still the city
    assert "place0" in readings(talks + "Finland condemns another massive attack by Russia on the infrastructure of "
                                        "Odesa region.")[("ASSAULT", "RUS", "UKR")]


def test_a_visit_to_a_city_is_a_visit_to_its_state():
    # "will be visiting Tokyo": Japan is visited, not the state the traveller was last in
    talks = "The British foreign secretary held talks with Chinese officials in Beijing on Monday. "
    for text in ("He will be visiting Tokyo for high level meetings later this week.",
                 "He then travelled to Seoul for talks.", "His trip to Tokyo follows."):
        tags = readings(talks + text)
        target = "KOR" if "Seoul" in text else "JPN"
        assert "place0" in tags[("CONSULT", "GBR", target)], (text, tags)
    coded = {(e.source, e.target) for e in rule_coded(talks + "He will be visiting Tokyo next week.").events
             if e.trigger == "visiting"}
    assert coded == {("GBR", "JPN")}


def test_meeting_private_people_is_no_diplomatic_contact():
    # an ambassador meeting students, veterans or business owners meets no government, nor does a president
    # speaking to reporters
    text = ("The U.S. Ambassador to Portugal gave a speech on trade. Yesterday she met with dozens of Portuguese "
            "students in Porto, and later spoke with local business owners and veterans. The Portuguese President "
            "spoke to reporters in Lisbon.")
    assert not [c for c in candidates_of(text) if c.event.type == "CONSULT" and c.event.trigger in ("met", "spoke")]
    # ... while meeting an official stays a contact
    assert "met" in {c.event.trigger for c in candidates_of(
        "Yesterday the U.S. Ambassador met with Portuguese Foreign Minister Joao Gomes Cravinho in Lisbon.")}


def test_support_sought_or_asked_for_is_requested_not_given():
    for text in ("Chile and Peru met in Lima. Chile sought Peru's support for its candidacy.",
                 "Chile and Peru met in Lima. Chile asked for assistance from Peru after the floods."):
        modes = {c.modality for c in candidates_of(text) if c.event.trigger in ("support", "assistance")}
        assert modes == {"requested"}, (text, modes)
    # ... while support given stays asserted
    given = candidates_of("Chile and Peru met in Lima. Chile welcomed Peru's support for its candidacy.")
    assert "asserted" in {c.modality for c in given if c.event.trigger == "support"}


def test_aid_thanked_for_is_aid_from_its_giver():
    # thanks for aid: SUPPORT from whoever thanks, and the aid itself, from its giver to its receiver
    met = "Chile and Peru met in Lima. "
    thanked = model_coded(met + "The Chilean President thanked the Peruvian President for the donation of 3,000 "
                                "tonnes of rice after the floods.")
    assert {("SUPPORT", "CHL", "PER"), ("AID", "PER", "CHL")} <= thanked, thanked
    # the giver and the receiver the phrase names win over whoever thanks and is thanked
    assert ("AID", "PER", "BOL") in model_coded(met + "The Chilean President thanked the Peruvian President for Peru's "
                                                      "humanitarian assistance to the Bolivian people.")
    assert ("AID", "PER", "CHL") in model_coded(met + "The Chilean minister expressed his gratitude for the "
                                                      "assistance from Peru.")
    # the thanked state's minister briefs on a visitor the tables do not know thanking it: the aid went to the visitor's
    found = candidates_of("Briefing on the visit of the Prime Minister of Chile to Peru\n\nFOREIGN MINISTER TORRES: "
                          "Prime Minister Kiala of Chile arrived in Lima yesterday. Prime Minister Kiala thanked Peru "
                          "for its supply of vaccines during the pandemic.", "https://www.gob.pe/rree/x")
    assert {(c.event.source, c.event.target) for c in found if c.settled and c.event.type == "AID"} == {("PER", "CHL")}
    # ... while thanks for hospitality are no aid
    assert "AID" not in {t for t, _, _ in model_coded(met + "The Chilean President thanked the Peruvian President "
                                                            "for his hospitality.")}


def test_measures_taken_in_coordination_with_partners_are_cooperation_with_them():
    # on a government's own page, measures taken "in coordination with" named partners: that government
    # cooperated with them (not with the state the measures target)
    text = ("Canada today announced sanctions on Belarus. These sanctions, taken in "
            "coordination with Norway and Japan, respond to the regime's repression.")
    assert ("COOPERATE", "CAN", "NOR") in model_coded(text, "https://www.canada.ca/en/news/x.html")
    # ... while a named maker's coordination is left to the model
    found = candidates_of("Japan will keep providing assistance in close coordination with Norway.",
                          "https://www.canada.ca/en/news/x.html")
    assert not any(c.settled for c in found if c.event.type == "COOPERATE")


def test_support_thanked_for_stands_beside_the_thanks_where_it_names_whom_it_backed():
    talks = "Chile and Peru met in Lima. "
    found = model_coded(talks + "The Chilean President thanked the Peruvian President for Peru's support for "
                                "Chile's candidacy to the Human Rights Council.")
    assert {("SUPPORT", "CHL", "PER"), ("SUPPORT", "PER", "CHL")} <= found, found
    assert ("SUPPORT", "PER", "BOL") in model_coded(talks + "The Chilean President thanked the Peruvian President "
                                                            "for supporting Bolivia's accession to the WTO.")
    # ... while support that names nobody backed is only what the thanks are for, and a name is no support
    for text in ("The Chilean President thanked Peru for its solidarity in difficult times.",
                 "The Chilean President thanked Peru for leading the Multinational Security Support Mission."):
        assert ("SUPPORT", "PER", "CHL") not in model_coded(talks + text), text


def test_an_attack_whose_maker_and_target_are_named_with_it_is_an_event():
    # "condemned the Peruvian missile attack on Arica": beside the condemnation, the attack itself
    text = "Chile and Bolivia held talks on Monday. Bolivia condemned the Peruvian missile attack on Arica."
    found = candidates_of(text)
    assert any(c.settled for c in found if (c.event.type, c.event.source, c.event.target) == ("ASSAULT", "PER", "CHL"))
    # ... not one whose maker only a clause around it names, nor allies fighting side by side
    for text in ("Chile and Bolivia held talks. The Chile-Bolivia treaty extends to armed attacks on Chilean ships.",
                 "Chile fought side by side with Bolivia in the war."):
        assert not any(c.settled for c in candidates_of(text) if c.event.type == "ASSAULT"), text


def test_whose_decision_to_act_makes_the_act():
    # "Peru's decision to impose sanctions on Chilean officials": Peru imposes them, not the page's own government
    found = readings("Chile and Peru are neighbours. Peru's decision to impose sanctions on five Chilean officials "
                     "is regrettable.", side="s")
    assert "subj0" in found[("SANCTION", "PER", "CHL")], found


def test_exchanging_fire_is_fighting_not_talks():
    found = candidates_of("Chile and Peru have exchanged artillery and rocket fire along their border.")
    assert {c.event.type for c in found if c.event.trigger == "exchanged"} == {"ASSAULT"}
    # ... while exchanging views stays a contact
    assert "CONSULT" in {c.event.type for c in candidates_of("Chile and Peru exchanged views on trade.")}


def test_an_intention_is_coded_by_what_is_intended():
    # "Chile intends to raise the issue": nothing announced between states
    assert not [c for c in candidates_of("Chile and Peru met in Lima. Chile intends to raise the issue again.")
                if c.event.trigger == "intends"]
    # ... while the cooperation it announces is an undertaking
    found = candidates_of("Chile and Peru met in Lima. Chile intends to work closely with Peru on fisheries.")
    assert ("AGREE", "future") in {(c.event.type, c.modality) for c in found if c.event.trigger == "work"}


def test_an_announced_act_is_read_as_the_act_and_as_the_announcement():
    # "said it would expel": the training annotation codes the expulsion itself as often as the threat, so both are
    # candidates, the act planned; the model chooses
    found = candidates_of("Chile said on Monday it would expel nine Peruvian diplomats.")
    assert {("SANCTION", "future"), ("THREATEN", "future")} <= {
        (c.event.type, c.modality) for c in found if c.event.trigger == "expel" and c.event.source == "CHL"}
    # ... as a withdrawal announced is a withdrawal or an undertaking; and an envoy withdrawn is a recall
    found = candidates_of("Chile will withdraw its troops from the border with Peru.")
    assert {"RETREAT", "AGREE"} <= {c.event.type for c in found if c.event.trigger == "withdraw"}
    found = candidates_of("Chile withdrew its ambassador from Peru on Monday.")
    assert {c.event.type for c in found if c.event.trigger == "withdrew"} == {"SANCTION"}
    # ... while cooperation announced stays an undertaking only
    found = candidates_of("Chile will cooperate with Peru on fisheries.")
    assert {c.event.type for c in found if c.event.trigger == "cooperate"} == {"AGREE"}


def test_relations_restored_and_embassies_opened_are_cooperation():
    # restoring or normalizing relations, reopening an embassy, exchanging envoys: COOPERATE between the two states
    for text, trigger in (("Chile restored diplomatic relations with Peru in 1990.", "restored"),
                          ("Chile normalised relations with Peru in 1990.", "normalised"),
                          ("Relations between Chile and Peru were restored in 1990.", "restored"),
                          ("Chile reopened its embassy in Peru last week.", "reopened"),
                          ("Chile opened an embassy in Peru in 1990.", "opened"),
                          ("Chile and Peru exchanged ambassadors in 1990.", "exchanged")):
        found = candidates_of(text)
        assert {c.event.type for c in found if c.event.trigger == trigger} == {"COOPERATE"}, text
        assert any({c.event.source, c.event.target} == {"CHL", "PER"} for c in found if c.event.trigger == trigger)
    # ... not whatever else is restored, resumed, opened or exchanged
    for text, trigger in (("Chile restored order on its border with Peru.", "restored"),
                          ("Chile resumed its strikes on Peru.", "resumed"),
                          ("Chile opened the meeting with Peru.", "opened")):
        assert not any(c.event.trigger == trigger and c.event.type == "COOPERATE" for c in candidates_of(text)), text
    found = candidates_of("The Chilean minister exchanged views with the Ambassador of Peru.")
    assert {c.event.type for c in found if c.event.trigger == "exchanged"} == {"CONSULT"}
    # ... nor the anniversary of relations that exist
    found = candidates_of("Chile and Peru celebrated the 30th anniversary of the normalization of relations.")
    assert not any(c.event.trigger == "normalization" for c in found)


def test_money_shipped_allocated_or_announced_is_aid_and_a_relationship_upgraded_an_undertaking():
    for text, trigger, kind in (("Chile shipped 20,000 tonnes of wheat to Peru.", "shipped", "AID"),
                                ("Chile allocated 5 million dollars to Peru's flood relief.", "allocated", "AID"),
                                ("Chile announced 5 million dollars for Peru's schools.", "announced", "AID"),
                                ("Chile and Peru upgraded their relations to a strategic partnership.", "upgraded",
                                 "AGREE"),
                                ("Chile and Peru upgraded their ties to ambassadorial level.", "upgraded", "SUPPORT"),
                                ("Chile declared the accord with Peru null and void.", "null", "REJECT")):
        assert kind in {c.event.type for c in candidates_of(text) if c.event.trigger == trigger}, text
    # ... and only then: a ship's cargo, an announcement or an upgrade of anything else are not
    for text, trigger in (("Chile shipped its old frigates to the scrapyard, Peru said.", "shipped"),
                          ("Chile announced new visa rules for Peru.", "announced"),
                          ("Chile upgraded its radar near the border with Peru.", "upgraded")):
        assert not any(c.event.trigger == trigger for c in candidates_of(text)), text


def test_an_encyclopedic_article_reports_on_nobodys_behalf():
    # the first office-holder an "X–Y relations" article names is one of its subjects, not its reporter
    text = ("Mexico–United States relations are the bilateral relations between Mexico and the United States. In "
            "2013, President Barack Obama visited Mexico City. A free trade agreement was signed in 1992.")
    doc, found = analysed_candidates(SourceItem(
        "t", "text", text, "t", url="https://en.wikipedia.org/wiki/Mexico-United_States_relations",
        title="Mexico–United States relations"))
    assert doc.doc_type == "article"
    tags = {f for c in found for f in c.features if f.startswith("s:")}
    assert not {"s:reporter0", "s:publisher0"} & tags, tags


def test_briefing_someone_is_no_contact():
    # "briefed our partners on the threat": telling, not a meeting (none of the 4 such readings is annotated)
    found = candidates_of("Chile and Peru met in Lima. Chile has briefed its partners on the threat from Peru.")
    assert "briefed" not in {c.event.trigger for c in found}


def test_a_meeting_concluded_is_a_contact_not_an_accord():
    found = candidates_of("Chile and Peru just concluded a very productive meeting in Lima.")
    assert {c.event.type for c in found if c.event.trigger == "concluded"} == {"CONSULT"}
    # ... while an accord concluded stays one
    accord = candidates_of("Chile and Peru concluded a fisheries agreement in Lima.")
    assert "SUPPORT" in {c.event.type for c in accord if c.event.trigger == "concluded"}


def test_a_counterpart_welcomed_to_a_place_is_a_visit_received():
    # "welcome you to Santiago": the visit itself (CONSULT), settled by rule (13 of the 14 such readings on all the
    # annotated pages are annotated), from the welcoming speaker to whoever faces them
    text = ("FOREIGN MINISTER SOTO: Minister Vargas, it is a great pleasure to welcome you to Santiago.\n\n"
            "FOREIGN MINISTER VARGAS: Thank you, Ana.\n")
    title = "Remarks by the Foreign Ministers of Chile and Peru"
    doc, cands = analysed_candidates(SourceItem("t", "text", text, "t", url=NEWS, title=title))
    assert any(c.settled for c in cands if c.event.type == "CONSULT" and c.event.trigger == "welcome"), cands
    # ... while welcoming a decision, or welcoming states as members, is no visit
    for other in ("Chile welcomed Peru's decision to return to the Pacific Alliance.",
                  "It is time to welcome Peru and Bolivia as full members."):
        assert not any(c.settled for c in candidates_of(other) if c.event.type == "CONSULT"), other


def test_diplomats_expelled_are_a_sanction_settled_by_rule():
    # expelling a state's diplomats reduces relations with it (CAMEO 161): settled by rule, whatever the model says
    for text in ("Chile expelled four Peruvian diplomats on Monday.",
                 "The Chilean government ordered two Peruvian diplomats to leave the country."):
        settled = {(c.event.source, c.event.target) for c in candidates_of(text)
                   if c.settled and c.event.type == "SANCTION"}
        assert settled == {("CHL", "PER")}, (text, settled)
    # ... while expelling others is no sanction on a state
    assert not any(c.settled for c in candidates_of("Chile expelled four Peruvian smugglers on Monday."))


def test_calling_or_describing_an_act_something_bad_is_an_accusation_and_praise_is_not():
    found = readings('Norway called Russia\'s seizure of the trawler "an unfriendly act".')
    assert ("ACCUSE", "NOR", "RUS") in found
    assert not any(kind in ("CONSULT", "REQUEST") for kind, _, _ in found)   # no phone call, no call for anything
    assert ("ACCUSE", "CHL", "PER") in readings("Chile described Peru's decision as a grave mistake.")
    assert ("ACCUSE", "CHL", "PER") in readings("Chile regards Peru's statements as biased and hostile.")
    # what it is called carries praise: not an accusation
    assert not any(kind == "ACCUSE" for kind, _, _ in readings("Italy's prime minister called Albania a true friend."))
    # a description without what it is described as is no characterization
    assert not any(kind == "ACCUSE" for kind, _, _ in readings("Chile described Peru's proposal in detail."))
    # the quoted words the parser hangs on the object as its adjective are still what the caller calls it: the
    # caller accuses, and is not the one judged
    found = readings('A Peruvian court sentenced a Chilean citizen. Chile called the verdict "absolutely unacceptable '
                     'and unjust".')
    assert ("ACCUSE", "CHL", "PER") in found, found
    assert not any("judged0" in tags for (_, _, target), tags in found.items() if target == "CHL"), found


def test_interference_hostility_a_legal_case_and_a_sinking_are_read_for_their_states():
    # meddling is its doer's wrongdoing, which whoever speaks accuses them of; so is hostility
    found = readings("Peru firmly rejects Chile's interference in its internal affairs.")
    assert ("ACCUSE", "PER", "CHL") in found and "judged0" in found["ACCUSE", "PER", "CHL"], found
    assert ("ACCUSE", "PER", "CHL") in readings("Peru said that the Chilean government's actions were openly hostile.")
    assert ("ASSAULT", "CHL", "PER") in readings("Chilean warships rammed and sank a Peruvian patrol boat.")
    # a case brought against a state accuses it; a case in any other sense is none
    assert ("ACCUSE", "CHL", "BOL") in readings("Chile brought a case against Bolivia at the Court in 2016.")
    assert not any(k == "ACCUSE" for k, _, _ in readings("In this case, Chile and Bolivia agreed to meet again."))


def test_opposing_anothers_act_is_an_accusation_and_the_opposition_is_not():
    found = readings("Vietnam firmly opposes China's placement of an oil rig in its waters.")
    assert {("ACCUSE", "VNM", "CHN"), ("REJECT", "VNM", "CHN")} <= set(found)   # the model tells which
    assert ("ACCUSE", "CHN", "LTU") in readings("China expressed its firm opposition to Lithuania's decision.")
    assert not any(kind == "ACCUSE" for kind, _, _ in
                   readings("The opposition leader of Venezuela met the Brazilian ambassador in Caracas."))


def test_a_journalists_statement_of_fact_is_read_and_their_question_is_not():
    text = ("QUESTION: Yesterday Peru expelled two Chilean diplomats. Will Chile expel Peruvian diplomats too?\n\n"
            "MINISTER: We are studying the situation.\n")
    cands = candidates_of(text)
    stated = [c for c in cands if c.event.type == "SANCTION" and c.event.source == "PER" and c.event.target == "CHL"]
    assert stated and all("journalist" in c.features for c in stated)
    assert not [c for c in cands if c.event.sentence.rstrip().endswith("?")]


def test_a_person_the_text_introduces_acts_for_their_state_by_surname_later():
    # neither leader is in the office-holder table; named by surname alone, Kofe still speaks for Tuvalu
    coded = model_coded("Today the Prime Minister of Tuvalu, the Hon. Tevita Kofe MP, met the Prime Minister of "
                        "Fiji, the Hon. John Tavola MP, in Suva. Prime Minister Kofe thanked Fiji for the patrol "
                        "boats it provided. Kofe also condemned the attacks on shipping by Houthi forces.")
    assert ("SUPPORT", "TUV", "FJI") in coded and ("SUPPORT", "FJI", "TUV") not in coded
    assert {source for kind, source, _ in coded if kind == "ACCUSE"} == {"TUV"}, coded   # Kofe condemned


def test_a_blockade_imposed_is_coercion_not_a_second_sanction():
    found = readings("Chile imposed a naval blockade on the Peruvian port of Callao.")
    assert ("COERCE", "CHL", "PER") in found and not any(k == "SANCTION" for k, _, _ in found)
    assert ("SANCTION", "CHL", "PER") in readings("Chile reimposed tariffs on Peruvian copper.")   # no blockade
    # the PLOVER manual's reading of a sentence on its own: the blockade is the main event
    from dyads.events.sentences import code_texts

    coded = next(code_texts([("x", "Chile reimposed blockades on the border region after the shootings.", None)]))
    assert coded.events and coded.events[0].type == "COERCE"


def test_thanks_for_support_given_in_some_capacity_are_for_the_thanked_not_the_body_named():
    def settled(text):
        return {(c.event.source, c.event.target) for c in candidates_of(text) if c.beside and c.event.type == "SUPPORT"}

    # the Council is where the seat is, the aggressor whom the support was against: neither gave it
    assert settled("Minister Ramírez thanked Japan for its support for Peru's bid to serve as a non-permanent member "
                   "of the United Nations Security Council.") == {("JPN", "PER")}
    assert settled("We thank the American people for their support for Ukraine in its defence against the Russian "
                   "invasion.") == {("USA", "UKR")}
    # … while a state inside what the support went to is its receiver
    assert settled("Minister Ramírez thanked Japan for its consistent support to the democratic reforms in Peru.") == {
        ("JPN", "PER")}
