"""`kg watch` as a user runs it, against a local feed server (http.server, in this test) and the real Neo4j:
new items are ingested once across a restart, an unchanged feed is a 304, broken feeds are reported while the
good one goes on, and SIGINT / SIGTERM stop it cleanly."""

from __future__ import annotations

import hashlib
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import neo4j
import pytest

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]
WAIT = 240.0  # seconds for a line: the first poll loads the spaCy pipeline

# Our own made-up news items (no corpus text).
ITEMS = [
    ("urn:kg-test:1", "Harbour reopens", "Portmere harbour reopened its east pier on Monday."),
    ("urn:kg-test:2", "Mayor visits school", "Mayor Ada Lindqvist visited the Northfield school on Tuesday."),
    ("urn:kg-test:3", "Ferry resumes", "The Portmere ferry company resumed its crossings to Eastholm today."),
]


def rss(items: list[tuple[str, str, str]]) -> bytes:
    entries = "".join(
        f"<item><guid>{guid}</guid><title>{title}</title><description>{text}</description></item>"
        for guid, title, text in items
    )
    channel = f"<channel><title>Test wire</title>{entries}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'.encode()


class FeedServer:
    """Serves /news.xml (a feed with an ETag, 304 to a matching If-None-Match), /down.xml (HTTP 500) and
    /page.html (not a feed); logs each request's path, If-None-Match and status."""

    def __init__(self) -> None:
        self.feed = rss(ITEMS[:2])
        self.log: list[tuple[str, str | None, int]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                status, body, headers = server.answer(self.path, self.headers.get("If-None-Match"))
                server.log.append((self.path, self.headers.get("If-None-Match"), status))
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def answer(self, path: str, if_none_match: str | None) -> tuple[int, bytes, dict[str, str]]:
        if path == "/news.xml":
            etag = '"' + hashlib.sha256(self.feed).hexdigest()[:16] + '"'
            if if_none_match == etag:
                return 304, b"", {"ETag": etag}
            return 200, self.feed, {"ETag": etag, "Content-Type": "application/rss+xml"}
        if path == "/page.html":
            return 200, b"<html><body><p>Not a feed.</p></body></html>", {"Content-Type": "text/html"}
        return 500, b"broken", {"Content-Type": "text/plain"}


@pytest.fixture
def feeds() -> Iterator[FeedServer]:
    server = FeedServer()
    yield server
    server.httpd.shutdown()
    server.httpd.server_close()


class Watcher:
    """`kg watch` in a child process, its output lines (stdout and stderr) in a queue."""

    def __init__(self, urls: list[str], state: Path) -> None:
        env = {**os.environ, "KG_WATCH_STATE": str(state)}
        command = [sys.executable, "-c", "from cli.main import app; app()", "watch", *urls, "--every", "1s"]
        self.process = subprocess.Popen(
            command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, fragment: str) -> str:
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=1)
            except queue.Empty:
                if self.process.poll() is not None:
                    break
                continue
            self.seen.append(line)
            if fragment in line:
                return line
        pytest.fail(f"no line with {fragment!r} from kg watch; it said:\n" + "\n".join(self.seen))

    def stop(self, signum: int) -> str:
        self.process.send_signal(signum)
        code = self.process.wait(timeout=60)
        self.reader.join(timeout=10)
        assert self.process.stdout is not None
        self.process.stdout.close()
        rest = [self.lines.get() for _ in range(self.lines.qsize())]
        self.seen += rest
        assert code == 0, "\n".join(self.seen)
        return "\n".join(self.seen)


def articles(driver: neo4j.Driver) -> list[str]:
    records, _, _ = driver.execute_query("MATCH (a:Article) RETURN a.title AS t ORDER BY t")
    return [r["t"] for r in records]


def test_watch_ingests_new_items_once_across_a_restart_and_reports_broken_feeds(
    empty_graph: neo4j.Driver, feeds: FeedServer, tmp_path: Path
) -> None:
    news, down, page = feeds.url("/news.xml"), feeds.url("/down.xml"), feeds.url("/page.html")
    state = tmp_path / "watch.json"

    first = Watcher([down, news, page], state)
    first.wait_for(f"feed {news}: 2 items, 2 new, 0 changed, 0 seen before; written: 2 new")
    first.wait_for(f"feed {news}: not modified")  # the next poll asks with the ETag and gets a 304
    output = first.stop(signal.SIGINT)
    assert f"feed {down}: failed: HTTP 500" in output
    assert f"feed {page}: failed: not a feed: the URL gives a web page (text/html)" in output
    assert "SIGINT: stopping after the current feed" in output and "stopped after" in output
    assert articles(empty_graph) == ["Harbour reopens", "Mayor visits school"]

    (etag,) = {tag for path, tag, status in feeds.log if path == "/news.xml" and status == 304}
    feeds.feed = rss(ITEMS)  # a third item: a new document, a new ETag
    restart = len(feeds.log)
    second = Watcher([news, down], state)
    second.wait_for(f"feed {news}: 3 items, 1 new, 0 changed, 2 seen before; written: 1 new, 0 replaced")
    second.wait_for(f"feed {news}: not modified")
    second.stop(signal.SIGTERM)
    assert articles(empty_graph) == ["Ferry resumes", "Harbour reopens", "Mayor visits school"]
    # the restarted watcher's first request carried the first run's ETag (its state survived the restart)
    assert next(e for e in feeds.log[restart:] if e[0] == "/news.xml") == ("/news.xml", etag, 200)
