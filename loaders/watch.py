"""`kg watch`: poll RSS/Atom feeds and ingest only their new or changed items, across restarts.

Each poll asks each feed conditionally (If-None-Match / If-Modified-Since with the validators of the last
answer), so an unchanged feed costs one 304. Of a changed document, only items whose id (guid, Atom id,
else link) is new or whose content digest changed are read and extracted. What was seen is kept in a small
JSON file (``KG_WATCH_STATE``, default ``{data_dir}/watch.json``), replaced atomically after each feed's
items are written: HTTP validators and item digests are the watcher's bookkeeping, not knowledge, so they
stay out of the graph, and the graph stays what `kg export` gives. If the watcher dies between a write and
the save, the next run reads those items again and the writer finds their content hash stored: nothing
is ingested twice.

One feed failing (unreachable, an HTTP error, not a feed) is reported and the others go on; the failing
one is asked again at the next poll. The loop stops between feeds when ``stop`` is set (SIGINT/SIGTERM).
"""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from kg.errors import ConfigError, StoreError
from kg.model import Article
from kg.settings import Settings
from loaders.ingest_steps import Outcome
from loaders.sources import SourceError, SourceFailure
from loaders.sources import fetch as http
from loaders.sources.feeds import entry_key, entry_version, parse_feed, read_entries
from loaders.sources.inputs import item_page_reader

__all__ = ["FeedPoll", "WatchState", "parse_every", "poll_feed", "watch"]

Item = Article | SourceFailure
#: Extracts and writes items; returns each article's outcome (a WriteResult, or a failure message).
Ingest = Callable[[list[Item]], list[Outcome]]
_PAGES = frozenset({"text/html", "application/xhtml+xml"})
_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(text: str) -> float:
    """Seconds of '15m', '30s', '1h', '1d' or a bare number of seconds; ConfigError naming the value."""
    match = _EVERY.match(text)
    seconds = float(match.group(1)) * _UNIT_SECONDS[match.group(2)] if match else 0.0
    if seconds <= 0:
        units = "give seconds, or a number with s, m, h or d (15m)"
        raise ConfigError(f"--every {text!r} is no interval: {units}")
    return seconds


@dataclass
class FeedMemory:
    etag: str | None = None
    last_modified: str | None = None
    items: dict[str, str] = field(default_factory=dict)  # item key -> version last ingested

    def validators(self) -> dict[str, str]:
        found = {"If-None-Match": self.etag, "If-Modified-Since": self.last_modified}
        return {name: value for name, value in found.items() if value}


class WatchState:
    """What the watcher has seen, per feed URL, kept in a JSON file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.feeds: dict[str, FeedMemory] = {}
        if path.exists():
            self.feeds = _load(path)

    def feed(self, url: str) -> FeedMemory:
        return self.feeds.setdefault(url, FeedMemory())

    def save(self) -> None:
        """Write the whole state to a temporary file and rename it over the old one (atomic)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {url: vars(memory) for url, memory in sorted(self.feeds.items())}
        temporary = self.path.with_name(self.path.name + ".tmp")
        temporary.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(temporary, self.path)


def _load(path: Path) -> dict[str, FeedMemory]:
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
        return {str(url): FeedMemory(**memory) for url, memory in raw.items()}
    except (OSError, ValueError, TypeError, AttributeError) as exc:
        raise ConfigError(f"watch state {path}: unreadable ({exc}); move it away to start afresh") from exc


@dataclass
class FeedPoll:
    """What one poll of one feed did."""

    url: str
    error: str | None = None
    not_modified: bool = False
    items: int = 0  # in the document
    new: int = 0
    changed: int = 0
    written: list[Outcome] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # items that gave no article, articles not written

    def line(self) -> str:
        if self.error is not None:
            return f"feed {self.url}: failed: {self.error}"
        if self.not_modified:
            return f"feed {self.url}: not modified"
        statuses = [o.status for o in self.written if not isinstance(o, str)]
        counts = ", ".join(f"{statuses.count(s)} {s}" for s in ("new", "replaced", "unchanged"))
        seen = self.items - self.new - self.changed
        found = f"{self.items} items, {self.new} new, {self.changed} changed, {seen} seen before"
        return f"feed {self.url}: {found}; written: {counts}; {len(self.failed)} failed"


def poll_feed(
    url: str,
    memory: FeedMemory,
    settings: Settings,
    client: httpx.Client,
    read_page: Callable[[str], Any],
    ingest: Ingest,
) -> FeedPoll:
    """Poll one feed; ingest its new and changed items; update ``memory`` for what was ingested."""
    result = FeedPoll(url)
    try:
        fetched = http.fetch(url, client, settings, validators=memory.validators())
        if fetched.not_modified:
            result.not_modified = True
            return result
        if fetched.content_type in _PAGES:
            raise SourceError(f"not a feed: the URL gives a web page ({fetched.content_type})")
        channel, entries = parse_feed(fetched.body)
    except SourceError as exc:
        result.error = str(exc)
        return result
    keyed = [(entry_key(entry), entry_version(entry), entry) for entry in entries]
    todo = [(key, version, entry) for key, version, entry in keyed if memory.items.get(key) != version]
    result.items, result.changed = len(keyed), sum(key in memory.items for key, _, _ in todo)
    result.new = len(todo) - result.changed
    items = list(read_entries([entry for _, _, entry in todo], channel, url, settings, read_page))
    try:
        result.written = ingest(items)
    except StoreError as exc:  # Neo4j away: nothing recorded, the items are read again next time
        result.error = str(exc)
        return result
    stored = {o.article for o in result.written if not isinstance(o, str)}
    result.failed = [i.message for i in items if isinstance(i, SourceFailure)]
    result.failed += [o for o in result.written if isinstance(o, str)]
    current = {key for key, _, _ in keyed}
    memory.items = {key: version for key, version in memory.items.items() if key in current}
    for (key, version, _), item in zip(todo, items, strict=True):
        # A written article is done; an item that gave none is reported once and asked again when it
        # changes; an article that failed extraction or writing is tried again next poll.
        if isinstance(item, SourceFailure) or str(item.iri) in stored:
            memory.items[key] = version
    memory.etag, memory.last_modified = fetched.etag, fetched.last_modified
    return result


def watch(
    urls: Sequence[str],
    every: float,
    settings: Settings,
    state: WatchState,
    ingest: Ingest,
    stop: threading.Event,
    report: Callable[[FeedPoll], None],
) -> int:
    """Poll ``urls`` every ``every`` seconds until ``stop`` is set; returns the number of polls made."""
    rounds = 0
    with http.new_client(settings) as client, item_page_reader(settings) as read_page:
        while not stop.is_set():
            for url in _until(stop, urls):
                report(poll_feed(url, state.feed(url), settings, client, read_page, ingest))
                state.save()
            rounds += 1
            stop.wait(every)
    return rounds


def _until(stop: threading.Event, urls: Sequence[str]) -> Iterator[str]:
    for url in urls:
        if stop.is_set():
            return
        yield url
