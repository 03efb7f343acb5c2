"""kg/vocab.py and schema/ontology.ttl must declare exactly the same kg: terms."""

from __future__ import annotations

from rdflib import Graph, URIRef

from kg.vocab import ENTITY_CLASSES, FACT_PREDICATES, KG, ONTOLOGY_PATH, OWL, RDF


def _ontology() -> Graph:
    return Graph().parse(ONTOLOGY_PATH, format="turtle")


def _declared(graph: Graph) -> set[URIRef]:
    ns = str(KG)
    return {s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(ns)}


def test_every_vocab_term_is_declared_in_the_ontology_and_back() -> None:
    in_code = {KG[name] for name in KG.__annotations__}
    assert _declared(_ontology()) == in_code


def test_fact_predicates_are_object_properties_and_entity_classes_are_classes() -> None:
    graph = _ontology()
    assert all((p, RDF.type, OWL.ObjectProperty) in graph for p in FACT_PREDICATES)
    assert all((c, RDF.type, OWL.Class) in graph for c in ENTITY_CLASSES)


def test_a_misspelt_term_fails_loudly() -> None:
    import pytest

    with pytest.raises(AttributeError):
        _ = KG.memberof


def test_the_generated_table_and_vocabulary_page_are_current() -> None:
    from kg.ontology import SHAPES, TABLE_MODULE, VOCABULARY_DOC, generate

    for path, text in zip((TABLE_MODULE, VOCABULARY_DOC, SHAPES), generate(), strict=True):
        assert path.read_text(encoding="utf-8") == text, (
            f"{path} is stale: run .venv/bin/python -m kg.ontology"
        )
