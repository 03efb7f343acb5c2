"""Pure Cypher builders for writing a batch of articles (steps 2 and 3 of ``GraphWriter``); no I/O.

Step 1 (``queries.check_and_retract_query``) leaves only articles that are absent from the graph, so
this module may create what belongs to them (their Evidence and MENTIONS) without looking first, and
only merges what articles share: entities, untyped resources and fact relationships.

Support of a fact is kept incrementally for articles written here (the batch's own supporting
articles are added to ``articleCount`` and its dates folded into first/last), because recounting it
from every Evidence of a popular fact costs time that grows with the graph. Facts that a retracted
old version supported are recounted from their Evidence in step 3, which also overwrites any
increment step 2 made to them, so both ways give what docs/data-model.md defines. An entity's name
is likewise only recomputed from all its MENTIONS when the batch could change it (see
``refresh_batch_query``).

Labels and relationship types travel as row values, each checked against the ontology's tables
before the query is built (``$(row.label)``, ``$(row.type)``), so the text never changes and Neo4j
plans it once. ``CYPHER replan=skip`` keeps that plan while a bulk ingest grows the graph; every
lookup by IRI carries an index-seek hint so the plan stays local even when it was made on an empty
graph, where the planner otherwise picks scans that grow with the graph. A pattern between two
nodes that are already bound is hinted through a second seek of one end (``(s)-[r]->(x {uri})``),
which leaves the planner no choice but to expand from a node: planned on an empty graph, a bare
``MERGE (s)-[:$(t)]->(o)`` scanned every relationship in the database once per fact.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from kg.graphstore.mapping import GEO_PROPERTIES, LABEL_OF_CLASS, OPEN_TYPE, PREDICATE_OF_TYPE, ArticleRows
from kg.graphstore.queries import ARTICLE_SUPPORT, ENTITY_NAMES, FACT_EVIDENCE, TICKERS, Query

__all__ = ["FactKey", "MentionRow", "refresh_batch_query", "write_batch_query"]

FactKey = tuple[str, str, str, str]  # (relationship type, subject IRI, object IRI, Evidence predicate)
_LABELS: Final = frozenset(LABEL_OF_CLASS.values())


def _label(label: str) -> str:
    if label not in _LABELS:
        raise ValueError(f"{label!r} is not a node label of the ontology")
    return label


def _rel_type(rel_type: str) -> str:
    if rel_type not in PREDICATE_OF_TYPE and rel_type != OPEN_TYPE:
        raise ValueError(f"{rel_type!r} is not a relationship type of the ontology")
    return rel_type


def _fact_row(key: FactKey) -> dict[str, Any]:
    """A fact's identity as a row: an open relation is RELATED_TO with its own ``predicate``."""
    rel_type, s, o, predicate = key
    is_open = _rel_type(rel_type) == OPEN_TYPE
    marks = {"predicate": predicate, "label": predicate.replace("-", " ")} if is_open else {}
    return {"type": rel_type, "s": s, "o": o, "predicate": predicate, "open": is_open, "marks": marks}


