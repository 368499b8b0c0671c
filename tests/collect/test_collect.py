"""dyads collect against a fixture ministry site on 127.0.0.1."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from dyads import query
from dyads.cli.app import app
from dyads.collect.config import Source, load_sources
from dyads.collect.fetcher import Fetcher
from dyads.collect.run import collect
from dyads.errors import BadOption
from dyads.ingest import ingest
from dyads.models import SourceItem
from dyads.settings import Settings
from dyads.sources import web
from dyads.store import Store
from dyads.store.schema import CollectedUrlRow
from tests.collect.site import Site

LIMITS = Settings(fetch_timeout=3.0, max_bytes=300_000, max_redirects=3)


@pytest.fixture(scope="module")
def site():
    s = Site(pages=50)
    yield s
    s.close()


def source(site: Site, path: str, kind: str, **more) -> Source:
    return Source(name=f"{kind} {path}", kind=kind, url=site.base + path, rate=600, trust_private=True, **more)


class Sleeps(list):
    """A sleep that sleeps, and remembers how long it was asked to."""

    def __call__(self, seconds: float) -> None:
        import time

        self.append(seconds)
        time.sleep(seconds)


def outcomes(store: Store) -> dict[str, tuple[str, str | None]]:
    with store.session() as s:
        return {r.url.rsplit("/", 1)[1]: (r.outcome, r.reason) for r in s.scalars(select(CollectedUrlRow))}


def test_sources_file_is_checked_with_the_entry_named(tmp_path):
    bad = {
        'kind = "feed"\nurl = "ftp://x"': "url must be an http(s) URL",
        'kind = "rss"\nurl = "https://x"': "kind must be one of",
        'kind = "listing"\nurl = "https://x"': "needs `links`",
        'kind = "feed"\nurl = "https://x"\ncolour = "red"': "unknown field colour",
        'kind = "feed"\nurl = "https://x"\ninclude = "("': "include is not a regular expression",
    }
    for body, message in bad.items():
        path = tmp_path / "s.toml"
        path.write_text(f'[[source]]\nname = "Ministry"\n{body}\n')
        with pytest.raises(BadOption, match=re.escape(message)) as caught:
            load_sources(path)
        assert "Ministry" in str(caught.value)
    example = Path(__file__).parents[2] / "src/dyads/collect/sources.example.toml"
    assert len(load_sources(example)) >= 11 and not any(s.verified for s in load_sources(example))


def test_sitemap_index_and_every_misbehaving_endpoint(site, db_url):
    sleeps = Sleeps()
    with Store(db_url) as store:
        [run] = collect([source(site, "/sitemap.xml", "sitemap")], store, LIMITS, fetcher=Fetcher(LIMITS, sleeps))
        got = outcomes(store)
    assert run.discovered == 10 and run.added == 4
    assert got["s001.txt"][0] == got["s003.txt"][0] == "added"
    assert got["busy.txt"][0] == "added" and 1.0 in sleeps          # 429, then Retry-After honoured
    assert got["failing.txt"] == ("rejected", "could not fetch: HTTP 503 after 3 attempts")
    assert "redirects" in got["loop.txt"][1]
    assert "no complete response within 3 s" in got["drip.txt"][1]
    assert "too large" in got["bomb.txt"][1] and "too large" in got["huge.txt"][1]
    assert got["hidden.txt"] == ("skipped", "skipped: robots.txt disallows it")
    assert sorted(s for s in sleeps if s >= 1) == [1.0, 1.0, 2.0]  # Retry-After 1; backoff 1 s, 2 s for the 503
    assert any(0.1 < s <= 0.2 for s in sleeps)                      # robots.txt crawl-delay 0.2 s between requests


def test_second_run_fetches_nothing_and_a_changed_page_becomes_a_new_version(site, db_url):
    settings = Settings(fetch_timeout=3.0, max_bytes=300_000)
    src = source(site, "/sitemap.xml", "sitemap", include=r"/pages/")
    with Store(db_url) as store:
        [first] = collect([src], store, settings)
        before = site.page_requests()
        [second] = collect([src], store, settings)
        assert (first.added, second.fetched, second.added) == (3, 0, 0) and site.page_requests() == before
        with store.session() as s:
            old = s.get(CollectedUrlRow, f"{site.base}/pages/s001.txt").document_id
        site.changed.add("/pages/s001.txt")
        site.lastmod = "2099-01-01"     # the sitemap says every page changed: conditional GETs
        try:
            [third] = collect([src], store, settings)
        finally:
            site.lastmod = "2023-10-02"
            site.changed.clear()
        assert (third.fetched, third.added, third.unchanged) == (3, 1, 2)
        with store.session() as s:
            row = s.get(CollectedUrlRow, f"{site.base}/pages/s001.txt")
            assert row.previous_document_id == old and row.document_id != old and store.has(row.document_id)


def test_listing_page_links_and_untrusted_loopback(site, db_url):
    with Store(db_url) as store:
        [listed] = collect([source(site, "/listing.html", "listing", links=r"/pages/s0\d\d\.txt$")], store, LIMITS)
        assert (listed.discovered, listed.added) == (3, 3)
        untrusted = Source("untrusted", "feed", site.base + "/feed.xml")
        [refused] = collect([untrusted], store, LIMITS)
    assert refused.discovered == 0 and "a loopback address" in refused.rejected[0].reason


def test_a_redirect_to_a_private_address_is_refused_at_the_hop(site, db_url, monkeypatch):
    """The site itself is let through; the hop it redirects to is checked like any request."""
    real = web.public_address
    monkeypatch.setattr(web, "public_address", lambda r: None if r.url.port == site.port else real(r))
    from tests.collect import site as routes

    monkeypatch.setitem(routes.ROUTES, "/moved.txt", routes.redirect("http://127.0.0.1:9/admin"))
    with Store(db_url) as store:
        src = Source("hop", "sitemap", site.base + "/sitemap.xml", include="moved", rate=600)
        monkeypatch.setitem(routes.ROUTES, "/sitemap-b.xml", routes.sitemap(["/moved.txt"]))
        [run] = collect([src], store, LIMITS)
    assert run.added == 0 and "127.0.0.1 resolves to 127.0.0.1, a loopback address" in run.rejected[0].reason


@pytest.mark.slow
def test_fixture_ministry_collected_twice_equals_ingest(site, db_url, tmp_path):
    """A feed of 50 pages: 50 documents, then none; the events are those `dyads ingest` stores."""
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nname = "Ministry"\nkind = "feed"\nurl = "{site.base}/feed.xml"\n'
                       f"rate = 600\ntrust_private = true\n")
    runner = CliRunner()
    first = runner.invoke(app, ["collect", "--sources", str(sources), "--db", db_url])
    second = runner.invoke(app, ["collect", "--sources", str(sources), "--db", db_url])
    status = runner.invoke(app, ["collect", "--status", "--db", db_url], env={"COLUMNS": "200"})
    assert "51 links, 51 fetched, 50 added" in first.output, first.output
    assert "51 links, 0 fetched, 0 added" in second.output, second.output
    assert "robots.txt disallows" in first.output
    assert "Ministry" in status.output and "50" in status.output
    reference = tmp_path / "ingest.db"
    with Store(f"sqlite:///{reference}") as plain, Store(db_url) as collected:
        items = [SourceItem(f"{site.base}{p}", "text", text.encode("utf-8"), url=f"{site.base}{p}")
                 for p, text in site.pages.items()]
        assert sum(o.added for o in ingest(items, plain)) == 50

        def events(store: Store) -> set:
            return {(se.document.id, se.event.type, se.event.source, se.event.target, se.event.start)
                    for se in query.events(store)}

        # the same events, and not vacuously: more than one per page
        assert events(collected) == events(plain) and len(events(plain)) > len(site.pages)
