"""Resolution rules on small texts written for the purpose."""

from datetime import date

from tests.conftest import analyse_sample, analyse_text


def people(text):
    """The people an undated text names, with the state each stands for."""
    from dyads.actors.resolve import resolve
    from dyads.nlp import load_nlp

    return {(m.text, m.country) for m in resolve(load_nlp()(text), None) if m.kind == "person"}


def actors(text, **kw):
    doc = analyse_text(text, **kw)
    return doc, {(m.text, m.actor_id, m.kind) for m in doc.mentions}


def test_names_demonyms_abbreviations_and_orgs():
    doc, found = actors("Belgian and American officials met. The U.S. and the UK spoke at the UN Security Council "
                        "about the D-ISIS coalition and NATO.")
    assert doc.countries == ["BEL", "GBR", "USA"]
    assert doc.organizations == ["ISIS", "NATO", "UN"]


def test_a_city_used_as_a_place_is_not_a_country():
    doc, found = actors("The ministers met in Bucharest. The summit in Moscow was cancelled.")
    assert doc.countries == []
    assert ("Bucharest", "ROU", "place") in found and ("Moscow", "RUS", "place") in found


def test_capital_as_metonym_is_the_state():
    doc, _ = actors("Moscow's aggression continues. The Kremlin denied it. Washington wants a ceasefire.")
    assert doc.countries == ["RUS", "USA"]


def test_a_ministry_only_one_state_has_is_that_state_even_with_a_comma_in_its_name():
    doc, found = actors("On Monday the Foreign, Commonwealth and Development Office summoned the envoy, and "
                        "India's external affairs ministry replied.")
    assert ("Foreign, Commonwealth and Development Office", "GBR", "state") in found
    assert ("external affairs ministry", "IND", "state") in found
    _, found = actors("Officials from the Department of State met a reporter at the Department of State.")
    assert [kind for text, _, kind in sorted(found) if text == "Department of State"] == ["place", "state"]


def test_an_office_only_one_state_has_is_that_state_though_its_holder_is_unknown():
    doc, found = actors("Raksha Mantri Shri Vikram Rao received the Tánaiste, and the Chief Cabinet Secretary "
                        "briefed Assistant Secretary of State Helen Marsh on 2 May 2024.")
    assert doc.countries == ["IND", "IRL", "JPN", "USA"]
    assert ("Raksha Mantri", "IND", "state") in found   # inside the name the tagger made of the whole phrase
    # a title several states use names none of them, and a known holder stays a person
    doc, found = actors("On 2 May 2024 the Federal Chancellor spoke to External Affairs Minister S. Jaishankar.")
    assert doc.countries == ["IND"]
    assert any(kind == "person" for _, _, kind in found)


def test_brussels_by_context():
    _, found = actors("Brussels has proposed new sanctions, the European Union said.")
    assert ("Brussels", "EU", "organization") in found
    _, found = actors("Brussels and Washington agree on a new trade deal.")
    assert ("Brussels", "BEL", "state") in found


def test_washington_city_or_state():
    doc, found = actors("Washington, D.C. hosted the talks. Afterwards Washington announced new aid.")
    assert ("Washington, D.C.", "USA", "place") in found and doc.countries == ["USA"]
    doc, _ = actors("The foreign minister will travel to Washington next week.")
    assert doc.countries == []


def test_regions_and_lookalikes_are_not_countries():
    doc, _ = actors("Latin American leaders and the National Security Council discussed the South China Sea "
                    "and the Korean Peninsula.")
    assert doc.countries == [] and doc.organizations == []


def test_person_title_and_date_pick_the_office_holder_without_mentioning_the_country():
    doc = analyse_text(" date 2023-06-08 President Biden welcomed Prime Minister Sunak on June 8, 2023.")
    people = {m.actor_id: m.country for m in doc.mentions if m.kind == "person"}
    assert people == {"person:joe-biden": "USA", "person:rishi-sunak": "GBR"}
    assert doc.countries == []  # "President Biden" does not count as a mention of the United States


def test_speaker_labels_and_boilerplate_are_not_mentions():
    doc = analyse_text("An official website of the United States Government Here's how you know\n\n"
                       "SECRETARY BLINKEN: Thank you, Sophie.\n\nFOREIGN MINISTER WILMES: Welcome to Belgium.\n")
    assert doc.countries == ["BEL"]
    assert all(doc.text[m.start:m.end] == m.text for m in doc.mentions)
    assert {s.label: s.actor_id for s in doc.speakers}["SECRETARY BLINKEN"] == "person:antony-blinken"


