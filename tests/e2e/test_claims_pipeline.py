"""A contradiction across two articles, through the real pipeline and the real Neo4j: the reference article
says (according to Breitbart) that Xi has not communicated with Zelenskyy; a second article, of our own
words, says that they spoke."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import neo4j
import pytest

from api.app import create_app
from kg.graphstore.schema import apply_schema
from kg.graphstore.writer import GraphWriter
from kg.iri import content_hash, mint_article_iri, mint_entity_iri
from kg.model import Article
from kg.settings import Settings
from kg.vocab import KG
from loaders.ingest import pipeline_extractor
from loaders.sources import read_sources
from testkit.served import CONTRADICTIONS, ask_graphql

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "data" / "seed" / "xi-zelenskyy-kirby.txt"
SPOKE = "Chinese President Xi Jinping spoke with Ukrainian President Volodymyr Zelenskyy on Wednesday."


def test_a_fact_asserted_in_one_article_and_negated_in_another_is_a_contradiction(
    empty_graph: neo4j.Driver,
) -> None:
    if not REFERENCE.exists():
        pytest.skip(f"{REFERENCE} is not here")
    (reference,) = read_sources([str(REFERENCE)], Settings())
    url = "https://news.example/xi-zelenskyy-call"
    spoke = Article(
        mint_article_iri(url, SPOKE), SPOKE, content_hash(SPOKE), url=url, published=date(2023, 4, 26)
    )
    assert isinstance(reference, Article)
    apply_schema(empty_graph)
    GraphWriter(empty_graph).ingest_many(list(pipeline_extractor(Settings())([reference, spoke])))

    xi = mint_entity_iri(KG.Person, "Xi Jinping")
    found = ask_graphql(create_app(Settings()), CONTRADICTIONS, id=str(xi))["entity"]["contradictions"]
    zelenskyy = str(mint_entity_iri(KG.Person, "Volodymyr Zelenskyy"))
    ends = lambda c: (c["subject"]["id"], c["object"]["id"])  # noqa: E731
    (meeting,) = [c for c in found if c["predicate"] == "metWith" and zelenskyy in ends(c)]
    assert [e["article"]["id"] for e in meeting["asserted"]] == [str(spoke.iri)]
    assert [(e["article"]["id"], e["modality"]) for e in meeting["negated"]] == [
        (str(reference.iri), "stated")
    ]
    assert meeting["negated"][0]["reportedBy"]["id"] == str(mint_entity_iri(KG.Organization, "Breitbart"))
    assert "has not communicated with" in meeting["negated"][0]["sentence"]
    records, _, _ = empty_graph.execute_query(
        "MATCH (:Resource {uri: $s})-[r:MET_WITH]-(:Resource {uri: $o}) RETURN r.articleCount AS n",
        s=str(xi),
        o=zelenskyy,
    )
    assert [r["n"] for r in records] == [1]  # the fact readers see rests on the asserting article alone
