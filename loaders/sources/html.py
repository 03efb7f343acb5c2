"""HTML: a whole page through trafilatura (main text, title, date, site name), a feed item's fragment
through a small block-aware text collector."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import trafilatura

from loaders.sources import text as hygiene
from loaders.sources.base import ArticleFields, SourceError
from loaders.sources.dates import parse_published

_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_HTML_LANG = re.compile(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)
# A page whose longest paragraph is shorter than this has no article, only menus and link lists.
_MIN_PROSE_WORDS = 8


def html_charset(data: bytes) -> str | None:
    """The encoding a page declares in a ``<meta charset>`` near its top, if any."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def read_html_page(html: str, *, url: str | None = None) -> ArticleFields:
    """The article in a whole HTML page: its main text without navigation, ads and page furniture.

    Raises:
        SourceError: when the page holds no article text (only navigation or boilerplate).
    """
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    body = getattr(doc, "text", None) or ""
    # trafilatura gives one paragraph per line; the pipeline wants blank lines between paragraphs.
    paras = [p for line in hygiene.normalise(body).split("\n") for p in hygiene.paragraphs(line)]
    paras = hygiene.drop_furniture(paras)
    if not any(len(p.split()) >= _MIN_PROSE_WORDS for p in paras):
        raise SourceError(
            "no article text: the page has only navigation or boilerplate "
            f"(no paragraph of {_MIN_PROSE_WORDS} words or more)"
        )
    fields = ArticleFields(body="\n\n".join(paras), title=hygiene.clean_title(getattr(doc, "title", None)))
    fields.url = url or getattr(doc, "url", None) or None
    fields.source = getattr(doc, "sitename", None) or getattr(doc, "hostname", None) or None
    lang = _HTML_LANG.search(html[:4096])
    fields.language = lang.group(1).lower() if lang else None
    date_text = getattr(doc, "date", None)
    if date_text:
        fields.published = parse_published(str(date_text), fields.notes)
    return fields


class _TextCollector(HTMLParser):
    """Collects the text of an HTML fragment, starting a new paragraph at each block element."""

    _BLOCKS = frozenset(
        {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"}
        | {"section", "article", "header", "footer", "table", "tr"}
    )
    _SKIP = frozenset({"script", "style", "noscript", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data.replace("\n", " "))


def fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed item's content), paragraphs separated by blank lines."""
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    text = hygiene.normalise("".join(collector.parts))
    paras = [p for block in hygiene.blocks(text) for p in hygiene.paragraphs(block)]
    return "\n\n".join(hygiene.drop_furniture(paras))
