"""The last step of every reader: hygiene, size cap, language check and IRI minting give a kg Article."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from kg.iri import content_hash, mint_article_iri
from kg.model import Article
from kg.settings import Settings
from loaders.language import detect_language
from loaders.sources import text as hygiene
from loaders.sources.base import ArticleFields, SourceError

log = logging.getLogger("loaders.sources")


def build_article(fields: ArticleFields, origin: str, settings: Settings) -> Article:
    """Turn what a reader found into an Article, or raise SourceError saying why it cannot be one.

    ``text`` is the title, a blank line, and the body's paragraphs separated by blank lines, so offsets
    into the text cover the headline too. Notes (encoding fallback, truncation) are logged as warnings
    naming ``origin``.

    Raises:
        SourceError: "empty ...", or "skipped: language ..." for a language not in ``settings.languages``.
    """
    title = hygiene.clean_title(fields.title)
    body = hygiene.normalise(fields.body)
    paras = hygiene.drop_furniture([p for block in hygiene.blocks(body) for p in hygiene.paragraphs(block)])
    if not paras:
        raise SourceError(_why_empty(body, title))
    text, note = hygiene.truncate(hygiene.compose(title, paras), settings.max_article_chars)
    if note:
        fields.notes.append(note)
    language = _language(text, fields.language, settings)
    url = _http_url(fields.url, fields.notes)
    for remark in fields.notes:
        log.warning("%s: %s", origin, remark)
    return Article(
        iri=mint_article_iri(url, text, fields.identifier, fields.source),
        text=text,
        content_hash=content_hash(text),
        title=title,
        url=url,
        published=fields.published,
        source=fields.source,
        language=language,
    )


def _http_url(url: str | None, notes: list[str]) -> str | None:
    """The article's URL when it is http(s); any other (javascript:, data:, file:...) is dropped with a
    note, so that no page showing the article can be made to link to script."""
    if url is None or urlsplit(url.strip()).scheme.lower() in ("http", "https"):
        return url
    notes.append(f"the URL {url[:80]!r} is not http(s) and was not kept")
    return None


def _why_empty(body: str, title: str | None) -> str:
    if body.strip():
        return "empty after removing page furniture (credits, share buttons, cookie notices, link lists)"
    return "empty (only a title, no text)" if title else "empty"


def _language(text: str, declared: str | None, settings: Settings) -> str | None:
    """The detected language (the document's own claim only when detection abstains), if supported."""
    detected = detect_language(text, settings.languages)
    # Documents declare regional tags ("en-GB"); the model list names plain languages.
    plain_declared = (declared or "").replace("_", "-").split("-")[0].lower() or None
    language = detected.language if detected else plain_declared
    if language and language not in settings.languages:
        supported = ", ".join(settings.languages)
        raise SourceError(
            f"skipped: language '{language}' is not supported by model '{settings.spacy_model}' "
            f"(KG_LANGUAGES allows: {supported})"
        )
    return language