def test_dyads_of_transcript_readout_and_article():
    assert analyse_sample("devset-seed-transcript").dyads == [("BEL", "USA")]
    assert analyse_sample("devset-d08").dyads == [("BRA", "USA")]  # Blinken's call with Brazilian FM
    doc = analyse_text("= France–United States relations =\n\nThe Kingdom of France was the first country to "
                       "have diplomatic ties with the new United States in 1778.",
                       title="France–United States relations")
    assert doc.dyads == [("FRA", "USA")]


def test_an_organisations_seat_is_no_counterpart_unless_the_text_names_its_state():
    # an EU spokesperson's statement datelined in Brussels: Belgium is where it was said, not whom it is about
    text = ("Statement by the Spokesperson on the detained pilot\n\nBruxelles, 03/03/2016\n\nThe European Union "
            "continues to call for the pilot's immediate release. Her health is a cause for grave concern.")
    doc = analyse_text(text, title="Statement by the Spokesperson", url="https://eeas.europa.eu/statement_1_en")
    assert "BEL" not in {p for pair in doc.dyads for p in pair}
    # … while a government's readout from a capital keeps its host
    visit = analyse_text(text.replace("The European Union", "Chile"), title="Statement",
                         url="https://www.minrel.gob.cl/statement")
    assert ("BEL", "CHL") in visit.dyads


def test_a_governments_own_readout_makes_it_a_party_though_its_official_is_named_by_title_alone():
    text = ("London, 4 March 2025\nThe Prime Minister spoke by telephone this morning with President Nkosi of South "
            "Africa. The two leaders discussed the American tariffs and the situation in Mozambique.")
    doc = analyse_text(text, title="Telephone call", url="https://www.gov.uk/government/news/call-x")
    assert doc.dyads == [("GBR", "ZAF")]
    assert ("CONSULT", "GBR", "ZAF") in {(e.type, e.source, e.target) for e in doc.events if e.counts} | {
        (e.type, e.target, e.source) for e in doc.events if e.counts}
    news = analyse_text(text, title="Telephone call", url="https://www.example-news.com/x")
    assert "GBR" not in {p for pair in news.dyads for p in pair}   # a news site is nobody's government


def _resolved(text, day):
    """Mentions from the actor resolver alone (no event coding), for a document dated `day`."""
    from dyads.actors.resolve import resolve
    from dyads.nlp import load_nlp

    return {(m.text, m.actor_id, m.kind) for m in resolve(load_nlp()(text), day)}


def test_a_generational_suffix_does_not_pick_a_monarch():
    from datetime import date

    day = date(2023, 2, 14)
    found = _resolved("Defense Secretary Lloyd J. Austin III hosted his Indian counterpart at the Pentagon. "
                      "Later, Lloyd Austin III flew to Ottawa.", day)
    assert {f[1] for f in found if f[2] == "person"} == {"person:lloyd-austin"}  # the Secretary, never a king
    found = _resolved("Buckingham Palace said King Charles III would receive the new envoy.", day)
    assert any(f[1] == "person:charles-iii" for f in found)


def test_capital_with_a_political_predicate_is_the_state():
    from datetime import date

    found = _resolved("Tokyo imposed new export curbs on Tuesday. Beijing protested loudly against the arms "
                      "sale. Analysts condemned Moscow's aggression along the border. Vilnius tightened the transit "
                      "rules again. Bogotá declined the invitation. Ottawa will take further measures if the ban "
                      "stands. Critics questioned Canberra's handling of the dispute.", date(2024, 4, 2))
    assert {("Tokyo", "JPN", "state"), ("Beijing", "CHN", "state"), ("Moscow", "RUS", "state"),
            ("Vilnius", "LTU", "state"), ("Bogotá", "COL", "state"), ("Ottawa", "CAN", "state"),
            ("Canberra", "AUS", "state")} <= found
    # a capital naming a government ("the Kyiv regime"), not a thing there ("the Paris attacks")
    found = _resolved("Moscow condemned the strike by the Kyiv regime. The Paris attacks shocked the world. "
                      "Observers doubted the Beijing government would agree.", date(2024, 4, 2))
    assert {("Kyiv", "UKR", "state"), ("Beijing", "CHN", "state")} <= found, found
    assert ("Paris", "FRA", "place") in found, found


