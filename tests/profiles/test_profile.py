import json
import re

import pytest
from typer.testing import CliRunner

from dyads.cli.app import app
from dyads.models import Document, SourceItem
from dyads.pipeline import process_all
from dyads.profiles.article import Article, write_article
from dyads.profiles.profile import build_profile
from dyads.profiles.render import article_html, article_markdown, profile_html, profile_markdown
from dyads.store import Store

TEXTS = [
    "Belgium and the United States signed an agreement on customs cooperation on June 3, 2019.",
    " date 2021-03-24 Secretary Blinken met Belgian Foreign Minister Sophie Wilmès in Brussels.",
    " date 2021-05-10 Trade between Belgium and the United States reached $25 billion in 2020.",
    " date 2021-09-02 The United States condemned the Belgian foreign minister's remarks.",
    " date 2022-01-15 France and Germany agreed to hold talks on energy security.",
]


def _store(url: str, texts: list[str]) -> Store:
    store = Store(url)
    for doc in process_all([SourceItem(f"t{i}", "text", t, source_id=f"t{i}") for i, t in enumerate(texts)]):
        assert isinstance(doc, Document)
        store.add(doc)
    return store


@pytest.fixture
def store(db_url):
    with _store(db_url, TEXTS) as s:
        yield s


def test_profile_aggregation_hand_computed(store):
    p = build_profile(store, "USA", "BEL")
    assert p.pair == ("BEL", "USA") and p.names == ("Belgium", "United States")
    # the France–Germany document is not about the pair
    assert [d.source_id for d in p.documents] == ["t0", "t1", "t2", "t3"]
    assert (p.first_date, p.last_date, p.undated_documents) == ("2019-06-03", "2021-09-02", 0)
    # signing: SUPPORT 3.5; the meeting: CONSULT 1.0; condemning: ACCUSE -3.0
    assert p.events_by_type == {"SUPPORT": 1, "CONSULT": 1, "ACCUSE": 1}
    assert p.events_by_quad == {"verbal_cooperation": 2, "verbal_conflict": 1}
    assert [(r.period, r.events, r.cooperation, r.conflict, r.index) for r in p.index] == [
        ("2019", 1, 1, 0, 3.5), ("2021", 2, 1, 1, -1.0)]  # (1.0 - 3.0) / 2
    assert p.index_all == 0.5  # (3.5 + 1.0 - 3.0) / 3
    [contact] = p.contacts
    assert (contact.date, contact.kind, contact.place, contact.participants) == (
        "2021-03-24", "meeting", "Brussels", ["Secretary Blinken", "Foreign Minister Sophie Wilmès"])
    assert contact.citation.source_id == "t1" and contact.citation.sentence.startswith("Secretary Blinken met")
    [fact] = p.facts
    assert fact.sentence.startswith("Trade between") and fact.figures[0]["text"] == "$25 billion"
    assert fact.figures[0]["value"] == 25e9 and fact.figures[0]["unit"] == "USD"
    [topic] = p.topics
    assert (topic.topic, topic.documents, topic.by_period, topic.citation.source_id) == (
        "trade_economy", 1, {"2021": 1}, "t2")
    # tensions beside cooperation: every conflictual act, the strongest cooperative ones
    assert [(e.type, e.source, e.citation.source_id) for e in p.tensions] == [("ACCUSE", "USA", "t3")]
    assert [(e.type, e.citation.source_id) for e in p.cooperation] == [("SUPPORT", "t0"), ("CONSULT", "t1")]
    by_month = build_profile(store, "BEL", "USA", by="month")
    assert [(r.period, r.index) for r in by_month.index] == [("2019-06", 3.5), ("2021-03", 1.0), ("2021-09", -3.0)]


def _numbers(text: str) -> set[int]:
    return {int(n) for n in re.findall(r"\d+", text)}


def _check_article(article: Article, store: Store) -> None:
    sentences = [s for section in article.sections for para in section.paragraphs for s in para]
    assert sentences
    rows = [v for section in article.sections for v in section.table]
    assert sorted({n for x in sentences + rows for n in x.cites}) == list(range(1, len(article.references) + 1))
    for s in sentences:
        assert s.cites, s.text
        cited = [article.references[n - 1] for n in s.cites]
        for c in cited:  # the citation resolves to the stored sentence
            assert store.get(c.document).text[c.start:c.end] == c.sentence
        if s.quote:
            assert s.quote[1:] in cited[0].sentence
        allowed = set().union(*(_numbers(c.sentence) | _numbers(c.date or "") for c in cited))
        assert _numbers(s.text) <= allowed, (s.text, [c.sentence for c in cited])


def test_article_sentences_cite_stored_sentences_and_invent_no_numbers(store):
    article = write_article(build_profile(store, "BEL", "USA"))
    assert article.title == "Belgium–United States relations"
    assert [s.title for s in article.sections] == ["Overview", "Diplomatic contacts and visits", "Economic relations",
                                                   "Tensions"]
    _check_article(article, store)
    text = article_markdown(article)
    # the lead's index trend: +3.5 in 2019, (1.0 - 3.0) / 2 in 2021; cited by each year's strongest event
    [trend] = article.sections[0].paragraphs[0]
    assert trend.text == ("In the years from 2019 to 2021 to which the sources date events, cooperation outweighs "
                          "conflict in every year but 2021.")
    assert [article.references[n - 1].source_id for n in trend.cites] == ["t0", "t3"]
    assert "On 24 March 2021, Secretary Blinken and Foreign Minister Sophie Wilmès met in Brussels.[^3]" in text
    assert "$25 billion" in text


