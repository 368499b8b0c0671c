import pytest
from tests.conftest import analyse_sample, analyse_text


@pytest.mark.parametrize("name, doc_type, date, country", [
    ("devset-seed-transcript", "transcript", None, "BEL"),   # only "the fifth anniversary": no date
    ("devset-d01", "transcript", None, "USA"),               # "upon arrival in New York"
    ("devset-d03", "transcript", "2016-11-17", "PER"),       # dateline block "Lima, Peru / November 17, 2016"
    ("devset-d04", "transcript", None, "USA"),               # "Oval Office"
    ("devset-d08", "readout", None, None),                   # date only in a photo caption; meeting upcoming
    ("devset-d11", "readout", None, None),
    ("devset-d13", "joint_statement", "2023-11-06", "KAZ"),  # "on November 6, 2023, ... welcomed ... in Astana"
    ("devset-d16", "interview", None, "ZAF"),                # a quoted headline: "Blinken heads to South Africa"
    ("devset-d17", "interview", "2019-03-18", "USA"),        # "in the state of Kansas today"
    ("devset-d18", "briefing", "2016-02-04", "USA"),
])
def test_bundled_public_domain_documents(name, doc_type, date, country):
    doc = analyse_sample(name)
    assert doc.doc_type == doc_type
    assert (doc.date.value if doc.date else None) == date
    assert (doc.location.country if doc.location else None) == country
    if doc.date:
        assert doc.text[doc.date.start:].startswith(doc.date.text)
    if doc.location:
        assert doc.location.text in doc.text


def test_year_from_elsewhere_and_crawler_line():
    doc = analyse_text("The Press Secretary released today [February 15, 2017] the readout of the call on "
                       "February 13:\n\nPresident Trump spoke with President Buhari of Nigeria.")
    assert doc.date.value == "2017-02-13" and doc.date.text == "February 13"
    doc = analyse_text(" date 2020-01-21 Prime Minister Johnson and President Kenyatta said in a joint statement:"
                       "\n\nOn 21 January, we agreed to elevate this relationship.")
    assert doc.date.value == "2020-01-21" and doc.doc_type == "joint_statement"


def test_day_and_month_without_any_year_give_no_date():
    assert analyse_text("Spokesperson Ned Price on September 14 responded to questions.").date is None


def test_article_has_no_single_date():
    doc = analyse_text("= France–United States relations =\n\nIn 1778 the two countries signed a treaty. On "
                       "June 30, 2015, the presidents met.", title="France–United States relations")
    assert doc.doc_type == "article" and doc.date is None and doc.location is None


def test_future_and_earlier_places_are_not_the_location():
    doc = analyse_text("Secretary Blinken spoke with Foreign Minister França to discuss the upcoming Migration "
                       "Ministerial meeting in Bogota. During their meeting in Rome in October 2021 they agreed.")
    assert doc.location is None


def test_metadata_date_fills_in_and_replaces_an_older_historical_date():
    from dyads.models import SourceItem
    from dyads.pipeline import process

    undated = process(SourceItem("a.json", "text", "Belgium and the United States held talks.", date="2010-12-03"))
    assert (undated.date.value, undated.date.precision, undated.date.text) == ("2010-12-03", "day", "")
    fact_sheet = "Our ties are old. On September 12, 2001, Belgium joined with our NATO Allies to invoke Article 5."
    assert process(SourceItem("b.json", "text", fact_sheet, date="2014-03-26")).date.value == "2014-03-26"
    assert process(SourceItem("c.json", "text", fact_sheet)).date.value == "2001-09-12"  # the text alone


def test_a_date_in_the_title_when_the_text_states_none():
    doc = analyse_text("Japan and the Republic of Korea held a vice-ministerial strategic dialogue in Tokyo.",
                       title="Press Release 13 July 2023: Japan-Republic of Korea Strategic Dialogue")
    assert (doc.date.value, doc.date.precision, doc.date.text) == ("2023-07-13", "day", "13 July 2023")


def test_a_utc_posting_stamp_gives_way_to_the_written_date_line():
    text = ("Secretary's Call With the Foreign Minister of Chile\n\n3/02/2024 1:15:40 AM\n\nOffice of the "
            "Spokesperson\n\nMarch 1, 2024\n\nThe Secretary spoke with Chile's Foreign Minister about trade.")
    doc = analyse_text(text)
    assert (doc.date.value, doc.date.text) == ("2024-03-01", "March 1, 2024")
    assert doc.text[doc.date.start:].startswith("March 1, 2024")
    zoned = "10/11/2022 07:54 PM EDT\n\nOctober 12, 2022\n\nThe Secretary spoke with the Foreign Minister."
    assert analyse_text(zoned).date.value == "2022-10-11"  # a stamp with its time zone is the date line