def test_capital_as_a_location_is_a_place():
    from datetime import date

    found = _resolved("The delegates gathered for a meeting in Tokyo. The envoy arrived in Seoul late on Friday. "
                      "Tokyo's skyline was lit up for the festival. Both governments joined the Paris Agreement "
                      "years ago. The embassy staff flew home from Washington, D.C. last week.", date(2024, 4, 2))
    assert not {f for f in found if f[2] == "state"}, found
    assert {("Tokyo", "JPN", "place"), ("Seoul", "KOR", "place"), ("Washington, D.C.", "USA", "place")} <= found


def test_a_titled_surname_the_model_misses_is_still_the_office_holder():
    from datetime import date

    # the small model tags "Albanese" NORP and "Widodo" nothing; title, surname and date agree with the table
    found = _resolved("Prime Minister Albanese met President Widodo in Jakarta.", date(2023, 6, 6))
    assert {t for t, _, kind in found if kind == "person"} == {"Albanese", "Widodo"}
    # out of office on the date, or without a title: nobody
    assert not any(t == "Widodo" for t, _, _ in _resolved("President Widodo spoke.", date(2026, 1, 5)))
    assert not any(t == "Albanese" for t, _, _ in _resolved("Albanese pasta was served.", date(2023, 6, 6)))


def test_an_office_holder_named_again_by_surname_alone():
    doc, found = actors(" date 2023-08-22 Chief Cabinet Secretary Hirokazu Matsuno said Japan had protested. "
                        "\"It is extremely regrettable,\" Matsuno told reporters.")
    people = [(m.text, m.country, m.rule) for m in doc.mentions if m.kind == "person"]
    assert people == [("Hirokazu Matsuno", "JPN", "office-holder"), ("Matsuno", "JPN", "surname")]
    assert doc.countries == ["JPN"]   # a person still mentions no state


def test_a_surname_that_is_also_a_city_is_the_person_named_before():
    # "Hague" after "William Hague" is the man, not the Netherlands; "The Hague" is still the city's state
    doc, found = actors("Foreign Secretary William Hague held talks in Beijing. Hague will visit Tokyo next week. "
                        "The Hague protested.")
    assert ("Hague", "person:william-hague", "person") in found
    assert [m.country for m in doc.mentions if m.text.endswith("Hague")] == ["GBR", "GBR", "NLD"]


def test_a_capital_that_appreciates_is_its_government():
    doc, found = actors("The minister said Tokyo highly appreciates the plan. Tokyo's skyline glittered.")
    assert [m.kind for m in doc.mentions if m.text == "Tokyo"] == ["state", "place"]


def test_a_monarchs_one_name_alone_is_a_given_name():
    found = _resolved("I would like to thank Philippe for his support. King Philippe received the minister.",
                      date(2024, 11, 19))
    assert found == {("King Philippe", "person:philippe", "person")}


def test_a_transcripts_bracketed_insertion_inside_a_name_still_names_the_office_holder():
    doc = analyse_text(" date 2020-10-05 The Secretary also spoke with President [Ilham] Aliyev about the ceasefire.")
    people = {m.actor_id: m.country for m in doc.mentions if m.kind == "person"}
    assert people == {"person:ilham-aliyev": "AZE"}


def test_an_organisation_named_again_by_its_head_noun_is_that_organisation():
    _, found = actors("Chile welcomed the report of the International Atomic Energy Agency. Peru and the Agency "
                      "agreed on inspections. Finland joined NATO in April and is now a member of the Alliance. "
                      "The European Union adopted sanctions, and the bloc will review them.")
    assert {("Agency", "IAEA", "organization"), ("Alliance", "NATO", "organization"),
            ("bloc", "EU", "organization")} <= found
    # with nothing named before that the word could shorten, or a name of its own, it is no one
    _, found = actors("The Alliance met. The Council of Europe and the Court of Appeal ruled. "
                      "The Union Minister spoke.")
    assert not [m for m in found if m[2] == "organization"]
    # a speech to the Security Council names it "this Council"
    _, found = actors("I thank the members of the Security Council. This Council has adopted nine resolutions.")
    assert ("Council", "UN", "organization") in found


