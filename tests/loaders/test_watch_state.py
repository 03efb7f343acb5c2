"""kg watch's pure parts: the interval, the state file (round trip, atomic replace, a damaged file named)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import ConfigError
from loaders.sources.feeds import entry_key, entry_version, parse_feed
from loaders.watch import WatchState, parse_every


@pytest.mark.parametrize(
    ("text", "seconds"), [("15m", 900), ("30s", 30), ("1h", 3600), ("1.5m", 90), ("45", 45)]
)
def test_intervals(text: str, seconds: float) -> None:
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "0", "15 minutes", "-5m", "m"])
def test_a_bad_interval_is_named(text: str) -> None:
    with pytest.raises(ConfigError, match=f"--every {text!r} is no interval"):
        parse_every(text)


def test_state_round_trips_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "watch.json"
    state = WatchState(path)
    memory = state.feed("https://news.example/rss")
    memory.etag, memory.items = '"abc"', {"urn:1": "v1"}
    state.save()
    again = WatchState(path).feed("https://news.example/rss")
    assert (again.etag, again.last_modified, again.items) == ('"abc"', None, {"urn:1": "v1"})
    assert again.validators() == {"If-None-Match": '"abc"'}
    assert [p.name for p in path.parent.iterdir()] == ["watch.json"]


def test_a_damaged_state_file_is_named_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "watch.json"
    path.write_text('{"https://news.example/rss": {"etag": 1, "bogus": 2}}', encoding="utf-8")
    with pytest.raises(ConfigError, match=f"watch state {path}: unreadable .*move it away"):
        WatchState(path)


def test_items_are_known_by_guid_and_change_with_their_text() -> None:
    def feed(text: str) -> bytes:
        item = f"<item><guid>urn:1</guid><title>T</title><description>{text}</description></item>"
        return f'<rss version="2.0"><channel><title>W</title>{item}</channel></rss>'.encode()

    (before,), (after,) = parse_feed(feed("One."))[1], parse_feed(feed("Two."))[1]
    assert entry_key(before) == entry_key(after) == "urn:1"
    assert entry_version(before) != entry_version(after)