def test_a_date_in_the_url_is_not_the_document_date():
    from dyads.models import SourceItem
    from dyads.pipeline import process

    item = SourceItem("u", "text", "Japan and Korea held talks in Seoul.", url="https://example.org/2023/07/13/talks/")
    assert process(item).date is None   # devset README 3.2: dates in URLs are ignored


def test_remarks_placed_by_the_title_venue_or_the_embassy_host():
    from dyads.models import SourceItem
    from dyads.pipeline import process

    speech = ("Thank you all for being here tonight. I am honoured to speak to you about the partnership between "
              "our two nations, which has grown stronger every year. Together we trade, we innovate and we "
              "defend our shared values. I want to thank every one of you for your work. ") * 4
    venue = process(SourceItem("a", "text", speech, title="Ambassador's Remarks to the Chamber of Commerce, Antwerp"))
    assert venue.doc_type == "remarks"
    assert (venue.location.city, venue.location.country, venue.location.start) == ("Antwerp", "BEL", None)
    hosted = process(SourceItem("b", "text", speech, title="Ambassador's Remarks at the Gala",
                                url="https://kr.usembassy.gov/remarks-gala/"))
    assert hosted.location.country == "KOR"
    topic = process(SourceItem("c", "text", speech, title="Remarks on the situation in Myanmar"))
    assert topic.location is None  # a place the title is about is not where the words were spoken


def _where(text: str, **kw) -> tuple[str | None, str | None]:
    loc = analyse_text(text, **kw).location
    return (loc.country, loc.text) if loc else (None, None)


def test_a_publishers_letterhead_is_not_the_place_but_the_venue_block_is():
    head = "The White House\nOffice of the Press Secretary\nFor Immediate Release\n\n"
    assert _where(head + "FACT SHEET: Chile and the United States\n\nThe United States and Chile "
                  "have worked together for two centuries on trade, science and security.") == (None, None)
    venue = head + "Remarks by the President and President Boric\n\nCerro Castillo Palace\nViña del Mar, Chile\n\n"
    assert _where(venue + "PRESIDENT BORIC: Welcome.\n\nTHE PRESIDENT: Thank you.") == ("CHL", "Viña del Mar, Chile")


def test_a_release_dateline_counts_on_a_governments_site_only():
    text = "Trade talks open\n\nOSAKA – The Trade Representative today opened talks with Japan's trade minister."
    assert _where(text, url="https://ustr.gov/about-us/press-releases/trade-talks") == ("JPN", "OSAKA")
    assert _where(text, url="https://www.example-news.com/world/trade-talks") == (None, None)   # a repost
    scot = "Glasgow, Scotland – The Secretary met the First Minister today to discuss offshore wind."
    assert _where(scot, url="https://www.state.gov/glasgow") == ("GBR", "Glasgow, Scotland")


@pytest.mark.parametrize("text, country", [
    ("Good morning. Let me welcome all of you to Leipzig for this conference on energy.", "DEU"),
    ("Welcome back to the White House, Mr. Prime Minister.", "USA"),
    ("The minister visited the Citadel in Cairo to meet the President of Egypt.", "EGY"),
    ("The defence secretaries met on Tuesday at the Pentagon to review the alliance.", "USA"),
    ("While in Poland, the Secretary will see the Foreign Minister.", "POL"),
    ("She said it today in Nairobi after the talks.", "KEN"),
])
def test_opening_cues_name_the_place_of_the_event(text, country):
    assert _where(text)[0] == country


@pytest.mark.parametrize("text", [
    "Building on their March 2 meeting in Lagos, the ministers agreed to a new trade plan by video call.",
    "In her remarks, the Secretary recalled the successful first meeting in Osaka and thanked her hosts.",
    "I returned yesterday from joining the President in his meeting in Madrid and I want to report on it.",
])
def test_an_earlier_meeting_named_before_its_place_is_not_this_ones(text):
    assert _where(text) == (None, None)


def test_a_title_announcing_a_trip_names_no_venue():
    doc = analyse_text("MR LEE: Thank you for joining this call.\n\nMR LEE: The Secretary leaves on Sunday.",
                       title="Briefing on the Secretary's Upcoming Travel to Chile")
    assert doc.location is None


def test_a_european_day_first_slash_date():
    doc = analyse_text("Statement by the Spokesperson on the elections in Chile\n\nBruxelles, 17/12/2021 - 10:15\n\n"
                       "The European Union takes note of the results announced by the electoral authority today.")
    assert (doc.date.value, doc.date.text) == ("2021-12-17", "17/12/2021")
    assert doc.location.country == "BEL"


