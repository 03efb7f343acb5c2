"""JSON Lines: one article per line ({id, title, text, url, published, source}), read line by line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from kg.model import Article
from kg.settings import Settings
from loaders.sources.base import ArticleFields, SourceError, SourceFailure
from loaders.sources.build import build_article
from loaders.sources.dates import parse_published
from loaders.sources.text import decode

_OPTIONAL_TEXT = ("title", "url", "source", "published", "date", "language")
_SKIP_CHUNK = 1 << 16


def read_jsonl(stream: IO[bytes], origin: str, settings: Settings) -> Iterator[Article | SourceFailure]:
    """Articles of a JSON Lines stream; a bad line is a failure named ``origin:line`` and reading goes on.

    Memory stays bounded however large the file: one line at a time, each at most a few times
    ``max_article_chars`` bytes (a longer line is skipped as a failure without being held).
    """
    limit = 4 * settings.max_article_chars + _SKIP_CHUNK
    for number, line in enumerate(_lines(stream, limit), start=1):
        if line is not None and not line.strip():
            continue
        label = f"{origin}:{number}"
        try:
            if line is None:
                raise SourceError(f"line longer than {limit:,} bytes; skipped")
            fields, record_id = _fields(line)
            yield build_article(fields, label + (f" (id {record_id})" if record_id else ""), settings)
        except SourceError as err:
            yield SourceFailure(label, str(err))


def _lines(stream: IO[bytes], limit: int) -> Iterator[bytes | None]:
    """Each line's bytes, or None for a line over ``limit`` (whose rest is read past in chunks)."""
    while line := stream.readline(limit):
        if len(line) < limit or line.endswith(b"\n"):
            yield line
            continue
        while (rest := stream.readline(_SKIP_CHUNK)) and not rest.endswith(b"\n"):
            pass
        yield None


def _fields(line: bytes) -> tuple[ArticleFields, str | None]:
    """The article fields of one line and its id (for messages), or SourceError naming the problem."""
    text, note = decode(line.rstrip(b"\r\n"))
    try:
        record: Any = json.loads(text)
    except json.JSONDecodeError as err:
        raise SourceError(f"not valid JSON: {err.msg} (column {err.colno})") from err
    if not isinstance(record, dict):
        raise SourceError(f"expected a JSON object, got {type(record).__name__}")
    body = record.get("text")
    if not isinstance(body, str):
        raise SourceError("missing or non-string field 'text'")
    for key in _OPTIONAL_TEXT:
        if record.get(key) is not None and not isinstance(record[key], str):
            raise SourceError(f"field '{key}' must be a string, got {type(record[key]).__name__}")
    fields = ArticleFields(body=body, title=record.get("title"), url=record.get("url") or None)
    fields.source = record.get("source") or None
    fields.language = record.get("language") or None
    fields.identifier = str(record["id"]) if record.get("id") is not None else None
    fields.notes.extend([note] if note else [])
    published = record.get("published") or record.get("date")
    if published:
        fields.published = parse_published(published, fields.notes)
    return fields, fields.identifier
