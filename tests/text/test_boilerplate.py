from tests.conftest import analyse_text

from dyads.models import Document
from dyads.text.boilerplate import find_boilerplate

BANNER = ("An official website of the United States Government Here's how you know\n\nOfficial websites use .gov\n\n"
          "A .gov website belongs to an official government organization in the United States.\n\n"
          "Secure .gov websites use HTTPS\n\nA lock ( ) or https:// means you’ve safely connected to the .gov "
          "website. Share sensitive information only on official, secure websites.\n\n")
BODY = "SECRETARY BLINKEN: We discussed NATO and climate.\n\nFOREIGN MINISTER WILMES: Thank you.\n"


def spans(text):
    return [(text[s.start:s.end], s.label) for s in find_boilerplate(text)]


def content(text):
    doc = Document(text=text, kind="text", name="t", boilerplate=find_boilerplate(text))
    return doc


def test_gov_banner_is_one_span_and_body_survives():
    doc = content(BANNER + BODY)
    assert doc.content() == BODY.strip()
    assert spans(BANNER + BODY)[0][1] == "banner"


def test_short_banner_variant():
    text = "An official website of the United States government\n\nRemarks at the Gala\n\nThank you."
    assert spans(text)[0] == ("An official website of the United States government", "banner")


def test_subscription_footer_and_release_end():
    text = BODY + "\n###\n\nStay Connected\n\nSign Up\n\nWe'll be in touch with the latest information.\n"
    assert content(text).content() == BODY.strip()
    assert spans(text)[-1][1] == "footer"


def test_related_links_tail():
    text = BODY * 5 + "\nU.S. Department of State\n\nThe Lessons of 1989: Freedom and Our Future\n"
    assert content(text).content().endswith("Thank you.")


def test_department_header_at_the_top_is_not_a_tail():
    text = "U.S. Department of State\n\n" + BODY * 20
    assert "SECRETARY BLINKEN" in content(text).content()[:60]


def test_markdown_table_debris():
    text = "Trade\n| --- | --- |\n|  |  |\nBelgium exports chemicals.\n"
    labels = [label for _, label in spans(text)]
    assert labels == ["table"]
    assert "exports" in content(text).content()


def test_crawler_date_line_and_photo_caption():
    text = (" date 2023-04-15 The below is attributable to the Spokesperson:\n\n"
            "Secretary Blinken speaks, Monday, April 19, 2021. (AP Photo/Jacquelyn Martin, Pool)\n\nSecretary met.")
    found = spans(text)
    assert found[0] == (" date 2023-04-15 ", "crawler")
    assert found[1][1] == "caption" and "AP Photo" in found[1][0]


def test_masked_text_keeps_offsets():
    text = BANNER + BODY
    doc = content(text)
    masked = doc.masked_text()
    assert len(masked) == len(text)
    i = text.index("SECRETARY")
    assert masked[i:i + 17] == "SECRETARY BLINKEN"
    assert "official website" not in masked


def test_translation_notes_numbering_and_footnote_markers_are_furniture():
    text = ("[Provisional translation]\n\n- - (1)\n\n1. On July 13, the ministers of Japan and Korea met in Jakarta."
            "\n\n(2) Japan and Korea agreed to cooperate, as they have since 2015,[3] and beyond.[4\n")
    found = {(s.label, text[s.start:s.end]) for s in find_boilerplate(text)}
    assert found == {("note", "[Provisional translation]"), ("numbering", "- - (1)"), ("numbering", "1. "),
                     ("numbering", "(2) "), ("footnote", "[3]"), ("footnote", "[4")}
    doc = analyse_text(text)
    assert [f.figures[0].text for f in doc.facts] == ["2015"]   # no figure read from "(2)" or "[3]"
    assert not any(m.start < text.index("1. On") for m in doc.mentions)


def test_breadcrumb_trails_are_navigation():
    stacked = "Chile country brief\n\nHome\nCountries and regions\nChile\n\nChile and Peru are close partners.\n"
    inline = "Home > Countries and regions > Chile\n\nChile and Peru are close partners.\n"
    for text in (stacked, inline):
        spans = [(s.label, text[s.start:s.end].strip()) for s in find_boilerplate(text)]
        assert spans == [("nav", text[text.index("Home"):text.index("\n\nChile and")].strip())]
    prose = "Home\n\nHome is where the talks began. Chile and Peru met there.\n"
    assert [prose[s.start:s.end] for s in find_boilerplate(prose)] == ["Home"]   # the prose after it stays


def test_ministry_and_news_site_furniture_is_navigation():
    lines = {
        "banner": "Official websites use .mil",
        "menu": "HOME   ABOUT US   NEWS   CONSULAR SERVICES",
        "languages": "Español | English | Français | Deutsch",
        "crumbs": "Home Page > Press Releases > 2024",
        "slashes": "Main  /  Press center  /  News",
        "share": "Share: Share on Facebook   Share on X   Copy link",
        "tags": "Tags: Chile   Peru   Water",
        "hashtags": "#ChilePeru #WaterSecurity",
        "gallery": "1 of 4",
        "credit": "Photos courtesy of the Ministry",
    }
    body = "Chile and Peru signed a water accord in Lima on 3 April 2024, the ministry said. -END-"
    text = "\n".join(lines.values()) + "\n\n" + body + "\n"
    masked = analyse_text(text).masked_text()
    for name, line in lines.items():
        at = text.index(line)
        assert not masked[at:at + len(line)].strip(), name
    end = text.index(" -END-")
    assert masked[text.index(body):end] == body[:body.index(" -END-")] and not masked[end:end + 6].strip()
    prose = "Chile / Peru / Bolivia share the basin, and the talks went well.\nThe ministers met   twice."
    assert analyse_text(prose).masked_text() == prose   # a sentence is no menu


def test_wiki_edit_links_and_footers_are_furniture():
    text = ("= Chile–Peru relations =\n\nHistory[edit]\n\nChile and Peru established relations in 1839.\n\n"
            "See also[edit]\nForeign relations of Chile\n\nThis page was last edited on 3 March 2025.\n")
    spans = {text[s.start:s.end] for s in find_boilerplate(text)}
    assert "[edit]" in spans and any(s.startswith("See also[edit]") and s.endswith("2025.\n") for s in spans)


def test_a_menu_down_the_page_is_navigation():
    text = ("Reuters\nWorld\nBusiness\nMarkets\nChina\nChile and Peru sign a water accord\n\nLIMA, June 10 (Reuters) - "
            "Chile and Peru signed a water accord on Monday.\n")
    masked = analyse_text(text).masked_text()
    assert not masked[:text.index("Chile and Peru sign")].strip()
    assert "signed a water accord" in masked
