"""Validation of the curated tables: what a bad edit to a CSV would break."""

from collections import defaultdict

import country_converter as coco
import pytest

from dyads.actors import kb

EXTRA_CODES = {"XKX", "TWN", "PSE"}
ORG_CODES = {
    "EU", "NATO", "UN", "G7", "G20", "G77", "Quad", "APEC", "East Asia Summit", "Arctic Council", "OSCE",
    "Summit of the Americas", "ASEAN", "African Union", "OAS", "Commonwealth", "C5+1", "Mercosur", "IAEA", "IMF",
    "World Bank", "WTO", "OECD", "WHO", "Hamas", "Hezbollah", "Houthis", "ISIS", "ISIS-Mozambique", "Taliban",
    "Al-Qaeda", "Al-Shabaab", "Boko Haram",
}


def test_every_iso_code_is_valid():
    valid = set(coco.CountryConverter().data["ISO3"]) | EXTRA_CODES
    assert set(kb.countries()) <= valid
    assert len(kb.countries()) >= 195
    assert {a.code for a in kb.country_aliases()} <= set(kb.countries())


def test_no_alias_resolves_to_two_actors():
    seen: dict[str, set[str]] = defaultdict(set)
    for a in [*kb.country_aliases(), *kb.organization_aliases()]:
        seen[a.text if a.case_sensitive else kb.fold(a.text)].add(a.code)
    clashes = {alias: codes for alias, codes in seen.items() if len(codes) > 1}
    assert clashes == {}


def test_every_state_has_a_name_and_demonyms_where_english_has_one():
    kinds = defaultdict(set)
    for a in kb.country_aliases():
        kinds[a.code].add(a.kind)
    assert all("name" in kinds[c] for c in kb.countries())
    without = {c for c in kb.countries() if "demonym" not in kinds[c]}
    assert without <= {"COG", "DMA", "DOM"}  # no English demonym of their own (Congolese → COD)


def test_organisations_use_the_canonical_codes():
    assert {a.code for a in kb.organization_aliases()} == ORG_CODES


def test_office_holder_tenures_do_not_overlap_within_one_office():
    by_office = defaultdict(list)
    for h in kb.office_holders():
        assert h.end is None or h.start <= h.end, h
        assert h.country in set(kb.countries()) | {"EU", "NATO", "UN", "AU"}, h
        by_office[(h.country, h.role if h.role_type == "official" else h.role_type)].append(h)
    for office, holders in by_office.items():
        holders.sort(key=lambda h: h.start)
        for a, b in zip(holders, holders[1:], strict=False):
            assert a.end is not None and a.end <= b.start, (office, a.name, b.name)


def test_required_office_holders_are_covered():
    g20_eu_nato = {"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS",
                   "SAU", "ZAF", "TUR", "GBR", "USA", "BEL", "NLD", "LUX", "POL", "NOR", "FIN", "SWE", "ALB"}
    covered = {(h.country, h.role_type) for h in kb.office_holders()}
    assert all((c, "foreign_minister") in covered for c in g20_eu_nato)


@pytest.mark.parametrize("surface, code", [
    ("Belgian", "BEL"), ("U.S.", "USA"), ("UK", "GBR"), ("ROK", "KOR"), ("DPRK", "PRK"), ("PRC", "CHN"),
    ("Dutch", "NLD"), ("Afghan", "AFG"), ("the Kremlin", "RUS"), ("Türkiye", "TUR"), ("Burma", "MMR"),
    ("Dutch Republic", "NLD"), ("Qing dynasty China", "CHN"),
])
def test_aliases(surface, code):
    assert kb.country_alias(surface).code == code


def test_case_sensitive_aliases_and_unmapped_polities():
    assert kb.country_alias("us") is None and kb.country_alias("US").code == "USA"
    assert kb.organization_alias("who") is None and kb.organization_alias("WHO").code == "WHO"
    for polity in ("Ottoman Empire", "Soviet Union", "Prussia", "Holy Roman Empire", "New Netherland"):
        assert kb.country_alias(polity) is None
    assert kb.organization_alias("UN Security Council").code == "UN"


