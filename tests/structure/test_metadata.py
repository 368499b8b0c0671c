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
    ("devset-d16", "interview", None, None),
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
