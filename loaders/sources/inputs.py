"""read_sources: every kind of input (file, directory, stdin, URL) dispatched to its format's reader.

Each input is guarded on its own, so one bad file, URL, feed item or JSONL line becomes a SourceFailure
and the rest are still read.
"""

from __future__ import annotations

import contextlib
import functools
import io
import logging
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, cast
from urllib.parse import urlsplit

import httpx

from kg.model import Article
from kg.settings import Settings
from loaders.sources import fetch as http
from loaders.sources.base import ArticleFields, SourceError, SourceFailure
from loaders.sources.build import build_article
from loaders.sources.feeds import read_feed
from loaders.sources.html import html_charset, read_html_page
from loaders.sources.jsonl import read_jsonl
from loaders.sources.plain import read_plain
from loaders.sources.text import decode, truncate

log = logging.getLogger("loaders.sources")

Item = Article | SourceFailure

EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".xml": "feed", ".rss": "feed", ".atom": "feed", ".rdf": "feed",
}  # fmt: skip
_MEDIA_TYPES = {
    "text/html": "html", "application/xhtml+xml": "html", "text/plain": "text", "text/markdown": "markdown",
    "application/rss+xml": "feed", "application/atom+xml": "feed", "application/rdf+xml": "feed",
    "application/x-ndjson": "jsonl", "application/jsonl": "jsonl", "application/x-jsonlines": "jsonl",
}  # fmt: skip
# Media types whose bytes are worth sniffing: generic XML, unlabelled, or labelled as opaque bytes.
_SNIFFED_MEDIA = {"", "application/xml", "text/xml", "application/octet-stream"}
# A folder of articles may document itself; such files are skipped unless named explicitly.
_NOT_ARTICLES = re.compile(r"(?i)^(?:readme|license|licence|changelog|contributing)(?:\.|$)")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")
# Plain text is read up to 4 bytes per allowed character (UTF-8's worst case), never the whole file.
_BYTES_PER_CHAR = 4
_UTF8_CONTINUATION = bytes(range(0x80, 0xC0))  # bytes that do not start a character


def read_sources(
    inputs: Iterable[str], settings: Settings, *, stdin: IO[bytes] | None = None
) -> Iterator[Item]:
    """Read articles from files, directories, ``-`` (standard input) and http(s) URLs.

    Args:
        inputs: paths, directories (recursed, files picked by extension), ``-``, or URLs.
        settings: limits and languages (``max_article_chars``, ``fetch_*``, ``languages``).
        stdin: the stream ``-`` reads (default: the process's standard input).

    Yields:
        An Article for each article read, a SourceFailure for each input, feed item or JSONL line
        that gave none, in input order.
    """
    with contextlib.ExitStack() as stack:
        reader = _Reader(settings, stack, stdin)
        for raw in inputs:
            yield from _guarded(raw, functools.partial(reader.read_input, raw))


@contextlib.contextmanager
def item_page_reader(settings: Settings) -> Iterator[Callable[[str], ArticleFields]]:
    """What reads a feed item that has only a link: its linked page (the HTTP client closes on exit)."""
    with contextlib.ExitStack() as stack:
        yield _Reader(settings, stack, None).fields_from_url


def _guarded(label: str, items: Callable[[], Iterator[Item]]) -> Iterator[Item]:
    try:
        yield from items()
    except SourceError as err:
        yield SourceFailure(label, str(err))
    except OSError as err:
        yield SourceFailure(label, f"cannot read: {err.strerror or err}")
    except Exception as err:  # a parser bug on one odd input must not stop the others
        log.exception("%s: unexpected error", label)
        yield SourceFailure(label, f"unexpected error while reading: {type(err).__name__}: {err}")


def _raw(stream: IO[bytes]) -> io.RawIOBase:
    return cast(io.RawIOBase, stream)  # BufferedReader only calls readinto(), which every binary stream has


def _read_text_prefix(stream: IO[bytes], max_chars: int) -> tuple[bytes, bool]:
    """As many bytes as ``max_chars`` characters can take, and whether that is the whole input.

    Text longer than that is truncated anyway, so a file of any size costs memory in proportion to
    ``max_chars``. One byte per character is read first (enough for ASCII and legacy encodings); only
    text whose multi-byte characters leave it short gets up to UTF-8's worst case of four.
    """
    data = stream.read(max_chars + 1)
    if len(data) <= max_chars:
        return data, True
    if len(data.translate(None, _UTF8_CONTINUATION)) > max_chars:
        return data, False
    more = stream.read((_BYTES_PER_CHAR - 1) * max_chars)
    return data + more, len(more) < (_BYTES_PER_CHAR - 1) * max_chars


