"""Attacks through what the server fetches (ingestArticle(url:), and `kg extract` on a feed), against
the real `kg serve` and the real command: a decompression bomb, a feed body naming a local file, DNS
rebinding, proxy variables, and a public feed's item links pointing at the machine's own network."""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from threading import Thread

import pytest
from hostile_server import TOKEN, KgServer, Listener, kg_serve, peak_of, rss_mb
from kg_cli import run_kg

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

INGEST_URL = """mutation($url: String!) { ingestArticle(url: $url) { __typename
  ... on InvalidInput { field message } ... on IngestSuccess { article { title } } } }"""
SECRET = "Local Secret Headline"


def _gzip(chunks: Iterator[bytes]) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    return b"".join(packer.compress(chunk) for chunk in chunks) + packer.flush()


@pytest.fixture(scope="module")
def bomb() -> bytes:
    """1 GiB of zeros, gzipped twice: about 2 KB on the wire."""
    inner = _gzip(b"\0" * 2**20 for _ in range(1024))
    return _gzip(iter([inner]))


@pytest.fixture(scope="module")
def local_feed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A feed file on the server's disk, which no client should be able to make it read."""
    path = tmp_path_factory.mktemp("local") / "feed.xml"
    text = "The local file was read by the server."
    item = f"<item><title>{SECRET}</title><description>{text}</description></item>"
    path.write_text(f'<rss version="2.0"><channel><title>Local</title>{item}</channel></rss>')
    return path


@pytest.fixture(scope="module")
def attacker(bomb: bytes, local_feed: Path) -> Iterator[str]:
    """An HTTP server serving the attacks; yields its base URL."""
    routes: dict[str, tuple[bytes, dict[str, str]]] = {
        "/bomb": (bomb, {"Content-Type": "text/html", "Content-Encoding": "gzip, gzip"}),
        "/feed-naming-a-file": (str(local_feed).encode(), {"Content-Type": "application/rss+xml"}),
    }

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body, headers = routes.get(self.path, (b"not here", {"Content-Type": "text/plain"}))
            self.send_response(200 if self.path in routes else 404)
            for name, value in {**headers, "Content-Length": str(len(body))}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def trusting(seeded: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[KgServer]:
    """A server that may fetch private addresses (the attacker's server is on 127.0.0.1)."""
    tmp = tmp_path_factory.mktemp("trusting")
    with kg_serve(tmp, api_fetch_private_addresses="true") as server:
        yield server


def _ingest(server: KgServer, url: str) -> dict[str, object]:
    response = server.graphql(INGEST_URL, TOKEN, url=url)
    assert response.status_code == 200, response.text
    result: dict[str, object] = response.json()["data"]["ingestArticle"]
    return result


def test_decompression_bomb_costs_the_api_no_memory(trusting: KgServer, attacker: str) -> None:
    before = rss_mb(trusting.process.pid)
    with peak_of(lambda: trusting.process.pid) as api:
        result = _ingest(trusting, f"{attacker}/bomb")
    assert result["__typename"] == "InvalidInput", result
    assert "too large" in str(result["message"])
    assert api.peak - before < 100, f"the API grew by {api.peak - before:.0f} MB"


def test_feed_body_naming_a_local_file_is_not_read(trusting: KgServer, attacker: str) -> None:
    result = _ingest(trusting, f"{attacker}/feed-naming-a-file")
    assert result["__typename"] == "InvalidInput", result
    assert "not a readable RSS/Atom feed" in str(result["message"])


@pytest.fixture(scope="module")
def proxy_listener() -> Iterator[Listener]:
    listener = Listener()
    yield listener
    listener.sock.close()


@pytest.fixture(scope="module")
def rebinding(
    seeded: object, tmp_path_factory: pytest.TempPathFactory, proxy_listener: Listener
) -> Iterator[KgServer]:
    """The default server (no private addresses), on a DNS that rebinds, with proxy variables set."""
    proxy = f"http://127.0.0.1:{proxy_listener.port}"
    env = {
        "PYTHONPATH": str(Path(__file__).parent / "rebinding"),
        "HTTP_PROXY": proxy,
        "HTTPS_PROXY": proxy,
        "NO_PROXY": "rebind.kg.test",
    }
    with kg_serve(tmp_path_factory.mktemp("rebinding"), env) as server:
        yield server


def test_dns_rebinding_cannot_reach_loopback(rebinding: KgServer, listener: Listener) -> None:
    result = _ingest(rebinding, f"http://rebind.kg.test:{listener.port}/news")
    assert listener.received == [], "the server connected to the address the second DNS answer gave"
    assert result["__typename"] == "InvalidInput", result


def test_proxy_variables_do_not_carry_fetches_past_the_check(
    rebinding: KgServer, proxy_listener: Listener
) -> None:
    result = _ingest(rebinding, "http://public.kg.test/news")
    assert proxy_listener.received == [], "the fetch went through the proxy from HTTP_PROXY"
    assert result["__typename"] == "InvalidInput", result


def test_public_feed_item_links_cannot_reach_the_local_network(tmp: Path, listener: Listener) -> None:
    feed = tmp / "public.xml"
    item = f"<item><title>Link only</title><link>http://127.0.0.1:{listener.port}/admin</link></item>"
    feed.write_text(f'<rss version="2.0"><channel><title>Public</title>{item}</channel></rss>')
    run = run_kg("extract", str(feed), env=dict(os.environ))
    assert listener.received == [], "kg extract fetched a feed item's link on 127.0.0.1"
    assert run.returncode == 1
    assert "refused: host '127.0.0.1' is a loopback address" in run.stderr
