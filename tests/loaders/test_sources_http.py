"""loaders.sources on http(s) URLs, against a real HTTP server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import functools
import gzip
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kg.model import Article
from kg.settings import Settings
from loaders.sources import SourceFailure, read_sources

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
# Generous for every request (a loaded CI machine must not time out by accident), short for the one
# test of timing out, whose handler sleeps well past it.
TIMEOUT = 10.0
SHORT_TIMEOUT = 0.5
CAP = 1_000_000
PARAGRAPH = (
    "The prime ministers of Spain and Portugal met in Lisbon on Friday and agreed to link their power grids "
    "more closely, officials from both governments said after the talks."
)


def _text_page(body: str) -> Callable[[BaseHTTPRequestHandler], None]:
    def send(handler: BaseHTTPRequestHandler) -> None:
        _send(handler, 200, body.encode(), "text/plain; charset=utf-8")

    return send


def _send(handler: BaseHTTPRequestHandler, status: int, body: bytes, content_type: str | None) -> None:
    handler.send_response(status)
    if content_type:
        handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def _send_gzipped(handler: BaseHTTPRequestHandler, body: bytes) -> None:
    packed = gzip.compress(body)
    handler.send_response(200)
    handler.send_header("Content-Type", "text/plain; charset=utf-8")
    handler.send_header("Content-Encoding", "gzip")
    handler.send_header("Content-Length", str(len(packed)))
    handler.end_headers()
    handler.wfile.write(packed)


def _redirect(location: str) -> Callable[[BaseHTTPRequestHandler], None]:
    def send(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(302)
        handler.send_header("Location", location)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return send


def _slow(handler: BaseHTTPRequestHandler) -> None:
    time.sleep(SHORT_TIMEOUT * 5)  # past the client's timeout, bounded so the server thread ends
    _send(handler, 200, PARAGRAPH.encode(), "text/plain")


def _endless(handler: BaseHTTPRequestHandler) -> None:
    """A body with no Content-Length that would run to 100 MB if the client kept reading."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/plain")
    handler.end_headers()
    chunk = (PARAGRAPH + "\n\n").encode() * 256
    sent = 0
    try:
        while sent < 100_000_000:
            handler.wfile.write(chunk)
            sent += len(chunk)
    except OSError:
        pass  # the client stopped reading: what the test wants
    handler.server.endless_sent = sent  # type: ignore[attr-defined]


