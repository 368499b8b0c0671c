"""A fixture ministry site on 127.0.0.1: a feed, a sitemap index, a listing page, robots.txt, and the
misbehaving endpoints collect must survive (429, 5xx, redirect loop, slow drip, oversized, gzip bomb)."""

from __future__ import annotations

import gzip
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.conftest import SAMPLES

ROBOTS = "User-agent: *\nDisallow: /private/\nCrawl-delay: 0.2\n"


def sample_pages(n: int) -> dict[str, str]:
    """/pages/sNNN.txt → the sample's text, for the first n bundled samples."""
    out = {}
    for path in sorted(SAMPLES.glob("s0*.json"))[:n]:
        out[f"/pages/{path.stem}.txt"] = json.loads(path.read_text(encoding="utf-8"))["fetched_text"]
    return out


class Site:
    def __init__(self, pages: int = 50):
        self.pages = sample_pages(pages)
        self.hits: dict[str, int] = {}
        self.changed: set[str] = set()      # pages whose text (and ETag) changed since the first run
        self.lastmod = "2023-10-02"         # what the sitemaps say of every page
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.port = self.server.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()

    def page_requests(self) -> int:
        return sum(n for path, n in self.hits.items() if path.startswith("/pages/"))

    def feed(self, paths: list[str]) -> str:
        items = "".join(f"<item><title>{p}</title><link>{self.base}{p}</link>"
                        f"<pubDate>Mon, 02 Oct 2023 10:00:00 GMT</pubDate></item>" for p in paths)
        return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Ministry</title>{items}</channel></rss>'

    def _handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_GET(self):  # noqa: N802
                path = self.path.split("?")[0]
                site.hits[path] = site.hits.get(path, 0) + 1
                route = ROUTES.get(path)
                if route:
                    return route(self, site)
                if path in site.pages:
                    return page(self, site, path)
                self._send(404, "text/plain", b"not found")

            def _send(self, status, ctype, body: bytes, headers=None):
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)

        return Handler


def page(h, site: Site, path: str) -> None:
    version = "v2" if path in site.changed else "v1"
    etag = f'"{version}-{path}"'
    if h.headers.get("If-None-Match") == etag:
        return h._send(304, "text/plain", b"", {"ETag": etag})
    text = site.pages[path] + ("\nUpdated: the two ministers spoke again by phone." if version == "v2" else "")
    h._send(200, "text/plain; charset=utf-8", text.encode("utf-8"), {"ETag": etag})


def feed(h, site: Site) -> None:
    paths = sorted(site.pages) + ["/private/secret.txt"]
    h._send(200, "application/rss+xml", site.feed(paths).encode())


def sitemap_index(h, site: Site) -> None:
    body = (f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{site.base}/sitemap-a.xml</loc></sitemap>"
            f"<sitemap><loc>{site.base}/sitemap-b.xml</loc></sitemap></sitemapindex>")
    h._send(200, "application/xml", body.encode())


def sitemap(paths: list[str]):
    def route(h, site: Site) -> None:
        urls = "".join(f"<url><loc>{site.base}{p}</loc><lastmod>{site.lastmod}</lastmod></url>" for p in paths)
        h._send(200, "application/xml",
                f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode())
    return route


def listing(h, site: Site) -> None:
    links = "".join(f'<li><a href="{p}">{p}</a></li>' for p in sorted(site.pages)[:3])
    h._send(200, "text/html", f"<html><body><nav><a href='/about'>About</a></nav><ul>{links}</ul></body></html>"
            .encode())


def too_many(h, site: Site) -> None:
    if site.hits["/busy.txt"] == 1:
        return h._send(429, "text/plain", b"slow down", {"Retry-After": "1"})
    h._send(200, "text/plain", b"Belgium and the Netherlands agreed to cooperate on port security in 2023.")


def redirect(to: str):
    return lambda h, site: h._send(302, "text/plain", b"", {"Location": to.format(base=site.base)})


def drip(h, site: Site) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    h.send_header("Content-Length", "1000")
    h.end_headers()
    try:
        for _ in range(1000):
            h.wfile.write(b"x")
            h.wfile.flush()
            time.sleep(0.05)
    except (BrokenPipeError, ConnectionResetError):  # the client gave up, as it should
        pass


def bomb(h, site: Site) -> None:
    body = gzip.compress(b"a" * 5_000_000)
    h._send(200, "text/plain", body, {"Content-Encoding": "gzip"})


def huge(h, site: Site) -> None:
    h._send(200, "text/plain", b"word " * 100_000)


ROUTES = {
    "/robots.txt": lambda h, site: h._send(200, "text/plain", ROBOTS.encode()),
    "/feed.xml": feed,
    "/sitemap.xml": sitemap_index,
    "/sitemap-a.xml": sitemap(["/pages/s001.txt", "/pages/s002.txt"]),
    "/sitemap-b.xml": sitemap(["/pages/s003.txt", "/busy.txt", "/failing.txt", "/loop.txt", "/drip.txt",
                               "/bomb.txt", "/huge.txt", "/private/hidden.txt"]),
    "/listing.html": listing,
    "/busy.txt": too_many,
    "/failing.txt": lambda h, site: h._send(503, "text/plain", b"down"),
    "/loop.txt": redirect("{base}/loop.txt"),
    "/drip.txt": drip,
    "/bomb.txt": bomb,
    "/huge.txt": huge,
}