def test_a_states_armed_forces_and_news_agency_stand_for_it_whatever_their_adjective():
    # "Korean" alone reads South Korea; the North's army and agency are the North's
    _, found = actors("The Korean People's Army fired artillery, and the Korean Central News Agency said more "
                      "would follow. The People's Liberation Army held drills.")
    assert {(m[0], m[1]) for m in found} >= {("Korean People's Army", "PRK"), ("Korean Central News Agency", "PRK"),
                                              ("People's Liberation Army", "CHN")}
    assert not [m for m in found if m[1] == "KOR"]


def test_a_national_legislature_stands_for_its_state():
    # "The Knesset rejected …": a legislature with a name no other state's has is its state, as a ministry is
    _, found = actors("The Knesset rejected the proposal, the Grand National Assembly of Turkey approved the deal and "
                      "the U.S. Congress imposed an embargo, while the Bundestag debated aid.")
    assert {(m[0], m[1]) for m in found} == {("Knesset", "ISR"), ("Grand National Assembly of Turkey", "TUR"),
                                             ("U.S. Congress", "USA"), ("Bundestag", "DEU")}
    # ... and a session in it is a place, not the state acting
    _, found = actors("The minister spoke in the Knesset.")
    assert not [m for m in found if m[1] == "ISR" and m[2] != "place"]


def test_states_in_free_association_are_states():
    # the Cook Islands and Niue conduct their own foreign relations (ISO 3166-1 COK, NIU)
    _, found = actors("New Zealand paused funding to the Cook Islands, and Niuean officials met the Cook Islands "
                      "Prime Minister.")
    assert {m[1] for m in found} == {"NZL", "COK", "NIU"}


def test_a_person_introduced_with_their_state_stands_for_it_and_so_does_their_surname_later():
    # none of these people is in the office-holder table; the document says whose office each holds
    found = people("Today the Prime Minister of Tuvalu, the Hon. Tevita Kofe MP, met the Prime Minister of Fiji, "
                   "the Hon. John Tavola MP, in Suva. Prime Minister Kofe thanked Fiji for its help.")
    assert {("Tevita Kofe", "TUV"), ("Kofe", "TUV")} <= found and ("John Tavola", "FJI") in found
    found = people("Ilse Marijnen, Minister of Foreign Affairs of Suriname, arrived in Brasília. Marijnen met "
                   "Brazilian officials. Ghanaian Trade Minister Kwesi Appiah-Boateng also spoke.")
    assert {("Ilse Marijnen", "SUR"), ("Marijnen", "SUR"), ("Kwesi Appiah-Boateng", "GHA")} <= found
    # a title naming two states ("Ambassador of Japan to Peru") or none says nothing of whose the person is
    assert people("Haruto Sakamoto, Ambassador of Japan to Peru, and the writer Ana Belmonte spoke.") == set()
    # a title does not run over a line: the state ending a heading is not the next line's official's
    found = people("Minister appalled by new shelling of hospitals in Yemen\nForeign Minister Tomas Varga called "
                   "for an independent investigation.")
    assert not any(country == "YEM" for _, country in found)


def test_a_title_joined_by_and_is_one_title_and_a_surname_opening_a_sentence_is_still_the_person():
    # none of these people is in the office-holder table; the title runs over an "and"
    found = people("Malian Minister of Foreign Affairs and International Cooperation Oumar Keita arrived in Dakar. "
                   "Keita also spoke by phone with Senegalese officials.")
    assert {("Oumar Keita", "MLI"), ("Keita", "MLI")} <= found
    found = people("Nepali Deputy Prime Minister and Foreign Minister Hari Adhikari met Indian officials.")
    assert ("Hari Adhikari", "NPL") in found
    # a state joined by "and" before a title is no part of it
    assert not any(country == "CHN" for _, country in people(
        "Talks between China and Foreign Minister Hari Adhikari of Nepal went on."))


def test_given_names_the_tagger_cut_off_must_be_the_office_holders_own():
    from spacy.tokens import Span

    from dyads.actors.resolve import resolve
    from dyads.nlp import load_nlp

    def cut_short(text, surname):
        doc = load_nlp()(text)
        at = next(t.i for t in doc if t.text == surname)
        cut = Span(doc, at, at + 1, label="PERSON")   # the tagger's cut: the surname alone
        doc.ents = [e for e in doc.ents if not e.start <= at < e.end] + [cut]
        return {(m.text, m.country) for m in resolve(doc, date(2023, 5, 1)) if m.kind == "person"}

    # Fuad Hussein was Iraq's foreign minister then; a Malaysian minister of the same surname is not he
    malaysian = "The Minister, Dato' Seri Rahmatullah Tun Hussein, conveyed Malaysia's concern."
    assert cut_short(malaysian, "Hussein") == set()
    assert cut_short("On Tuesday Hussein conveyed Iraq's concern.", "Hussein") == {("Hussein", "IRQ")}