def test_title_and_date_pick_the_office_holder():
    from datetime import date

    assert kb.find_office_holders("Blinken", date(2021, 3, 24))[0].country == "USA"
    assert kb.find_office_holders("Wilmès", date(2021, 3, 24))[0].name == "Sophie Wilmès"
    assert kb.find_office_holders("Borrell", date(2021, 3, 24))[0].country == "EU"
    assert kb.find_office_holders("Jaishankar", date(2023, 12, 11))[0].country == "IND"


def test_a_suffix_is_never_a_surname():
    from datetime import date

    assert kb.find_office_holders("III") == [] and kb.find_office_holders("Jr.") == []
    king = next(h for h in kb.office_holders() if h.name == "Charles III")
    assert king.surnames() == {"charles"} and king.regnal
    on = date(2023, 2, 14)
    assert kb.match_office_holder("Lloyd J. Austin III", ["Secretary", "of", "Defense"], on).country == "USA"
    assert kb.match_office_holder("Lloyd J. Austin III", ["Secretary", "of", "Defense"], date(2026, 1, 5)) is None
    assert kb.match_office_holder("Austin III", ["King"], on) is None  # never King Charles III
    assert kb.match_office_holder("Charles", [], on) is None  # a regnal name needs its title
    assert kb.match_office_holder("Charles", ["King"], on).name == "Charles III"


def test_office_holder_needs_name_title_and_date_to_agree():
    from datetime import date

    on = date(2022, 5, 3)
    assert kb.match_office_holder("Blinken", ["Secretary", "of", "State"], on).name == "Antony Blinken"
    assert kb.match_office_holder("Blinken", ["Secretary", "of", "Defense"], on) is None  # another office
    assert kb.match_office_holder("Blinken", ["Prime", "Minister"], on) is None
    assert kb.match_office_holder("Rajnath Singh", ["Defence", "Minister"], on).country == "IND"
    assert kb.match_office_holder("Biden", ["Vice", "President"], on) is None
    assert kb.match_office_holder("Hunter Biden", [], on) is None  # given name disagrees
    assert kb.match_office_holder("Joseph R. Biden Jr.", [], on).name == "Joe Biden"
    assert kb.match_office_holder("Biden", ["President"], date(2014, 7, 1)) is None  # not in office then
    assert kb.match_office_holder("Obama", ["President"], date(2014, 7, 1)).name == "Barack Obama"
    assert kb.match_office_holder("Blinken", ["Secretary"], on, frozenset({"FRA"})) is None  # "French ..."
    assert kb.match_office_holder("Blinken", ["Acting", "Secretary"], None).country == "USA"  # no date known


@pytest.mark.parametrize(("url", "actor"), [
    ("https://ca.usembassy.gov/remarks", "USA"),          # the U.S. embassy in Canada speaks for the U.S.
    ("https://2009-2017.state.gov/secretary/remarks", "USA"),
    ("https://www.mofa.go.jp/press/kaiken/x.html", "JPN"),
    ("https://www.gov.uk/government/news/x", "GBR"),
    ("https://eeas.europa.eu/x", "EU"),
    ("https://en.mfa.ir/portal/newsview/1", "IRN"),         # a ministry on a generic domain
    ("https://www.minaffet.gov.rw/x", "RWA"), ("https://mirex.gob.do/x", "DOM"), ("https://www.mfa.go.ke/x", "KEN"),
    ("https://au.int/en/pressreleases/x", "African Union"),
    ("https://www.reuters.com/world/x", None),
    ("https://en.wikipedia.org/wiki/India–Japan_relations", None),
    ("https://www.govexec.com/story", None),               # "gov" inside a name is not a government domain
    (None, None),
])
def test_the_publishing_government_comes_from_the_domain(url, actor):
    assert kb.publisher(url) == actor


@pytest.mark.parametrize(("url", "host"), [
    ("https://be.usembassy.gov/x", "BEL"), ("https://belgium.usembassy.gov/x", "BEL"),
    ("https://uk.usembassy.gov/x", "GBR"),                 # the internet's "uk", ISO's GB
    ("https://japan.diplo.de/ja-de", "JPN"), ("https://blogs.usembassy.gov/x", None),
    ("https://www.state.gov/x", None),
])
def test_an_embassy_site_names_its_host_country(url, host):
    assert kb.mission_host(url) == host


def test_every_publisher_is_a_known_actor():
    known = set(kb.countries()) | ORG_CODES
    assert {r["actor"] for r in kb.publishers().values() if r["actor"] not in known} == set()
