"""Write hand-made articles to the real Neo4j and read them back: the RDF must come back isomorphic."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import neo4j
import pytest
from rdflib import Dataset, Graph, Literal
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from storage_samples import BRI, CHINA, KIRBY, UKRAINE, dated, extraction, fact, snapshot, with_quote

from kg.graphstore.export import export_article, write_export
from kg.graphstore.writer import GraphWriter
from kg.iri import mint_open_predicate
from kg.model import ArticleExtraction
from kg.rdf import add_article, new_dataset, to_dataset
from kg.vocab import KG, RDFS, XSD

pytestmark = pytest.mark.neo4j


def assert_isomorphic(expected: Graph, actual: Graph) -> None:
    if not isomorphic(expected, actual):
        _, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
        pytest.fail(
            "graphs differ\nonly in kg.rdf:\n"
            + only_expected.serialize(format="nt")
            + "\nonly in export:\n"
            + only_actual.serialize(format="nt")
        )


def rdf_of(ext: ArticleExtraction) -> Graph:
    return add_article(new_dataset(), ext)


def counts(driver: neo4j.Driver) -> tuple[int, int]:
    records, _, _ = driver.execute_query(
        "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } "
        "RETURN nodes, rels"
    )
    return records[0]["nodes"], records[0]["rels"]


def test_article_round_trips_with_datatypes_languages_aliases_and_provenance(
    writer: GraphWriter, driver: neo4j.Driver
) -> None:
    ext = with_quote(extraction(), "something that could be seen as impartial")
    result = writer.ingest(ext)
    assert (result.status, result.entities, result.facts, result.evidence) == ("new", 6, 3, 3)
    exported = export_article(driver, ext.article.iri)
    assert exported is not None
    assert_isomorphic(rdf_of(ext), exported)


@pytest.mark.parametrize("published", [None, dated(22), dated(22).replace(tzinfo=None)])
def test_optional_and_temporal_article_fields_round_trip(
    writer: GraphWriter, driver: neo4j.Driver, published: Any
) -> None:
    ext = extraction(title=None, source=None, language=None, published=published)
    writer.ingest(ext)
    exported = export_article(driver, ext.article.iri)
    assert exported is not None
    assert_isomorphic(rdf_of(ext), exported)


def test_event_date_round_trips_as_xsd_date_and_a_neo4j_date(
    writer: GraphWriter, driver: neo4j.Driver
) -> None:
    dated_fact = fact(KIRBY, KG.urges, CHINA, 0, event_date=date(2026, 3, 18))
    ext = extraction(published=dated(22), facts=[dated_fact, fact(UKRAINE, KG.memberOf, BRI, 40)])
    writer.ingest(ext)
    records, _, _ = driver.execute_query(
        "MATCH (e:Evidence) RETURN e.eventDate AS d ORDER BY e.sentenceStart"
    )
    assert [r["d"] for r in records] == [neo4j.time.Date(2026, 3, 18), None]
    exported = export_article(driver, ext.article.iri)
    assert exported is not None
    assert list(exported.objects(None, KG.eventDate)) == [Literal("2026-03-18", datatype=XSD.date)]
    assert_isomorphic(rdf_of(ext), exported)


def test_same_article_twice_changes_nothing(writer: GraphWriter, driver: neo4j.Driver) -> None:
    ext = extraction()
    writer.ingest(ext)
    before = counts(driver)
    assert writer.ingest(ext).status == "unchanged"
    assert counts(driver) == before


def test_support_counts_articles_and_their_dates(writer: GraphWriter, driver: neo4j.Driver) -> None:
    for day in (20, 24, 22):
        writer.ingest(extraction(url=f"https://news.example/{day}", published=dated(day)))
    records, _, _ = driver.execute_query(
        "MATCH (:Resource {uri: $s})-[r:URGES]->(:Resource {uri: $o}) RETURN r", s=str(KIRBY), o=str(CHINA)
    )
    assert len(records) == 1
    support = records[0]["r"]
    assert support["articleCount"] == 3
    assert support["firstPublished"].to_native() == dated(20)
    assert support["lastPublished"].to_native() == dated(24)


def test_dates_with_and_without_a_time_of_day_are_stored_and_ordered_in_time(
    writer: GraphWriter, driver: neo4j.Driver
) -> None:
    # An article added with only a day (as the GraphQL mutation takes it) among date-times: Neo4j orders
    # a Date and a DateTime by type, so support bounds must be taken by calendar day.
    for url, published in (("21", date(2023, 3, 21)), ("20", dated(20)), ("25", date(2023, 3, 25))):
        writer.ingest(extraction(url=f"https://news.example/{url}", published=published))
    records, _, _ = driver.execute_query(
        "MATCH (a:Article) WITH a ORDER BY a.url RETURN collect(a.published) AS published"
    )
    stored = records[0]["published"]
    assert [type(v).__name__ for v in stored] == ["DateTime", "Date", "Date"]
    records, _, _ = driver.execute_query(
        "MATCH (:Resource {uri: $s})-[r:URGES]->(:Resource {uri: $o}) RETURN r", s=str(KIRBY), o=str(CHINA)
    )
    support = records[0]["r"]
    assert support["firstPublished"].to_native() == dated(20)
    assert support["lastPublished"].to_native() == date(2023, 3, 25)
    writer.delete_article(extraction(url="https://news.example/25").article.iri)
    records, _, _ = driver.execute_query(
        "MATCH (:Resource {uri: $s})-[r:URGES]->(:Resource {uri: $o}) RETURN r", s=str(KIRBY), o=str(CHINA)
    )
    assert records[0]["r"]["lastPublished"].to_native() == date(2023, 3, 21)


def test_changed_text_replaces_only_that_articles_facts(writer: GraphWriter, driver: neo4j.Driver) -> None:
    other = extraction(url="https://news.example/other")
    writer.ingest(other)
    first = extraction(text="Kirby said that China should act.")
    writer.ingest(first)
    changed = extraction(
        text="Kirby met China.", facts=[fact(KIRBY, KG.metWith, CHINA, 3)], entities=first.entities[:2]
    )
    result = writer.ingest(changed)
    assert result.status == "replaced"
    assert_isomorphic(rdf_of(changed), export_article(driver, changed.article.iri) or Graph())
    assert_isomorphic(rdf_of(other), export_article(driver, other.article.iri) or Graph())
    records, _, _ = driver.execute_query(
        "MATCH (:Resource {uri: $s})-[r:URGES]->() RETURN r.articleCount AS n", s=str(KIRBY)
    )
    assert [r["n"] for r in records] == [1]  # the other article still supports it, alone now


def test_delete_leaves_the_graph_as_if_never_ingested(writer: GraphWriter, driver: neo4j.Driver) -> None:
    keep = extraction(
        url="https://news.example/keep",
        facts=[fact(UKRAINE, KG.memberOf, BRI, 40)],
        entities=extraction().entities[2:4],
        published=dated(21),
    )
    writer.ingest(keep)
    baseline = snapshot(driver)
    gone = extraction(published=dated(25))
    writer.ingest(gone)
    assert snapshot(driver) != baseline
    result = writer.delete_article(gone.article.iri)
    assert (result.found, result.evidence, result.facts_removed) == (True, 2, 1)
    assert result.entities_removed == 3  # Kirby, China, Breitbart; Ukraine and BRI stay with `keep`
    assert snapshot(driver) == baseline
    assert writer.delete_article(gone.article.iri).found is False


@pytest.mark.parametrize("fmt", ["nquads", "trig", "jsonld"])
def test_dataset_export_parses_back_to_the_same_quads(
    writer: GraphWriter, driver: neo4j.Driver, fmt: str
) -> None:
    exts = [extraction(url=f"https://news.example/{i}", published=dated(10 + i)) for i in range(5)]
    for ext in exts:
        writer.ingest(ext)
    buffer = io.BytesIO()
    stats = write_export(driver, buffer, fmt, page_size=2)
    assert stats.articles == 5
    parsed = Dataset()
    parsed.parse(data=buffer.getvalue(), format={"jsonld": "json-ld"}.get(fmt, fmt))
    expected = to_dataset(exts)
    for ext in exts:
        assert_isomorphic(expected.graph(ext.article.iri), parsed.graph(ext.article.iri))


@pytest.mark.parametrize("fmt", ["turtle", "ntriples"])
def test_triple_export_is_the_union_of_the_articles(
    writer: GraphWriter, driver: neo4j.Driver, fmt: str
) -> None:
    exts = [extraction(url=f"https://news.example/{i}") for i in range(3)]
    for ext in exts:
        writer.ingest(ext)
    buffer = io.BytesIO()
    write_export(driver, buffer, fmt, page_size=2)
    union = Graph()
    for ext in exts:
        for triple in rdf_of(ext):
            union.add(triple)
    assert_isomorphic(union, Graph().parse(data=buffer.getvalue(), format={"ntriples": "nt"}.get(fmt, fmt)))


def test_a_batch_writes_each_article_wholly_and_splits_at_a_repeated_iri(
    writer: GraphWriter, driver: neo4j.Driver
) -> None:
    first = extraction(url="https://news.example/batch", text="Kirby said that China should act.")
    second = extraction(
        url="https://news.example/batch",
        text="Kirby met China.",
        facts=[fact(KIRBY, KG.metWith, CHINA, 3)],
        entities=first.entities[:2],
    )
    others = [extraction(url=f"https://news.example/b{i}", published=dated(10 + i)) for i in range(3)]
    results = writer.ingest_many([others[0], first, others[1], second, others[2], others[0]])
    assert [r.status for r in results] == ["new", "new", "new", "replaced", "new", "unchanged"]
    for ext in (*others, second):
        assert_isomorphic(rdf_of(ext), export_article(driver, ext.article.iri) or Graph())
    alone = snapshot(driver)
    writer.delete_article(second.article.iri)
    writer.ingest(second)
    assert snapshot(driver) == alone


def test_open_relations_round_trip_apart_by_phrase_and_go_with_their_evidence(
    writer: GraphWriter, driver: neo4j.Driver
) -> None:
    award, court = mint_open_predicate("award contract to"), mint_open_predicate("court")
    facts = [
        fact(CHINA, award, UKRAINE, 0),
        fact(CHINA, court, UKRAINE, 40),
        fact(CHINA, award, UKRAINE, 80),  # a second mention of the same open fact
        fact(KIRBY, KG.urges, CHINA, 120),
    ]
    ext = extraction(facts=facts)
    assert (writer.ingest(ext).facts, writer.ingest(ext).status) == (3, "unchanged")
    records, _, _ = driver.execute_query(
        "MATCH (:Country {name: 'China'})-[r:RELATED_TO]->(:Country {name: 'Ukraine'}) "
        "RETURN r.predicate AS p, r.label AS label, r.articleCount AS n ORDER BY p"
    )
    assert [(r["p"], r["label"], r["n"]) for r in records] == [
        ("award-contract-to", "award contract to", 1),
        ("court", "court", 1),
    ]
    exported = export_article(driver, ext.article.iri)
    assert exported is not None
    assert_isomorphic(rdf_of(ext), exported)
    assert (award, RDFS.subPropertyOf, KG.relatedTo) in exported
    writer.delete_article(str(ext.article.iri))
    records, _, _ = driver.execute_query("MATCH ()-[r:RELATED_TO]->() RETURN count(r) AS n")
    assert records[0]["n"] == 0