# Step 2. Batch-wide rows ($entities, $quotes, $resources, $facts) are deduplicated in Python;
# per-article rows ($articles) carry what only that article has.
_WRITE_BATCH: Final = """CYPHER replan=skip
CALL () {
  UNWIND $articles AS art
  MERGE (a:Resource {uri: art.article.uri}) SET a:Article SET a += art.article
}
CALL () { UNWIND $entities AS row MERGE (n:Resource {uri: row.uri}) SET n:$(row.label) }
CALL () {
  UNWIND $quotes AS row
  MATCH (n:Resource {uri: row.uri}) USING INDEX SEEK n:Resource(uri)
  SET n.text = row.text, n.lang = row.lang
}
CALL () { UNWIND $resources AS uri MERGE (:Resource {uri: uri}) }
CALL () {
  UNWIND $articles AS art
  MATCH (a:Resource {uri: art.article.uri}) USING INDEX SEEK a:Resource(uri)
  UNWIND art.mentions AS row
  MATCH (n:Resource {uri: row.uri}) USING INDEX SEEK n:Resource(uri)
  CREATE (a)-[m:MENTIONS]->(n)
  SET m += row{.name, .aliases, .tickers, .wikidata, .lang, .geonames, .country, .latitude, .longitude}
}
CALL () {
  UNWIND $articles AS art
  MATCH (a:Resource {uri: art.article.uri}) USING INDEX SEEK a:Resource(uri)
  UNWIND art.evidence AS row
  MATCH (s:Resource {uri: row.s}), (o:Resource {uri: row.o})
  USING INDEX SEEK s:Resource(uri) USING INDEX SEEK o:Resource(uri)
  // The article was absent (step 1), and its evidence IRIs extend its own IRI: none exists yet.
  CREATE (e:Resource:Evidence {uri: row.uri})
  SET e += row.props
  CREATE (e)-[:SUBJECT]->(s), (e)-[:OBJECT]->(o), (e)-[:IN_ARTICLE]->(a)
  WITH e, row WHERE row.reportedBy IS NOT NULL
  MATCH (r:Resource {uri: row.reportedBy}) USING INDEX SEEK r:Resource(uri)
  CREATE (e)-[:REPORTED_BY]->(r)
}
CALL () {
  UNWIND $facts AS row
  MATCH (s:Resource {uri: row.s}), (o:Resource {uri: row.o})
  USING INDEX SEEK s:Resource(uri) USING INDEX SEEK o:Resource(uri)
  // A write lock on the subject (a no-op write) makes check-then-create atomic against another
  // writer adding the same fact, as MERGE's own locking would.
  SET s.uri = s.uri
  WITH s, o, row WHERE NOT EXISTS {
    MATCH (s)-[r]->(x:Resource {uri: row.o}) USING INDEX SEEK x:Resource(uri)
    WHERE type(r) = row.type AND (NOT row.open OR r.predicate = row.predicate)
  }
  CREATE (s)-[r:$(row.type)]->(o)
  SET r += row.marks
}
CALL () {
  UNWIND $facts AS row
  MATCH (s:Resource {uri: row.s})-[r]->(o:Resource {uri: row.o})
  USING INDEX SEEK s:Resource(uri) USING INDEX SEEK o:Resource(uri)
  WHERE type(r) = row.type AND (NOT row.open OR r.predicate = row.predicate)
  CALL (r, row) {
    // The earliest and latest of the stored bounds and the batch's dates, by calendar day first:
    // min() would order a date and a datetime by their types, not by time.
    UNWIND [r.firstPublished, r.lastPublished] + row.published AS published
    WITH published WHERE published IS NOT NULL
    WITH published ORDER BY date(published), published
    WITH collect(published) AS dates
    RETURN dates[0] AS first, dates[-1] AS last
  }
  SET r.articleCount = coalesce(r.articleCount, 0) + row.articles,
      r.firstPublished = first, r.lastPublished = last
}
"""

# Step 3: recount facts a retracted version supported, refresh names of entities the batch
# touched, delete what retracted versions left with nothing. Once per transaction.
_REFRESH_BATCH: Final = (
    """CYPHER replan=skip
CALL () {
  UNWIND $recount AS row
  MATCH (s:Resource {uri: row.s})-[r]->(o:Resource {uri: row.o})
  USING INDEX SEEK s:Resource(uri) USING INDEX SEEK o:Resource(uri)
  WHERE type(r) = row.type AND (NOT row.open OR r.predicate = row.predicate)
  CALL (s, o, row) {
    // No :Evidence label here on purpose: with it the planner may seek all evidence of the
    // predicate through its index, which grows with the graph; from s and o it stays local.
    MATCH (s)<-[:SUBJECT]-(e)-[:OBJECT]->(o)
    WHERE e.predicate = row.predicate AND """
    + FACT_EVIDENCE
    + """
    MATCH (e)-[:IN_ARTICLE]->(a:Article)
    """
    + ARTICLE_SUPPORT
    + """
  }
  SET r.articleCount = n, r.firstPublished = first, r.lastPublished = last
  WITH r, n WHERE n = 0
  DELETE r
}
CALL () {
  // Fast path: every name the batch gives equals the stored one, so that name only gains
  // articles and stays the most given; aliases, tickers and wikidata fold in the batch's own.
  UNWIND $mentioned AS row
  MATCH (n:Resource {uri: row.uri}) USING INDEX SEEK n:Resource(uri)
  WITH n, row WHERE NOT n:Quote AND n.name IS NOT NULL AND all(x IN row.names WHERE x = n.name)
  CALL (n, row) {
    UNWIND coalesce(n.aliases, []) + row.aliases AS alias
    WITH DISTINCT alias WHERE alias <> n.name
    ORDER BY alias
    RETURN collect(alias) AS aliases
  }
  CALL (n, row) {
    UNWIND coalesce(n.tickers, []) + row.tickers AS ticker
    WITH DISTINCT ticker ORDER BY ticker
    RETURN collect(ticker) AS tickers
  }
  CALL (n, row) {
    UNWIND [n.wikidata] + row.wikidata AS wikidata
    RETURN min(wikidata) AS wikidata
  }
  CALL (n, row) {
    // the place with the smallest GeoNames id, as ENTITY_NAMES picks it from all MENTIONS
    UNWIND [n {.geonames, .country, .latitude, .longitude}] + row.geo AS g
    WITH g WHERE g.geonames IS NOT NULL
    WITH g ORDER BY g.geonames
    RETURN head(collect(g)) AS geo
  }
  SET n.aliases = aliases, n.wikidata = wikidata, n.geonames = geo.geonames, n.country = geo.country,
      n.latitude = geo.latitude, n.longitude = geo.longitude, n.tickers = """
    + TICKERS
    + """
  RETURN collect(n.uri) AS fast
}
CALL (fast) {
  // Everything else is recomputed from all its MENTIONS.
  UNWIND $full + [row IN $mentioned WHERE NOT row.uri IN fast | row.uri] AS uri
"""
    + ENTITY_NAMES
    + """}
CALL () {
  UNWIND $orphans AS uri
  MATCH (n:Resource {uri: uri}) USING INDEX SEEK n:Resource(uri)
  WHERE NOT n:Article AND NOT EXISTS { (n)--() }
  DELETE n
}
"""
)


