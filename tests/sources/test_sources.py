import gzip
import http.server
import json
import threading
import time
from pathlib import Path

import pytest

from dyads.models import Rejection, SourceItem
from dyads.settings import Settings
from dyads.sources import read_sources


def items(*specs, settings=Settings()):
    return list(read_sources([str(s) for s in specs], settings))


def test_text_html_and_recursive_directory(tmp_path: Path):
    (tmp_path / "a.txt").write_text("SECRETARY KERRY: Hello.", encoding="utf-8")
    sub = tmp_path / "sub" / "deeper"
    sub.mkdir(parents=True)
    (sub / "b.html").write_text("<html><body><p>Readout of the call.</p></body></html>", encoding="utf-8")
    (sub / "notes.bin").write_bytes(b"\x00\x01")  # unsupported suffix: ignored inside directories
    found = items(tmp_path)
    assert [(Path(i.name).name, i.kind, i.source_id) for i in found] == [("a.txt", "text", "a"),
                                                                        ("b.html", "html", "b")]


def test_json_corpus_form_plain_form_list_and_jsonl(tmp_path: Path):
    corpus = {"id": "d99", "url": "https://x.gov/a", "title": "T", "fetched_text": "Text one."}
    plain = {"id": "p1", "url": None, "title": "P", "date": "2021-03-24", "text": "Text two."}
    (tmp_path / "one.json").write_text(json.dumps(corpus))
    (tmp_path / "many.json").write_text(json.dumps([corpus | {"id": "d98"}, plain]))
    (tmp_path / "lines.jsonl").write_text(json.dumps(plain) + "\n\n{not json\n" + json.dumps(corpus) + "\n")
    found = items(tmp_path / "one.json", tmp_path / "many.json", tmp_path / "lines.jsonl")
    docs = [i for i in found if isinstance(i, SourceItem)]
    assert [d.source_id for d in docs] == ["d99", "d98", "p1", "p1", "d99"]
    assert docs[2].date == "2021-03-24" and docs[0].url == "https://x.gov/a"
    bad = [i for i in found if isinstance(i, Rejection)]
    assert len(bad) == 1 and bad[0].name.endswith("lines.jsonl:3") and bad[0].reason.startswith("invalid JSON")


def test_json_without_text_field_is_rejected(tmp_path: Path):
    (tmp_path / "x.json").write_text(json.dumps({"id": "x", "body": "?"}))
    [r] = items(tmp_path / "x.json")
    assert isinstance(r, Rejection) and "no text" in r.reason


def test_missing_path_and_oversized_file(tmp_path: Path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2000)
    found = items(tmp_path / "nope.txt", big, settings=Settings(max_bytes=1000))
    assert [(type(i).__name__, i.reason) for i in found] == [
        ("Rejection", "no such file or directory"),
        ("Rejection", "too large: 2,000 bytes exceeds the 1,000-byte limit"),
    ]


class _Handler(http.server.BaseHTTPRequestHandler):
    routes = {
        "/page": (200, "text/html; charset=utf-8", b"<html><body><p>Secretary Blinken met Minister Wilmes.</p>"
                                                   b"</body></html>"),
        "/image": (200, "image/png", b"\x89PNG...."),
        "/missing": (404, "text/html", b"no"),
        "/big": (200, "text/plain", b"x" * 5000),
    }

    def do_GET(self):  # noqa: N802 - http.server API
        if self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
            return
        if self.path.startswith("/to/"):  # a redirect to whatever follows: another port, another host
            self.send_response(302)
            self.send_header("Location", self.path[len("/to/"):])
            self.end_headers()
            return
        if self.path == "/drip":  # one byte every 0.2 s, for ever: no single read ever times out
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            try:
                while True:
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:
                return
        if self.path == "/bomb":  # 30 kB on the wire, 30 MB decompressed
            body = gzip.compress(b"a" * 30_000_000)
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        status, ctype, body = self.routes[self.path]
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def _serve() -> http.server.ThreadingHTTPServer:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


@pytest.fixture(scope="module")
def server():
    httpd = _serve()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


def test_url_fetch_and_every_failure(server):
    settings = Settings(max_bytes=1000, fetch_timeout=5, allow_private=True)
    urls = [f"{server}/page", f"{server}/image", f"{server}/missing", f"{server}/loop", f"{server}/big",
            "http://127.0.0.1:1/closed"]
    found = items(*urls, settings=settings)
    page = found[0]
    assert isinstance(page, SourceItem) and page.kind == "html" and page.url == urls[0]
    reasons = [i.reason for i in found[1:]]
    assert reasons[0] == "unsupported content type 'image/png' (expected HTML, plain text or JSON)"
    assert reasons[1] == "could not fetch: HTTP 404"
    assert reasons[2] == "could not fetch: more than 5 redirects"
    assert reasons[3].startswith("too large")
    assert reasons[4].startswith("could not fetch: ConnectError")


def test_loopback_refused_unless_allowed(server):
    [refused] = items(f"{server}/page")
    assert isinstance(refused, Rejection)
    assert refused.reason.startswith("refused: 127.0.0.1 resolves to 127.0.0.1, a loopback address")
    [fetched] = items(f"{server}/page", settings=Settings(allow_private=True))
    assert isinstance(fetched, SourceItem) and b"Minister Wilmes" in fetched.data


def test_redirect_to_private_address_is_checked_at_every_hop(server, monkeypatch):
    """A public first hop redirecting to another loopback port: the redirect is refused, not followed."""
    other = _serve()
    try:
        target = f"http://127.0.0.1:{other.server_port}/page"
        import dyads.sources.web as web

        checked = []

        def first_hop_public(request):  # the test server is on loopback: pretend only its first hop is public
            checked.append(str(request.url))
            if len(checked) > 1:
                real(request)

        real = web.public_address
        monkeypatch.setattr(web, "public_address", first_hop_public)
        [r] = items(f"{server}/to/{target}")
        assert isinstance(r, Rejection) and "a loopback address" in r.reason
        assert checked == [f"{server}/to/{target}", target]
        monkeypatch.setattr(web, "public_address", real)
        [ok] = items(f"{server}/to/{target}", settings=Settings(allow_private=True))
        assert isinstance(ok, SourceItem) and ok.url == target
    finally:
        other.shutdown()


def test_dripping_server_stops_at_the_deadline(server):
    start = time.monotonic()
    [r] = items(f"{server}/drip", settings=Settings(fetch_timeout=1.5, allow_private=True))
    assert isinstance(r, Rejection) and r.reason == "could not fetch: no complete response within 2 s"
    assert time.monotonic() - start < 4


def test_gzip_bomb_stops_at_the_decompressed_cap(server):
    [r] = items(f"{server}/bomb", settings=Settings(max_bytes=1_000_000, allow_private=True))
    assert isinstance(r, Rejection) and r.reason.startswith("too large")
