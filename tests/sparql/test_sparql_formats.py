"""Pure parts: Accept negotiation, the results writers, and what the read-only endpoint refuses."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from kg.sparqlstore.errors import NotAcceptableError, SparqlSyntaxError, UpdateRefusedError
from kg.sparqlstore.formats import GRAPH_TYPES, RESULTS_TYPES, negotiate, write_solutions
from kg.sparqlstore.store import check_query_text


@pytest.mark.parametrize(
    "accept,expected",
    [
        (None, "application/sparql-results+json"),
        ("*/*", "application/sparql-results+json"),
        ("text/csv", "text/csv"),
        ("text/*", "text/csv"),
        ("application/sparql-results+xml;q=0.9, text/tab-separated-values", "text/tab-separated-values"),
        ("application/json", "application/sparql-results+json"),
        ("text/csv;q=0, */*;q=0.1", "application/sparql-results+json"),
    ],
)
def test_negotiate_results(accept: str | None, expected: str) -> None:
    assert negotiate(accept, RESULTS_TYPES) == expected


def test_negotiate_refuses_listing_the_offer() -> None:
    with pytest.raises(NotAcceptableError) as caught:
        negotiate("image/png, text/html;q=0.5", GRAPH_TYPES)
    assert caught.value.offered == GRAPH_TYPES
    assert "image/png" in str(caught.value) and "text/turtle, application/n-triples" in str(caught.value)


def test_json_writer_types_every_term() -> None:
    row = [
        ox.NamedNode("https://e/x"),
        ox.Literal("Kyiv", language="en"),
        ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
        ox.BlankNode("b0"),
        None,
    ]
    body = json.loads(
        write_solutions(["i", "l", "n", "b", "unbound"], [row], "application/sparql-results+json")
    )
    binding = body["results"]["bindings"][0]
    assert binding["i"] == {"type": "uri", "value": "https://e/x"}
    assert binding["l"] == {"type": "literal", "value": "Kyiv", "xml:lang": "en"}
    assert binding["n"]["datatype"].endswith("#integer")
    assert binding["b"]["type"] == "bnode" and "unbound" not in binding


@pytest.mark.parametrize(
    "text,verb",
    [
        ("INSERT DATA { <a> <b> <c> }", "INSERT"),
        ("PREFIX x: <http://x/>\n# a comment\n delete where { ?s ?p ?o }", "DELETE"),
        ("BASE <http://x/> LOAD <http://example.org/data.ttl>", "LOAD"),
        ("WITH <http://g/> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "WITH"),
        ("DROP ALL", "DROP"),
        ("CLEAR DEFAULT", "CLEAR"),
    ],
)
def test_updates_are_refused(text: str, verb: str) -> None:
    with pytest.raises(UpdateRefusedError, match=f"read-only: {verb} "):
        check_query_text(text)


@pytest.mark.parametrize(
    "text",
    [
        'SELECT * WHERE { ?s ?p "insert data" }',
        "PREFIX drop: <http://x/drop#> SELECT ?delete WHERE { ?delete drop:x ?o }",
        "ASK { <http://x/insert> ?p ?o }",
        "# DELETE me\nSELECT * { ?s ?p ?o }",
    ],
)
def test_queries_mentioning_update_words_pass(text: str) -> None:
    check_query_text(text)


def test_service_and_empty_queries_are_refused() -> None:
    with pytest.raises(UpdateRefusedError, match="SERVICE"):
        check_query_text("SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    with pytest.raises(SparqlSyntaxError, match="empty"):
        check_query_text("  \n")