def test_an_archive_sites_notice_gives_no_date():
    notice = ("2017-2021 ARCHIVED CONTENT\n\nYou are viewing ARCHIVED CONTENT released online from January 20, "
              "2017 to January 20, 2021.\n\nContent in this archive site is NOT UPDATED, and links may not "
              "function.\n\nFor current information, go to www.state.gov.\n\n")
    doc = analyse_text(notice + "Today's detention of the opposition leader in Caracas is an outrage.")
    assert doc.date is None
    assert any(s.label == "banner" and doc.text[s.start:s.end].startswith("2017-2021") for s in doc.boilerplate)


def test_the_metadata_date_takes_its_evidence_from_the_text_that_states_it():
    from dyads.models import SourceItem
    from dyads.pipeline import process

    text = (" date 2015-04-10 Department of Defense\nReadout of the Secretary's Meeting with Chile's Minister\n\n"
            "Oct. 3, 2019\n\nThe Secretary met Chile's Minister of Defense today at the Pentagon.")
    doc = process(SourceItem("m.json", "text", text, date="2019-10-03"))
    assert (doc.date.value, doc.date.text) == ("2019-10-03", "Oct. 3, 2019")
    monthly = process(SourceItem("n.json", "text", "A Commitment to Chile Date: 2024-03 On May 29, 2022, I "
                                 "arrived in Santiago to take up my post.", date="2024-03"))
    assert (monthly.date.value, monthly.date.precision, monthly.date.text) == ("2024-03", "month", "2024-03")


def test_a_planned_round_of_talks_dates_the_document_by_its_first_day():
    doc = analyse_text("February 03, 2023\n\nWASHINGTON – Chile and the United States will hold a round of "
                       "talks in Washington, DC, from February 6-10, 2023.")
    assert (doc.date.value, doc.date.text, doc.date.end) == ("2023-02-06", "February 6-10, 2023", "2023-02-10")
    council = analyse_text("Council of Ministers\n\nHamburg, 9–10 October 2023\n\nThe two governments met.")
    assert (council.date.value, council.date.end) == ("2023-10-09", "2023-10-10")   # both ends of the range


def test_a_place_ending_in_on_is_not_the_preposition():
    doc = analyse_text("March 2, 2022\n\nOfficials met in Washington February 28, 2022 to prepare the talks.")
    assert doc.date.value == "2022-03-02"


def test_a_cue_in_a_sentence_dated_another_year_is_an_earlier_event():
    doc = analyse_text("Standing With Chile\nMarch 4, 2024\n\nOn May 29, 2022, I arrived in Santiago after a long "
                       "flight, and I have served here since.")
    assert doc.location is None


@pytest.mark.parametrize("text, title, country", [
    ("QUESTION: The papers say the Minister heads to Chile to sign the accord. Why now?", None, "CHL"),
    ("The Minister arrives in Lima as talks on the accord resume.", None, "PER"),
    ("The Minister will travel on to Chile next week.", None, None),                 # a trip to come
    ("The Foreign Minister of Peru made an Official Visit to Chile from 19 to 21 May 2024.", None, "CHL"),
    ("The Secretary welcomed Peru's Minister of Defense to the Pentagon today.", None, "USA"),
    ("SECRETARY GENERAL: Prime Minister, welcome back to NATO Headquarters.", None, "BEL"),
    ("Republic of Chile\nMinistry of Foreign Affairs\n\nThe Ministry summoned Peru's envoy.", None, None),  # letterhead
    ("Chile Daily News\n\nThe ministers of Peru and Bolivia agreed on water.", None, None),   # a masthead
    ("Each year the embassy honours the fallen.", "Memorial Day Commemorations in Chile", "CHL"),
    ("The Minister set out her concerns.", "Statement on the situation in Peru", None),   # a topic, not a venue
])
def test_travel_verbs_and_occasions_in_titles_place_the_event(text, title, country):
    doc = analyse_text(text, title=title)
    assert (doc.location.country if doc.location else None) == country


def test_a_city_in_an_institutions_name_is_not_the_venue():
    from dyads.structure.location import title_location

    assert title_location("Remarks at University of Chicago Alumni in Chile Dinner") is None
    assert title_location("Remarks at the Chamber of Commerce, Valparaíso").country == "CHL"