def _declared_huge(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", str(50 * CAP))
    handler.end_headers()


def _hop(handler: BaseHTTPRequestHandler) -> None:
    number = int(handler.path.rsplit("/", 1)[1])
    _redirect(f"/hop/{number + 1}")(handler)


FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Local Wire</title><language>en</language>
<item><title>Grid Deal in Lisbon</title><link>{base}/story.txt</link><description>{para}</description></item>
<item><title>Nato Ministers</title><link>{base}/nato.html</link></item>
<item><title>Broken</title></item>
<item><title>Gone</title><link>{base}/missing</link></item>
</channel></rss>"""


def _gzip(data: bytes, times: int) -> bytes:
    for _ in range(times):
        data = gzip.compress(data, compresslevel=9)
    return data


@functools.cache
def _bomb_body() -> bytes:
    """200 MB of text gzipped twice: a few kilobytes that httpx would have inflated at once."""
    return _gzip(b"a" * 200_000_000, 2)


def _bomb(handler: BaseHTTPRequestHandler) -> None:
    bomb = _bomb_body()
    handler.send_response(200)
    handler.send_header("Content-Type", "text/plain")
    handler.send_header("Content-Encoding", "gzip, gzip")
    handler.send_header("Content-Length", str(len(bomb)))
    handler.end_headers()
    handler.wfile.write(bomb)


def _routes(base: str) -> dict[str, Callable[[BaseHTTPRequestHandler], None]]:
    html = (SAMPLES / "nato-ministers-brussels.html").read_bytes()
    return {
        "/story.txt": _text_page("Grid Deal in Lisbon\n\n" + PARAGRAPH),
        "/nato.html": lambda h: _send(h, 200, html, "text/html; charset=utf-8"),
        "/unlabelled": lambda h: _send(h, 200, html, None),
        "/feed.xml": lambda h: _send(
            h, 200, FEED.format(base=base, para=PARAGRAPH).encode(), "application/rss+xml"
        ),
        "/photo.png": lambda h: _send(h, 200, b"\x89PNG\r\n\x1a\n\x00\x00", "image/png"),
        "/slow": _slow,
        "/endless": _endless,
        "/bomb": _bomb,
        "/gzipped": lambda h: _send_gzipped(h, ("Grid Deal in Lisbon\n\n" + PARAGRAPH).encode()),
        "/declared-huge": _declared_huge,
        "/loop/a": _redirect("/loop/b"),
        "/loop/b": _redirect("/loop/a"),
        "/to-ftp": _redirect("ftp://127.0.0.1/story.txt"),
        "/moved": _redirect("/story.txt"),
    }


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        routes = self.server.routes  # type: ignore[attr-defined]
        route = routes.get(self.path) or (_hop if self.path.startswith("/hop/") else None)
        if route is None:
            _send(self, 404, b"not here", "text/plain")
        else:
            route(self)

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test output clean


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client hanging up on /slow or /endless is expected here


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = _Server(("127.0.0.1", 0), _Handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.routes = _routes(base)  # type: ignore[attr-defined]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base
    httpd.shutdown()
    httpd.server_close()
    thread.join()


@pytest.fixture(scope="module")
def settings() -> Settings:
    return Settings(fetch_timeout=TIMEOUT, fetch_max_bytes=CAP, fetch_max_redirects=3)


def read(settings: Settings, *urls: str) -> list[Article | SourceFailure]:
    return list(read_sources(urls, settings))


def test_text_url_is_an_article_with_its_url_and_host_as_source(server: str, settings: Settings) -> None:
    (article,) = read(settings, f"{server}/story.txt")
    assert isinstance(article, Article)
    assert article.title == "Grid Deal in Lisbon"
    assert article.url == f"{server}/story.txt"
    assert article.source == "127.0.0.1"


def test_html_url_is_dispatched_by_content_type(server: str, settings: Settings) -> None:
    (article,) = read(settings, f"{server}/nato.html")
    assert isinstance(article, Article)
    assert article.title == "NATO Ministers Weigh New Air Defence Package for Ukraine"
    assert "Recommended" not in article.text


def test_unlabelled_body_is_sniffed(server: str, settings: Settings) -> None:
    (article,) = read(settings, f"{server}/unlabelled")
    assert isinstance(article, Article) and (article.title or "").startswith("NATO Ministers")


def test_redirect_is_followed_and_the_final_url_kept(server: str, settings: Settings) -> None:
    (article,) = read(settings, f"{server}/moved")
    assert isinstance(article, Article) and article.url == f"{server}/story.txt"


def test_feed_url_reads_items_fetches_link_only_items_and_reports_broken_ones(
    server: str, settings: Settings
) -> None:
    intranet = settings.model_copy(update={"fetch_private_links": True})  # the feed's links are local
    items = read(intranet, f"{server}/feed.xml", f"{server}/story.txt")
    assert [type(i).__name__ for i in items] == [
        "Article",
        "Article",
        "SourceFailure",
        "SourceFailure",
        "Article",
    ]
    linked = items[1]
    assert isinstance(linked, Article)
    assert "Rustem Umerov" in linked.text and linked.url == f"{server}/nato.html"
    assert items[2] == SourceFailure(
        f"{server}/feed.xml item 3", "no content: the item has neither text nor a link"
    )
    assert items[3] == SourceFailure(f"{server}/feed.xml item 4 ({server}/missing)", "HTTP 404 Not Found")


def test_feed_item_links_may_not_reach_private_addresses_by_default(server: str, settings: Settings) -> None:
    items = read(settings, f"{server}/feed.xml")
    linked = items[1]
    assert linked == SourceFailure(
        f"{server}/feed.xml item 2 ({server}/nato.html)",
        "refused: host '127.0.0.1' is a loopback address (127.0.0.1); fetching it is not allowed here",
    )


def test_url_that_times_out_is_a_failure_and_the_next_url_is_read(server: str, settings: Settings) -> None:
    impatient = settings.model_copy(update={"fetch_timeout": SHORT_TIMEOUT})
    items = read(impatient, f"{server}/slow", str(SAMPLES / "eu-china-trade-talks.txt"))
    assert items[0] == SourceFailure(f"{server}/slow", "timed out after 0.5 s (ReadTimeout)")
    assert isinstance(items[1], Article)


def test_redirect_loop_is_named(server: str, settings: Settings) -> None:
    (failure,) = read(settings, f"{server}/loop/a")
    chain = f"{server}/loop/a -> {server}/loop/b -> {server}/loop/a"
    assert failure == SourceFailure(f"{server}/loop/a", f"redirect loop: {chain}")


def test_too_many_redirects(server: str, settings: Settings) -> None:
    (failure,) = read(settings, f"{server}/hop/0")
    assert isinstance(failure, SourceFailure)
    assert failure.reason.startswith("too many redirects (more than 3): ")
    assert failure.reason.endswith(f"{server}/hop/3 -> {server}/hop/4")


def test_redirect_to_another_scheme_is_refused(server: str, settings: Settings) -> None:
    (failure,) = read(settings, f"{server}/to-ftp")
    reason = "redirect to unsupported URL scheme 'ftp:' (ftp://127.0.0.1/story.txt); only http and https"
    assert failure == SourceFailure(f"{server}/to-ftp", reason)


def test_oversize_body_is_stopped_early_with_bounded_memory(server: str, settings: Settings) -> None:
    tracemalloc.start()
    try:
        (failure,) = read(settings, f"{server}/endless")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    reason = "too large: body exceeds fetch_max_bytes (1,000,000 bytes); stopped reading"
    assert failure == SourceFailure(f"{server}/endless", reason)
    assert peak < 4 * CAP, f"peak {peak:,} bytes"  # the 100 MB body was never held


def test_compressed_bomb_is_stopped_at_the_cap_of_decoded_bytes(server: str, settings: Settings) -> None:
    _bomb_body()  # built before memory is traced
    tracemalloc.start()
    try:
        (failure,) = read(settings, f"{server}/bomb")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    reason = "too large: body exceeds fetch_max_bytes (1,000,000 bytes); stopped reading"
    assert failure == SourceFailure(f"{server}/bomb", reason)
    assert peak < 4 * CAP, f"peak {peak:,} bytes"  # 200 MB were never inflated


def test_gzipped_page_is_read(server: str, settings: Settings) -> None:
    (article,) = read(settings, f"{server}/gzipped")
    assert isinstance(article, Article) and article.title == "Grid Deal in Lisbon"


def test_declared_oversize_body_is_refused_before_reading(server: str, settings: Settings) -> None:
    (failure,) = read(settings, f"{server}/declared-huge")
    reason = "too large: Content-Length 50,000,000 bytes exceeds fetch_max_bytes (1,000,000)"
    assert failure == SourceFailure(f"{server}/declared-huge", reason)


def test_binary_content_type_and_http_errors(server: str, settings: Settings) -> None:
    items = read(settings, f"{server}/photo.png", f"{server}/missing")
    assert items == [
        SourceFailure(
            f"{server}/photo.png", "unsupported content type 'image/png' (expected HTML, a feed or text)"
        ),
        SourceFailure(f"{server}/missing", "HTTP 404 Not Found"),
    ]


def test_connection_refused_is_a_failure(settings: Settings) -> None:
    import socket

    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    (failure,) = read(settings, f"http://127.0.0.1:{port}/")
    assert isinstance(failure, SourceFailure)
    assert failure.reason.startswith("request failed: ConnectError")


def test_malformed_url_is_a_failure(settings: Settings) -> None:
    (failure,) = read(settings, "http://[::1/news")  # refused before any lookup or connection
    assert failure == SourceFailure("http://[::1/news", "invalid URL: Invalid IPv6 URL")


def test_private_addresses_are_refused_when_not_allowed(server: str, settings: Settings) -> None:
    guarded = settings.model_copy(update={"fetch_private_addresses": False})
    port = server.rsplit(":", 1)[1]
    urls = [f"{server}/story.txt", f"http://localhost:{port}/story.txt", "http://10.1.2.3/",
            "http://169.254.169.254/latest/meta-data/", "http://[::1]/"]  # fmt: skip
    reasons = [item.reason if isinstance(item, SourceFailure) else item for item in read(guarded, *urls)]
    assert reasons[0] == (
        "refused: host '127.0.0.1' is a loopback address (127.0.0.1); fetching it is not allowed here"
    )
    assert str(reasons[1]).startswith("refused: host 'localhost' is a loopback address (")
    assert str(reasons[2]).startswith("refused: host '10.1.2.3' is a private address")
    assert str(reasons[3]).startswith("refused: host '169.254.169.254' is a link-local address")
    assert str(reasons[4]).startswith("refused: host '::1' is a loopback address")


def test_a_global_address_passes_the_check() -> None:
    from loaders.sources.fetch import resolve

    # an IP literal: no lookup, no connection
    assert str(resolve("http://93.184.215.14/news", private_ok=False)) == "93.184.215.14"
