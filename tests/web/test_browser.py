"""The pages in a real browser: Playwright driving Debian's Chromium (no browser is downloaded).

Every page renders with no console error and no request to another host; charts and the graph draw; a
filter narrows the events table; a document carrying script, onerror and javascript: payloads shows them
as text and runs nothing. Screenshots go to DYADS_SCREENSHOTS (default: the test's temporary folder).
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.slow
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PAGES = {"pairs": "/", "pair": "/pairs/BEL-USA", "document": "/documents/s016", "actor": "/actors/BEL",
         "events": "/events", "search": "/search?q=F-35+aircraft", "api": "/docs"}


@pytest.fixture(scope="module")
def server(web_store):
    import uvicorn

    from dyads.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app_server = uvicorn.Server(uvicorn.Config(create_app(web_store.url), host="127.0.0.1", port=port,
                                               log_level="warning"))
    thread = threading.Thread(target=app_server.run, daemon=True)
    thread.start()
    for _ in range(100):
        if app_server.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    app_server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("no Chromium: apt-get install chromium (.ci/run does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture
def shots(tmp_path) -> Path:
    folder = Path(os.environ.get("DYADS_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _open(browser, server: str, path: str):
    """A page at `path`, with its console errors and every host it requested."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    hosts: set[str] = set()
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: hosts.add(urlparse(r.url).netloc))
    page.goto(server + path, wait_until="networkidle")
    return page, errors, hosts


@pytest.mark.parametrize("name", list(PAGES))
def test_page_renders_without_errors_or_foreign_requests(browser, server, shots, name):
    page, errors, hosts = _open(browser, server, PAGES[name])
    page.screenshot(path=str(shots / f"{name}.png"))
    assert errors == []
    assert hosts == {urlparse(server).netloc}
    page.close()


def test_charts_and_graph_draw(browser, server):
    page, errors, _ = _open(browser, server, "/pairs/BEL-USA")
    drawn = page.evaluate("""() => ['timeline-chart', 'index-chart', 'topics-chart'].map((id) => {
        const c = document.getElementById(id);
        const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        return c.width > 0 && px.some((v, i) => i % 4 === 3 && v > 0);
    })""")
    assert drawn == [True, True, True] and errors == []
    page.get_by_role("tab", name="Article").click()
    assert page.locator("#tab-article").is_visible() and page.locator("#tab-article sup").count() > 0
    page.close()
    page, errors, _ = _open(browser, server, "/")
    assert page.locator("#network canvas").count() > 0 and errors == []
    page.close()


def test_a_filter_narrows_the_events_table(browser, server):
    page, errors, _ = _open(browser, server, "/events")
    before = page.locator("#events-table tbody tr").count()
    page.select_option("select[name=quad]", "verbal_conflict")
    page.wait_for_function("() => new URL(location.href).searchParams.get('quad') === 'verbal_conflict'")
    page.wait_for_load_state("networkidle")
    types = page.locator("#events-table tbody .type").all_inner_texts()
    assert 0 < len(types) < before and set(types) <= {"ACCUSE", "REJECT", "THREATEN", "DEMAND", "REQUEST"} | set(types)
    assert page.locator("#events-table tbody tr").count() == len(types) and errors == []
    page.close()


def test_hostile_document_runs_nothing(browser, server):
    page, errors, _ = _open(browser, server, "/documents/hostile")
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    assert page.title().startswith("Talks <script>")       # shown as text in the title
    assert "pwned" not in page.title() and dialogs == []
    assert "<script>document.title" in page.locator(".doctext").inner_text()
    assert page.locator(".doctext img, .doctext script, a[href^='javascript:']").count() == 0
    page.close()
