"""RSS and Atom feeds (feedparser): each item is an article; an item with only a link is fetched.

An item's link comes from whoever wrote the feed, so it is fetched as a link (``fetch_fields``), which by
default may not reach non-public addresses (KG_FETCH_PRIVATE_LINKS), whatever the feed itself was.
"""

from __future__ import annotations

import hashlib
import io
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

import feedparser

from kg.model import Article
from kg.settings import Settings
from loaders.sources.base import ArticleFields, SourceError, SourceFailure
from loaders.sources.build import build_article
from loaders.sources.html import fragment_to_text

FetchFields = Callable[[str], ArticleFields]


def read_feed(
    data: bytes, origin: str, settings: Settings, fetch_fields: FetchFields
) -> Iterator[Article | SourceFailure]:
    """Articles of a feed document, one per item; a broken item is a failure and the rest go on.

    Raises:
        SourceError: when the document is not a feed at all (no items and a parse error, or no items).
    """
    channel, entries = parse_feed(data)
    yield from read_entries(entries, channel, origin, settings, fetch_fields)


def parse_feed(data: bytes) -> tuple[Any, list[Any]]:
    """(channel, items) of a feed document.

    Raises:
        SourceError: when the document is not a feed at all (no items and a parse error, or no items).
    """
    # A stream, never the bytes themselves: feedparser takes a str or bytes argument for a file name or
    # a URL when one exists, so a body of "/etc/passwd" or "http://10.0.0.1/" would be read from there.
    parsed: Any = feedparser.parse(io.BytesIO(data))
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception")
        raise SourceError(f"not a readable RSS/Atom feed: {problem}" if problem else "feed has no items")
    return parsed.get("feed") or {}, list(entries)


def read_entries(
    entries: Sequence[Any], channel: Any, origin: str, settings: Settings, fetch_fields: FetchFields
) -> Iterator[Article | SourceFailure]:
    """One Article or SourceFailure per item, in order (items numbered as in ``entries``)."""
    for number, entry in enumerate(entries, start=1):
        label = f"{origin} item {number}" + (f" ({entry.get('link')})" if entry.get("link") else "")
        try:
            fields = _item_fields(entry, channel, fetch_fields)
            yield build_article(fields, label, settings)
        except SourceError as err:
            yield SourceFailure(label, str(err))


def entry_key(entry: Any) -> str:
    """An item's identity across polls: its id (RSS guid, Atom id), else its link, else its title and text."""
    found = entry.get("id") or entry.get("link")
    return str(found) if found else "sha256:" + _digest(entry.get("title"), entry.get("summary"))


def entry_version(entry: Any) -> str:
    """A digest of what an item says (title, text, update stamp): a changed item has another version."""
    parts = [entry.get("title"), entry.get("summary"), entry.get("updated"), entry.get("published")]
    parts += [part.get("value") for part in entry.get("content") or []]
    return _digest(*parts)


def _digest(*parts: object) -> str:
    joined = "\x1f".join("" if part is None else str(part) for part in parts)
    return hashlib.sha256(joined.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _item_fields(entry: Any, channel: Any, fetch_fields: FetchFields) -> ArticleFields:
    body = _item_text(entry)
    link = entry.get("link") or None
    if body:
        fields = ArticleFields(body=body, url=link)
    elif link:
        fields = fetch_fields(link)
    else:
        raise SourceError("no content: the item has neither text nor a link")
    # Fill what the page itself did not say from the item and the channel.
    fields.title = fields.title or _title(entry)
    fields.published = fields.published or _published(entry)
    fields.source = fields.source or channel.get("title") or None
    fields.language = fields.language or channel.get("language") or None
    return fields


def _item_text(entry: Any) -> str:
    """The item's full content when it has one, else its summary, as plain text."""
    for part in entry.get("content") or []:
        text = _as_text(part.get("value", ""), part.get("type", ""))
        if text:
            return text
    detail = entry.get("summary_detail") or {}
    return _as_text(entry.get("summary", ""), detail.get("type", "text/html"))


def _as_text(value: str | None, media_type: str | None) -> str:
    # feedparser gives None for elements present but empty in a damaged feed.
    if not value or not value.strip():
        return ""
    media_type = media_type or "text/html"
    return fragment_to_text(value) if "html" in media_type else value.strip()


def _title(entry: Any) -> str | None:
    title = entry.get("title")
    if not title:
        return None
    detail = entry.get("title_detail") or {}
    return _as_text(title, detail.get("type", "text/plain")) or None


def _published(entry: Any) -> datetime | None:
    # feedparser normalises every date format it knows to a UTC struct_time.
    stamp: time.struct_time | None = entry.get("published_parsed") or entry.get("updated_parsed")
    return datetime(*stamp[:6], tzinfo=UTC) if stamp else None
