"""Cypher map projections shared by the query builders, so every query returns rows of one shape."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True, slots=True)
class Parts:
    """Which optional parts of fact rows a query fetches (see lookahead.fact_parts): all of them,
    unless the selection is plain and leaves them out. The entity page asks for an end's name and an
    evidence's sentence and article title; the rest of those maps was most of what Neo4j read and
    shipped, and of what the driver unpacked, for such a page.
    """

    # Which of ENTITY_DETAILS a fact's subject and object carry: all (True), or those named.
    ends: frozenset[str] | Literal[True] = True
    evidence: bool = True  # an evidence's offsets, extractor and confidence
    article: bool = True  # url, published, source and language of an evidence's article
    reporter: bool = True  # the evidence's reporting source (an extra OPTIONAL MATCH)


ALL_PARTS = Parts()


def mention_count(var: str) -> str:
    """How many articles mention the entity ``var``.

    Only articles have MENTIONS (docs/data-model.md), so the other end needs no label: without one,
    Neo4j reads the node's stored degree (GetDegree, no expansion), instead of walking and filtering
    every mention of a hub (13,000 db hits for one "United Kingdom" facts page).
    """
    return f"COUNT {{ ({var})<-[:MENTIONS]-() }}"


#: The optional entries of an entity map, in their order there (GraphQL field names of Entity).
ENTITY_DETAILS = ("aliases", "types", "wikidata", "mentionCount")


def entity_map(var: str, details: bool | Collection[str] = True) -> str:
    """An entity node as a map; a Quote's words stand in for its name. Beside the IRI and the name,
    ``details`` says which of ``ENTITY_DETAILS`` it carries: all (True), none (False), or those named."""
    chosen = ENTITY_DETAILS if details is True else () if details is False else details
    values = {
        "aliases": f"coalesce({var}.aliases, [])",
        "types": f"labels({var})",
        "wikidata": f"{var}.wikidata",
        "mentionCount": mention_count(var),
    }
    more = "".join(f", {name}: {values[name]}" for name in ENTITY_DETAILS if name in chosen)
    return f"{{uri: {var}.uri, name: coalesce({var}.name, {var}.text){more}}}"


def article_map(var: str, text: bool = False, details: bool = True) -> str:
    """An article node as a map; its body ``text`` only when asked for. Without ``details``: only
    the IRI and the title.

    Lists of articles (an evidence page's, an entity's) leave the body out: it is kilobytes per
    article that Neo4j would read and ship for every row, and few queries select it there; when one
    does, ``Article.text`` loads it (batched per level).
    """
    if not details:
        return f"{{uri: {var}.uri, title: {var}.title}}"
    body = f", text: {var}.text" if text else ""
    return (
        f"{{uri: {var}.uri, title: {var}.title, url: {var}.url, published: {var}.published, "
        f"source: {var}.source, language: {var}.language{body}}}"
    )


def fact_map(rel: str, subject: str, obj: str, extra: str = "", ends: bool | Collection[str] = True) -> str:
    """A fact relationship with both ends and its support (plus ``extra`` entries, e.g. ``k: v``);
    ``ends``: which details the ends carry (``entity_map``)."""
    more = f", {extra}" if extra else ""
    return (
        f"{{subject: {entity_map(subject, ends)}, object: {entity_map(obj, ends)}, relType: type({rel}), "
        f"articleCount: {rel}.articleCount, firstPublished: {rel}.firstPublished, "
        f"lastPublished: {rel}.lastPublished{more}}}"
    )


def evidence_map(ev: str, article: str, reporter: str, parts: Parts = ALL_PARTS) -> str:
    """An evidence node with its article and (optional) reporting source, the ``parts`` asked for
    (``reporter`` bound only when ``parts.reporter``)."""
    details = (
        f"sentenceStart: {ev}.sentenceStart, subjectStart: {ev}.subjectStart, subjectEnd: {ev}.subjectEnd, "
        f"cueStart: {ev}.cueStart, cueEnd: {ev}.cueEnd, objectStart: {ev}.objectStart, "
        f"objectEnd: {ev}.objectEnd, extractor: {ev}.extractor, confidence: {ev}.confidence, "
        if parts.evidence
        else ""
    )
    reported = (
        f", reportedBy: CASE WHEN {reporter} IS NULL THEN null ELSE {entity_map(reporter)} END"
        if parts.reporter
        else ""
    )
    return (
        f"{{uri: {ev}.uri, predicate: {ev}.predicate, sentence: {ev}.sentence, {details}"
        f"article: {article_map(article, details=parts.article)}{reported}}}"
    )
