"""Plain text and Markdown: YAML-style front matter, the headline, Markdown markup reduced to text."""

from __future__ import annotations

import re

from loaders.sources import text as hygiene
from loaders.sources.base import ArticleFields
from loaders.sources.dates import parse_published

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")
_TITLE_MAX = 200

# Markdown reduced to its words. Links keep their text, images go, emphasis and code marks go.
_MARKDOWN = (
    (re.compile(r"<!--.*?-->", re.DOTALL), ""),
    (re.compile(r"^```.*?$|^~~~.*?$", re.MULTILINE), ""),
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),
    (re.compile(r"^[ \t]{0,3}\[[^\]]+\]:[ \t]+\S+.*$", re.MULTILINE), ""),
    (re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", re.MULTILINE), ""),
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE), r"\1"),
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE), ""),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),
)
_MD_TITLE = re.compile(r"\A\s*#[ \t]+(.+?)[ \t]*#*[ \t]*(?:\n|\Z)")


def read_plain(text: str, *, markdown: bool) -> ArticleFields:
    """Fields of a plain-text or Markdown article from its decoded text.

    The title comes from front matter (``title:``), else a Markdown level-1 heading on the first line,
    else a first line that stands alone (a short single-line first paragraph followed by more text).
    Front matter may also give ``url``, ``published`` (or ``date``) and ``source``.
    """
    text = hygiene.normalise(text)
    meta, text = _front_matter(text)
    title = meta.get("title")
    if markdown:
        heading = _MD_TITLE.match(text)
        if heading and not title:
            title, text = heading.group(1), text[heading.end() :]
        text = _strip_markdown(text)
    parts = hygiene.blocks(text)
    if not title and len(parts) > 1 and "\n" not in parts[0].strip() and len(parts[0]) <= _TITLE_MAX:
        title, parts = parts[0], parts[1:]
    paras = [p for block in parts for p in hygiene.paragraphs(block)]
    fields = ArticleFields(body="\n\n".join(paras), title=hygiene.clean_title(title))
    fields.url = meta.get("url") or None
    fields.source = meta.get("source") or None
    fields.language = meta.get("language") or meta.get("lang") or None
    published = meta.get("published") or meta.get("date")
    if published:
        fields.published = parse_published(published, fields.notes)
    return fields


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    """Flat ``key: value`` front matter (the subset of YAML that articles use) and the rest of the text."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    meta: dict[str, str] = {}
    for line in match.group(1).split("\n"):
        pair = _FRONT_KEY.match(line)
        if pair:
            meta[pair.group(1).lower()] = _unquote(pair.group(2))
    return meta, text[match.end() :]


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def _strip_markdown(text: str) -> str:
    for pattern, replacement in _MARKDOWN:
        text = pattern.sub(replacement, text)
    return text
