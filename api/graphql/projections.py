"""Cypher map projections shared by the query builders, so every query returns rows of one shape."""

from __future__ import annotations


def entity_map(var: str) -> str:
    """An entity node as a map; a Quote's words stand in for its name."""
    return (
        f"{{uri: {var}.uri, name: coalesce({var}.name, {var}.text), aliases: coalesce({var}.aliases, []), "
        f"types: labels({var}), wikidata: {var}.wikidata, "
        f"mentionCount: COUNT {{ ({var})<-[:MENTIONS]-(:Article) }}}}"
    )


def article_map(var: str) -> str:
    """An article node as a map (its body text included: the explorer highlights evidence in it)."""
    return (
        f"{{uri: {var}.uri, title: {var}.title, url: {var}.url, published: {var}.published, "
        f"source: {var}.source, language: {var}.language, text: {var}.text}}"
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