def sniff(head: bytes) -> str:
    """The format of a document from its first bytes, for inputs without a telling name or media type."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1024].lower()
    if start.startswith(b"<?xml"):
        return "html" if b"<html" in start else "feed"
    if start.startswith((b"<rss", b"<feed", b"<rdf:rdf")):
        return "feed"
    if start.startswith(b"<"):
        return "html"
    if start.startswith(b"{"):
        return "jsonl"
    return "markdown" if start.startswith(b"---") else "text"


class _Reader:
    """Reads one input at a time; holds the HTTP client (opened on first use) for the whole run."""

    def __init__(self, settings: Settings, stack: contextlib.ExitStack, stdin: IO[bytes] | None) -> None:
        self.settings = settings
        self._stack = stack
        self._stdin = stdin
        self._client: httpx.Client | None = None

    def read_input(self, raw: str) -> Iterator[Item]:
        if raw == "-":
            yield from self._read_stream(self._stdin or sys.stdin.buffer, "<stdin>", None)
            return
        path = Path(raw)
        if _SCHEME.match(raw) and not path.exists():
            yield from self._read_url(raw, raw)
        elif path.is_dir():
            yield from self._read_directory(path)
        elif path.exists():
            yield from self._read_file(path, raw)
        else:
            raise SourceError("no such file or directory")

    def _read_directory(self, root: Path) -> Iterator[Item]:
        files = sorted(
            p
            for p in root.rglob("*")
            if p.suffix.lower() in EXTENSIONS
            and not any(part.startswith(".") for part in p.relative_to(root).parts)
            and not _NOT_ARTICLES.match(p.name)
            and p.is_file()
        )
        if not files:
            known = ", ".join(sorted(EXTENSIONS))
            raise SourceError(f"no supported files in directory (extensions: {known})")
        for file in files:
            yield from _guarded(str(file), functools.partial(self._read_file, file, str(file)))

    def _read_file(self, path: Path, label: str) -> Iterator[Item]:
        with path.open("rb") as stream:
            yield from self._read_stream(stream, label, EXTENSIONS.get(path.suffix.lower()))

    def _read_stream(self, stream: IO[bytes], label: str, fmt: str | None) -> Iterator[Item]:
        # Sniffing needs peek(); files and sys.stdin.buffer have it, other streams are wrapped.
        buffered = stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(_raw(stream))
        fmt = fmt or sniff(buffered.peek(1024))
        if fmt == "jsonl":
            if b"\x00" in buffered.peek(8192):  # else every line of a binary file would fail on its own
                raise SourceError("binary file (contains NUL bytes)")
            yield from read_jsonl(buffered, label, self.settings)
            return
        if fmt in ("text", "markdown"):
            data, complete = _read_text_prefix(buffered, self.settings.max_article_chars)
        else:
            cap = self.settings.fetch_max_bytes
            data = buffered.read(cap + 1)
            data, complete = data[:cap], len(data) <= cap
        yield from self._from_bytes(data, complete, fmt, label, url=None, charset=None)

    def _read_url(self, url: str, label: str) -> Iterator[Item]:
        fetched = http.fetch(url, self._http(), self.settings)
        fmt = _MEDIA_TYPES.get(fetched.content_type)
        if fmt is None and fetched.content_type in _SNIFFED_MEDIA:
            fmt = sniff(fetched.body[:1024])
        if fmt is None:
            media = fetched.content_type
            raise SourceError(f"unsupported content type '{media}' (expected HTML, a feed or text)")
        if fmt == "jsonl":
            yield from read_jsonl(io.BytesIO(fetched.body), label, self.settings)
        else:
            body, url, charset = fetched.body, fetched.url, fetched.charset
            yield from self._from_bytes(body, True, fmt, label, url=url, charset=charset)

    def _from_bytes(
        self, data: bytes, complete: bool, fmt: str, label: str, *, url: str | None, charset: str | None
    ) -> Iterator[Item]:
        if not data.strip():
            raise SourceError("empty")
        if fmt == "feed":
            if not complete:
                raise SourceError(self._too_large("feed"))
            yield from read_feed(data, label, self.settings, self.fields_from_url)
            return
        fields = self._fields_from_bytes(data, complete, fmt, url, charset)
        yield build_article(fields, label, self.settings)

    def _fields_from_bytes(
        self, data: bytes, complete: bool, fmt: str, url: str | None, charset: str | None
    ) -> ArticleFields:
        if fmt == "html" and not complete:
            raise SourceError(self._too_large("HTML document"))
        declared = charset or (html_charset(data) if fmt == "html" else None)
        text, note = decode(data, complete=complete, declared=declared)
        if not text.strip():
            raise SourceError("empty")
        cut_note = None
        if fmt != "html" and (not complete or len(text) > self.settings.max_article_chars):
            # Cut before any further copying, so a huge text file costs a bounded amount of memory.
            text, cut_note = truncate(text, self.settings.max_article_chars, complete=complete)
        if fmt == "html":
            fields = read_html_page(text, url=url)
        else:
            fields = read_plain(text, markdown=fmt == "markdown")
            fields.url = fields.url or url
            fields.source = fields.source or (urlsplit(url).hostname if url else None)
        fields.notes[:0] = [n for n in (note, cut_note) if n]
        return fields

    def fields_from_url(self, url: str) -> ArticleFields:
        """A feed item's linked page: one article (a link to another feed is not followed).

        The link was written by the feed's author, not named by the user: it may reach a non-public
        address only when both KG_FETCH_PRIVATE_ADDRESSES and KG_FETCH_PRIVATE_LINKS allow it.
        """
        private_ok = self.settings.fetch_private_addresses and self.settings.fetch_private_links
        fetched = http.fetch(url, self._http(), self.settings, private_ok=private_ok)
        fmt = _MEDIA_TYPES.get(fetched.content_type) or sniff(fetched.body[:1024])
        if fmt not in ("html", "text", "markdown"):
            raise SourceError(f"the link leads to a {fmt} document, not an article")
        return self._fields_from_bytes(fetched.body, True, fmt, fetched.url, fetched.charset)

    def _too_large(self, what: str) -> str:
        limit = self.settings.fetch_max_bytes
        return f"too large: {what} exceeds fetch_max_bytes ({limit:,} bytes)"

    def _http(self) -> httpx.Client:
        if self._client is None:
            self._client = self._stack.enter_context(http.new_client(self.settings))
        return self._client
