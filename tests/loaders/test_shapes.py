"""Domain and range are enforced: every dataset `kg extract` writes for the news dev set conforms to the
SHACL shapes generated from the ontology (schema/shapes.ttl); a fact with ends of the wrong class does not."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import Graph, URIRef
from spacy.language import Language

from kg.ontology import SHAPES
from kg.rdf import to_dataset
from kg.settings import Settings
from kg.vocab import KG, RDF
from loaders.evaluation.news_articles import load_articles
from loaders.extract import extract_articles

DEV_IDS = Path(__file__).resolve().parents[2] / "eval" / "news" / "dev-ids.txt"


def _shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


def test_a_fact_with_ends_of_the_wrong_class_violates_the_shapes() -> None:
    data = Graph()
    city, person = URIRef("https://kg.example.org/id/City/x"), URIRef("https://kg.example.org/id/Person/y")
    data.add((city, RDF.type, KG.City))
    data.add((person, RDF.type, KG.Person))
    data.add((city, KG.worksFor, person))  # worksFor is Person -> Organization
    conforms, _, report = validate(data, shacl_graph=_shapes())
    assert not conforms
    assert "worksFor" in str(report)


@pytest.mark.slow
def test_every_dataset_kg_extract_writes_for_the_dev_set_conforms(nlp: Language) -> None:
    articles = load_articles(DEV_IDS.read_text().split())
    dataset = to_dataset(extract_articles(list(articles.values()), nlp, Settings()))
    for graph in dataset.graphs():
        if len(graph):
            conforms, _, report = validate(graph, shacl_graph=_shapes())
            assert conforms, f"{graph.identifier}:\n{report}"