def test_a_capital_or_people_the_model_tags_as_a_person_is_still_the_state():
    # the small model tags "Yerevan", "Honiara" and "Slovak" PERSON here
    found = _resolved("Yerevan rejected the proposal on Tuesday. Honiara welcomed the decision. The Slovak side "
                      "confirmed the schedule.", date(2024, 4, 2))
    assert {("Yerevan", "ARM", "state"), ("Honiara", "SLB", "state"), ("Slovak", "SVK", "state")} <= found


def test_a_year_the_sentence_names_dates_its_office_holders():
    # an article written in 2024 about 2014: the president of 2014, only where the sentence says so
    doc = analyse_text(" date 2024-10-19 In 2014 President Barack Obama visited Tokyo. President Obama praised "
                       "the alliance.")
    people = [(m.text, m.actor_id, m.country) for m in doc.mentions if m.kind == "person"]
    assert ("Barack Obama", "person:barack-obama", "USA") in people, people
    doc = analyse_text(" date 2024-10-19 President Obama praised the alliance.")
    assert not [m for m in doc.mentions if m.kind == "person"]


def test_a_numeral_or_the_years_named_part_holders_who_share_a_name():
    from dyads.actors import kb

    # on a page of 2019, "King Albert I" is Belgium's king of 1914, not Monaco's Prince Albert II then in office
    found = _resolved("In 1914 my great-grandfather, King Albert I, led our country in its rejection of the "
                      "ultimatum.", date(2019, 11, 4))
    assert not any(kind == "person" for _, _, kind in found), found
    assert kb.match_office_holder("Albert I", ["King"], date(2019, 11, 4)) is None
    assert kb.match_office_holder("Albert II", ["Prince"], date(2019, 11, 4)).country == "MCO"
    # on a page of 2024, the Castro of a sentence about 2002 is Cuba's, not the Honduran president of 2024
    doc = analyse_text(" date 2024-03-01 In April 2002, Castro released a recording of a telephone call in "
                       "which President Vicente Fox asked him to leave the summit early.")
    people = {(m.text, m.country) for m in doc.mentions if m.kind == "person"}
    assert ("Castro", "CUB") in people and ("Vicente Fox", "MEX") in people, people


def test_leaders_of_smaller_states_are_known():
    doc = analyse_text(" date 2023-11-22 President Lacalle Pou thanked President Xi Jinping for the warm "
                       "reception, and President Gnassingbé met Prime Minister Marape.")
    people = {(m.text, m.country) for m in doc.mentions if m.kind == "person"}
    assert {("Lacalle Pou", "URY"), ("Gnassingbé", "TGO"), ("Xi Jinping", "CHN")} <= people, people


def test_a_capital_whose_decision_or_actions_they_are_is_its_government():
    _, found = actors("Russia condemned the decision of London to expel its attaché and the actions of Chișinău. "
                      "The mayor of Kyiv met reporters in the centre of Moscow.")
    assert {("London", "GBR", "state"), ("Chișinău", "MDA", "state")} <= found, found
    assert {("Kyiv", "UKR", "place"), ("Moscow", "RUS", "place")} <= found, found


def test_an_office_named_for_what_it_deals_with_is_no_actor_and_an_army_is_no_country_named():
    doc, found = actors("The Undersecretary for ASEAN Affairs met the ambassador. The Taiwan Affairs Office replied, "
                        "and the PLA and the IDF were on alert.")
    assert "ASEAN" not in doc.organizations
    assert ("Taiwan Affairs Office", "CHN", "state") in found and "TWN" not in doc.countries
    # an army by its own name acts for its state, but names no country (devset 3.5)
    assert {("PLA", "CHN", "state"), ("IDF", "ISR", "state")} <= found and "ISR" not in doc.countries
    # a state named as an office's portfolio after "for" is no actor either, however the parser groups the name
    doc, found = actors("Chile's Special Envoy for Bolivia and Peru Ana Ruiz met the U.S. Special Representative for "
                        "North Korea Tom Hale. Support for Bolivia grew.")
    assert "PER" not in doc.countries and "PRK" not in doc.countries, found
    assert ("Bolivia", "BOL", "state") in found, found
