"""Cypher map projections shared by the query builders, so every query returns rows of one shape."""

from __future__ import annotations


def mention_count(var: str) -> str:
    """How many articles mention the entity ``var``.

    Only articles have MENTIONS (docs/data-model.md), so the other end needs no label: without one,
    Neo4j reads the node's stored degree (GetDegree, no expansion), instead of walking and filtering
    every mention of a hub (13,000 db hits for one "United Kingdom" facts page).
    """
    return f"COUNT {{ ({var})<-[:MENTIONS]-() }}"


def entity_map(var: str) -> str:
    """An entity node as a map; a Quote's words stand in for its name."""
    return (
        f"{{uri: {var}.uri, name: coalesce({var}.name, {var}.text), aliases: coalesce({var}.aliases, []), "
        f"types: labels({var}), wikidata: {var}.wikidata, "
        f"mentionCount: {mention_count(var)}}}"
    )


def article_map(var: str, text: bool = False) -> str:
    """An article node as a map; its body ``text`` only when asked for.

    Lists of articles (an evidence page's, an entity's) leave the body out: it is kilobytes per
    article that Neo4j would read and ship for every row, and few queries select it there; when one
    does, ``Article.text`` loads it (batched per level).
    """
    body = f", text: {var}.text" if text else ""
    return (
        f"{{uri: {var}.uri, title: {var}.title, url: {var}.url, published: {var}.published, "
        f"source: {var}.source, language: {var}.language{body}}}"
    )


def fact_map(rel: str, subject: str, obj: str, extra: str = "") -> str:
    """A fact relationship with both ends and its support (plus ``extra`` entries, e.g. ``k: v``)."""
    more = f", {extra}" if extra else ""
    return (
        f"{{subject: {entity_map(subject)}, object: {entity_map(obj)}, relType: type({rel}), "
        f"articleCount: {rel}.articleCount, firstPublished: {rel}.firstPublished, "
        f"lastPublished: {rel}.lastPublished{more}}}"
    )


def evidence_map(ev: str, article: str, reporter: str) -> str:
    """An evidence node with its article and (optional) reporting source."""
    return (
        f"{{uri: {ev}.uri, predicate: {ev}.predicate, sentence: {ev}.sentence, "
        f"sentenceStart: {ev}.sentenceStart, subjectStart: {ev}.subjectStart, subjectEnd: {ev}.subjectEnd, "
        f"cueStart: {ev}.cueStart, cueEnd: {ev}.cueEnd, objectStart: {ev}.objectStart, "
        f"objectEnd: {ev}.objectEnd, extractor: {ev}.extractor, confidence: {ev}.confidence, "
        f"article: {article_map(article)}, "
        f"reportedBy: CASE WHEN {reporter} IS NULL THEN null ELSE {entity_map(reporter)} END}}"
    )
