"""Article sources: files, directories, standard input and http(s) URLs in; kg Articles out.

    from loaders.sources import read_sources, SourceFailure

    for item in read_sources(["samples/", "https://example.org/feed.xml", "-"], settings):
        if isinstance(item, SourceFailure):
            print("skipped", item.message)      # "feed.xml item 3: no content: ..."
        else:
            extract(item)                       # a kg.model.Article

Inputs: a path (format from its extension, else sniffed from its first bytes), a directory (recursed,
files picked by extension, hidden ones skipped, in sorted order), ``-`` for standard input (sniffed), or
an http(s) URL (format from the Content-Type, sniffed when generic).

Formats:
    .txt .text          plain text; the title is a short first line standing alone, or front matter
    .md .markdown       Markdown; title from front matter (title/url/published/source) or a ``# heading``
    .html .htm .xhtml   a page; main text by trafilatura, without navigation and page furniture
    .jsonl .ndjson      one article per line: {id, title, text, url, published, source}
    .xml .rss .atom     an RSS/Atom feed: one article per item; an item with only a link is fetched

Every Article's ``text`` is its title, a blank line, then the body's paragraphs separated by blank
lines (NFC, ``\\n`` newlines, hard-wrapped lines joined); page furniture such as "Credit: ...", share
buttons, cookie notices and a trailing "Recommended For You" list is dropped, in every format. The IRI
comes from the URL when there is one, else from the source's id (JSONL `id`), else from the text
(kg.iri.mint_article_iri).

Every input, feed item or JSONL line that gives no article yields a SourceFailure(input, reason)
instead; the others are still read. Reasons include "empty", "binary file ...", "skipped: language
'de' is not supported by model ...", "timed out ...", "too large ...", "redirect loop ...",
"unsupported URL scheme ...", "no article text ..." and "file.jsonl:12: not valid JSON ...".
Repairs that keep the article (a legacy encoding decoded as cp1252, text truncated to
``max_article_chars``, an unreadable date) are logged as warnings on the "loaders.sources" logger.

Settings used: ``languages``, ``max_article_chars``, ``fetch_timeout``, ``fetch_max_bytes``,
``fetch_max_redirects``, ``spacy_model`` (named in the language message).
"""

from __future__ import annotations

from loaders.sources.base import SourceError, SourceFailure
from loaders.sources.inputs import EXTENSIONS, read_sources, sniff

__all__ = ["EXTENSIONS", "SourceError", "SourceFailure", "read_sources", "sniff"]