def write_batch_query(batch: Sequence[ArticleRows]) -> Query:
    """Step 2: write articles absent from the graph (distinct IRIs), with their entities and facts.

    Raises:
        ValueError: a label or relationship type is not the ontology's.
    """
    entities: dict[tuple[str, str], None] = {}
    quotes: dict[str, dict[str, Any]] = {}
    resources: dict[str, None] = {}
    for rows in batch:
        entities.update({(u, _label(label)): None for label, uris in rows.entities.items() for u in uris})
        quotes.update({quote["uri"]: quote for quote in rows.quotes})
        resources.update(dict.fromkeys(rows.resources))
    params = {
        "articles": [{"article": r.article, "mentions": r.mentions, "evidence": r.evidence} for r in batch],
        "entities": [{"uri": uri, "label": label} for uri, label in entities],
        "quotes": list(quotes.values()),
        "resources": list(resources),
        "facts": _fact_rows(batch),
    }
    return _WRITE_BATCH, params


def _fact_rows(batch: Sequence[ArticleRows]) -> list[dict[str, Any]]:
    """One row per distinct fact of the batch: how many of its articles support it, and their dates."""
    articles: dict[FactKey, int] = {}
    dates: dict[FactKey, list[Any]] = {}
    for rows in batch:
        published = rows.article.get("published")
        for rel_type, pairs in rows.facts.items():
            for pair in pairs:  # distinct within an article (mapping.article_rows)
                key = (rel_type, pair["s"], pair["o"], pair["predicate"])
                articles[key] = articles.get(key, 0) + 1
                dates.setdefault(key, []).extend(() if published is None else (published,))
    keys = sorted(articles)
    return [{**_fact_row(key), "articles": articles[key], "published": dates[key]} for key in keys]


@dataclass
class MentionRow:
    """What a batch's mentions give one entity: every name, alias, ticker and Wikidata QID."""

    uri: str
    names: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    tickers: set[str] = field(default_factory=set)
    wikidata: set[str] = field(default_factory=set)
    geo: set[tuple[Any, ...]] = field(default_factory=set)  # (geonames, country, latitude, longitude)

    def param(self) -> dict[str, Any]:
        return {
            "uri": self.uri, "names": sorted(self.names),
            "aliases": sorted(self.aliases | self.names), "tickers": sorted(self.tickers),
            "wikidata": sorted(self.wikidata),
            "geo": [dict(zip(GEO_PROPERTIES, g, strict=True)) for g in sorted(self.geo)],
        }  # fmt: skip


def mention_rows(batch: Sequence[ArticleRows], skip: set[str]) -> list[MentionRow]:
    """The batch's mentions of entities (quotes aside) gathered per entity, except ``skip``."""
    gathered: dict[str, MentionRow] = {}
    for rows in batch:
        quotes = {quote["uri"] for quote in rows.quotes}
        for mention in rows.mentions:
            uri = mention["uri"]
            if uri in skip or uri in quotes:
                continue
            row = gathered.setdefault(uri, MentionRow(uri))
            if mention.get("name") is not None:
                row.names.add(mention["name"])
            row.aliases.update(mention.get("aliases") or ())
            row.tickers.update(mention.get("tickers") or ())
            if mention.get("wikidata"):
                row.wikidata.add(mention["wikidata"])
            if mention.get("geonames") is not None:
                row.geo.add(tuple(mention.get(name) for name in GEO_PROPERTIES))
    return [gathered[uri] for uri in sorted(gathered)]


def refresh_batch_query(
    recount: Sequence[FactKey], full: Sequence[str], mentioned: Sequence[MentionRow], orphans: Sequence[str]
) -> Query:
    """Step 3: recount ``recount`` facts from their Evidence (deleting unsupported ones), recompute
    ``full`` entities' names from all their MENTIONS, fold ``mentioned`` into entities whose name
    they cannot change (recomputing the others), delete ``orphans`` that nothing refers to any more.
    """
    params = {
        "recount": [_fact_row(key) for key in sorted(recount)],
        "full": list(full),
        "mentioned": [m.param() for m in mentioned],
        "orphans": list(orphans),
    }
    return _REFRESH_BATCH, params