def test_a_story_told_years_before_the_titles_year_does_not_date_the_speech():
    text = ("Ambassador Reed at the Valparaíso Naval Cemetery – Navy Day 2023\nThis is my first Navy Day in Chile. "
            "His ship was sunk on May 21, 1879, off Iquique, and his crew was never found.")
    doc = analyse_text(text, title="Ambassador Reed at the Valparaíso Naval Cemetery – Navy Day 2023")
    assert (doc.date.value, doc.date.precision, doc.date.text) == ("2023", "year", "2023")


def test_the_publishers_own_foreign_ministry_is_in_its_country():
    mofa = "https://www.mofa.go.jp/press/kaiken/x.html"
    briefing = ("Press Conferences\nPress Conference by the Press Secretary\nTuesday, May 7, 2024, 4:00 p.m. "
                "Ministry of Foreign Affairs\n\nThe Press Secretary answered questions on Chile.")
    assert _where(briefing, url=mofa) == ("JPN", "Ministry of Foreign Affairs")
    summons = ("Protest against the incursion\n\nOn the same day, the Vice-Minister summoned the Ambassador of Chile "
               "to the Ministry of Foreign Affairs and lodged a protest.")
    assert _where(summons, url=mofa) == ("JPN", "Ministry of Foreign Affairs")
    titled = summons.replace("the Vice-Minister summoned the", "Mr. Sato, Vice-Minister, summoned H.E. Mr. Ruiz,")
    assert _where(titled, url=mofa) == ("JPN", "Ministry of Foreign Affairs")   # "Mr." ends no sentence
    assert _where(summons, url="https://www.example-news.com/x") == (None, None)   # whose ministry? unknown
    eeas = ("Statement by the Spokesperson on Chile\n\nBruxelles, 03/03/2016 - 00:44, UNIQUE ID: 160307_03\n"
            "Statements by the Spokesperson\n\nThe European Union calls for calm.")
    assert _where(eeas)[0] == "BEL"


def test_a_title_naming_a_city_with_its_country_states_the_place():
    text = ("The trade mission spent three productive days while in Madrid at a fair before it moved on. Santiago "
            "was its next stop, where ministers welcomed the delegates.")
    doc = analyse_text(text, title="Trade Mission Moves to Santiago, Chile")
    assert (doc.location.city, doc.location.country) == ("Santiago", "CHL")
    assert analyse_text(text, title="Trade Mission Will Travel to Santiago, Chile").location.country == "ESP"


def test_a_weather_widgets_city_and_day_are_not_a_dateline():
    widget = "71 F\nSantiago\nMonday, March 4, 2024"
    doc = analyse_text(widget + "\n\nThe ministers of Chile and Peru signed a fisheries accord.")
    assert doc.location is None and doc.date is None
    assert [(s.label, doc.text[s.start:s.end]) for s in doc.boilerplate][0] == ("widget", widget)


def test_an_envoy_visiting_a_city_meets_there_and_a_header_line_is_never_cut_short():
    text = ("Chile-Peru Foreign Ministers' Meeting\n\nJuly 14, 2023\n\nOn July 13, Ms. Ana Ruiz, Minister for Foreign "
            "Affairs of Chile, who is visiting Quito, Ecuador, held a meeting with Mr. Luis Soto, Minister of Foreign "
            "Affairs of Peru. " + "The overview is as follows. " * 12 + "\n\nBoth ministers agreed to meet again.")
    doc = analyse_text(text)
    assert (doc.location.city, doc.location.country) == ("Quito", "ECU")   # not "Bo" (Sierra Leone) from "Both"


def test_a_statement_signed_off_with_its_place_and_date():
    text = ("We reject the allegations made yesterday. " * 14 + "\n\nLima\nMarch 3, 2024\n")
    doc = analyse_text(text, title="Response to media queries")
    assert (doc.location.country, doc.date.value, doc.doc_type) == ("PER", "2024-03-03", "press_release")


def test_a_day_first_dotted_date_and_a_news_paragraph_that_names_a_press_conference():
    release = analyse_text("Minister on the attack in Arica\n\n13.07.2023 - Press release\n\nThe Minister condemned "
                           "the attack.")
    assert (release.date.value, release.date.text) == ("2023-07-13", "13.07.2023")
    news = analyse_text("LIMA - Peru protested to Chile on Tuesday.\n\n\"It is regrettable,\" the minister told a "
                        "press conference.\n\nSantiago rejected the protest.", title="Peru protests to Chile")
    assert news.doc_type != "transcript"