def test_bundled_samples_article_covers_the_seed_article_points(samples_store):
    article = write_article(build_profile(samples_store, "BEL", "USA"))
    _check_article(article, samples_store)
    text = article_markdown(article)
    titles = [s.title for s in article.sections]
    assert titles[:3] == ["Overview", "History", "Diplomatic contacts and visits"] and "Economic relations" in titles
    rows = [v for s in article.sections for v in s.table]
    visits = {(v.who, v.met, v.where) for v in rows if v.kind == "visit"}
    # who travelled to whom, and whom she met ("Secretary Clinton met Belgian Foreign Minister De Gucht in Brussels").
    # President Trump's 2017 stop in Brussels ("traveled to Brussels, Belgium on Wednesday evening for their fourth
    # stop on their trip abroad") is no longer one: the model of the forty-seventh session scores that sentence 0.548
    # (the last one 0.556) against its threshold of 0.55 — the sentence is in a training record that does not code it,
    # and the published training records code 2 of their 16 travel and arrival sentences as contacts
    assert ("Secretary of State Hillary Rodham Clinton", "Minister of Foreign Affairs Karel De Gucht",
            "Brussels") in visits
    # Secretary Kerry in Brussels with Didier Reynders ("pleased to be here also with … Didier Reynders")
    assert any("Kerry" in v.who + v.met and "Reynders" in v.who + v.met and v.where == "Brussels" for v in rows)
    assert "1832" in text and "NATO" in text  # diplomatic relations; the alliance
    assert "12th largest investor" in text  # investment figures
    for section in article.sections:  # statements in the article's words; a speaker quoted at most twice
        sentences = [s for para in section.paragraphs for s in para]
        assert sum(s.quote is not None for s in sentences) <= 2, section.title
    calls = {v.who for s in article.sections for v in s.table if v.kind == "call"}
    # named as the text names them (the title line "Secretary Rubio's Call With …" states no event); no headline
    # words as names
    assert "Secretary of State Marco Rubio and Foreign Minister Bernard Quintin" in calls


def test_pages_escape_document_text(db_url):
    hostile = (" date 2021-05-10 Secretary Blinken met Belgian Foreign Minister Sophie Wilmès in Brussels. "
               "Trade between Belgium and the United States <script>alert</script> reached $25 billion in 2020.")
    with _store(db_url, [hostile]) as store:
        p = build_profile(store, "BEL", "USA")
        article = write_article(p)
    for page in (profile_html(p), article_html(article)):
        assert "<script>alert" not in page and "&lt;script&gt;" in page
    for page in (profile_markdown(p), article_markdown(article)):
        assert "<script>" not in page


def test_cli_profile_article_and_exports(store, tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["profile", "belgian", "United States", "--format", "json", "--db", store.url])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["pair"] == ["BEL", "USA"] and data["events_by_type"]["ACCUSE"] == 1
    out = tmp_path / "a.html"
    assert runner.invoke(app, ["article", "BEL", "USA", "-f", "html", "-o", str(out), "--db", store.url]).exit_code == 0
    assert out.read_text().startswith("<!DOCTYPE html>")
    csv_out = tmp_path / "contacts.csv"
    args = ["export", "contacts", "BEL", "USA", "-f", "csv", "-o", str(csv_out), "--db", store.url]
    result = runner.invoke(app, args)
    assert result.exit_code == 0 and "citation_sentence" in csv_out.read_text().splitlines()[0]
    assert runner.invoke(app, ["profile", "BEL", "Atlantis", "--db", store.url]).exit_code != 0


def test_a_period_profile_and_article_keep_only_what_is_dated_in_it(store):
    p = build_profile(store, "BEL", "USA", since="2021-03", until="2021-05")
    assert [d.source_id for d in p.documents] == ["t1", "t2"]      # the 2019 and September 2021 ones are out
    assert p.events_by_type == {"CONSULT": 1} and p.first_date == "2021-03-24"
    text = article_markdown(write_article(p))
    assert "2019" not in text.split("## References")[0] and "expel" not in text
    result = CliRunner().invoke(app, ["article", "BEL", "USA", "--since", "2030", "--db", store.url])
    assert result.exit_code == 1 and "dated 2030" in result.output
    assert CliRunner().invoke(app, ["profile", "BEL", "USA", "--until", "2021-13", "--db", store.url]).exit_code != 0


def test_markdown_escapes_markup_but_not_underscores_inside_words():
    from dyads.profiles.render import md

    assert md("a_o_2021.pdf says *all* <script> and _this_") == r"a_o_2021.pdf says \*all\* \<script\> and \_this\_"


TWO_SIDES = [
    " date 2023-05-02 Chile and Peru agreed to deepen cooperation within Mercosur on trade.",
    " date 2023-06-12 Chile condemned Peru's decision to expel three Chilean diplomats from Lima.",
    " date 2023-06-13 Peru rejected Chile's accusations and summoned the Chilean ambassador in Lima.",
]


def test_tensions_give_both_sides_and_the_alliance_its_own_section(db_url):
    with _store(db_url, TWO_SIDES) as store:
        article = write_article(build_profile(store, "CHL", "PER"))
        _check_article(article, store)
        sections = {s.title: s for s in article.sections}
        chile, peru = sections["Tensions"].paragraphs
        assert chile[0].text == "Chile condemned Peru's decision to expel three Chilean diplomats from Lima."
        assert peru[0].text.startswith("For its part, Peru ")  # rejected, summoned: the other side's position
        [[alliance]] = sections["Multilateral settings"].paragraphs
        assert "Mercosur" in alliance.text