def test_the_lead_events_day_dates_the_document():
    # "commencing at 4:05 p.m." does not end the sentence that says the meeting was held on July 13
    readout = analyse_text("Chile-Peru Foreign Ministers' Meeting\n\nJuly 14, 2023\n\nOn July 13, commencing at 4:05 "
                           "p.m. for 45 minutes, Ms. Ana Ruiz held a meeting with Mr. Luis Soto.")
    assert readout.date.value == "2023-07-13"
    # a lead that happened "today" is dated by the date line, not by a later sentence's "on 13 August 2023"
    joint = analyse_text("Joint Statement\n\n5 September 2023\n\nThe two Prime Ministers met in Quito today. They "
                         "welcomed the agreement signed on 13 August 2023.")
    assert joint.date.value == "2023-09-05"


def test_an_asterisked_translation_note_is_furniture():
    from dyads.text.boilerplate import find_boilerplate

    text = "The two sides agreed to meet again.\n\n* Unofficial translation\n"
    assert [(s.label, text[s.start:s.end]) for s in find_boilerplate(text)] == [("note", "* Unofficial translation")]


def test_a_month_in_capitals_with_its_year_dates_the_release():
    doc = analyse_text("Prime Minister's Office\n\nPosted On: 12 JUN 2023 8:15PM by PIB Delhi\n\nThe Prime Minister "
                       "spoke with the President of Egypt.")
    assert (doc.date.value, doc.date.text) == ("2023-06-12", "12 JUN 2023")
    assert doc.text[doc.date.start:doc.date.start + len(doc.date.text)] == "12 JUN 2023"


def test_a_weekday_says_which_numeric_reading_is_meant():
    doc = analyse_text("President Rojas Receives a Phone Call from the President of Peru\n\nWednesday, 07/08/2024\n\n"
                       "President Rojas received a phone call today from the President of Peru.")
    assert (doc.date.value, doc.date.text) == ("2024-08-07", "07/08/2024")   # 7 August 2024 was a Wednesday


def test_a_statement_signed_off_with_place_and_date_is_dated_by_it():
    doc = analyse_text("Chile rejects remarks by Peru's minister\n\nChile categorically rejects the remarks made by "
                       "Peru's Defence Minister at a rally in Tacna on 23 October 2024.\n\nSantiago\n"
                       "25 October 2024\n\nPrint | Share: Facebook Twitter WhatsApp\n")
    assert (doc.date.value, doc.date.text) == ("2024-10-25", "25 October 2024")


def test_a_deed_named_after_its_date_in_mid_sentence_does_not_date_the_page():
    doc = analyse_text("Published\n11 February 2025\n\nWe remain concerned about two Chileans who were detained in "
                       "Lima on 3 January and have now been held for five weeks.")
    assert doc.date.value == "2025-02-11"
    doc = analyse_text("15 September 2022\n\nOn September 12, officials of Chile and Peru met in Lima.")
    assert doc.date.value == "2022-09-12"   # a date that opens the sentence dates the meeting after it


def test_special_briefings_by_the_governments_own_officials():
    text = ("Transcript of Special Briefing by Foreign Secretary on Prime Minister's visit to Peru (August 27, 2025)\n"
            "August 27, 2025\n\nOfficial Spokesperson, Shri Ravi Kumar: Good afternoon. Welcome to this special "
            "briefing.\n\nForeign Secretary, Shri Vikram Rao: Thank you. The Prime Minister will visit Peru.\n\n"
            "Question: Will trade be discussed?\n\nForeign Secretary: Yes.\n\nOfficial Spokesperson: Thank you all.\n")
    title = "Transcript of Special Briefing by Foreign Secretary on Prime Minister's visit to Peru (August 27, 2025)"
    doc = analyse_text(text, title=title, url="https://www.mea.gov.in/media-briefings.htm?dtl/1")
    assert doc.doc_type == "briefing"
    assert doc.location is None or doc.location.country != "PER"   # the trip's destination is not the venue
    speakers = {s.label: s for s in doc.speakers}
    rao = speakers["Foreign Secretary, Shri Vikram Rao"]
    assert (rao.name, rao.role, rao.country) == ("Vikram Rao", "Foreign Secretary", "IND")
    assert speakers["Official Spokesperson"].country == "IND"   # on the government's own site


def test_a_bare_spokesperson_label_is_the_publishers_spokesperson():
    text = ("Regular Press Conference, March 3, 2025\n\nSpokesperson: Good afternoon. The Foreign Minister will "
            "visit Chile next week.\n\nQuestion: Will she meet the President?\n\nSpokesperson: Yes, on Tuesday.\n")
    doc = analyse_text(text, title="Regular Press Conference", url="https://www.mofa.go.jp/press/kaiken/1.html")
    speakers = {s.label: s for s in doc.speakers}
    assert (speakers["Spokesperson"].role_type, speakers["Spokesperson"].country) == ("spokesperson", "JPN")
    assert speakers["Question"].country is None   # a journalist speaks for no government
