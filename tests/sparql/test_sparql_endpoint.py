"""The endpoint over real HTTP, with real SPARQL clients (SPARQLWrapper, rdflib's SPARQLStore)."""

from __future__ import annotations

import csv
import io
import json

import httpx
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from sparql_reference import BRI, KIRBY, UKRAINE, reference_extraction
from SPARQLWrapper import JSON, SPARQLWrapper

from kg.vocab import KG, RDFS

REFERENCE = str(reference_extraction().article.iri)
MEMBER_QUERY = f"""
SELECT ?g ?sentence WHERE {{
  GRAPH ?g {{ <{UKRAINE}> kg:memberOf <{BRI}> .
             ?ev rdf:subject <{UKRAINE}> ; rdf:predicate kg:memberOf ; kg:sentence ?sentence }} }}
"""


def test_sparqlwrapper_finds_ukraine_member_of_bri_in_its_article(endpoint) -> None:
    client = SPARQLWrapper(endpoint.sparql)
    client.setQuery(MEMBER_QUERY)
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]  # type: ignore[index,call-overload]
    assert [r["g"]["value"] for r in rows] == [REFERENCE]
    assert rows[0]["sentence"]["value"].startswith("Ukraine is a member of China’s Belt and Road Initiative")


def test_rdflib_sparqlstore_queries_the_endpoint(endpoint) -> None:
    graph = Graph(store=SPARQLStore(endpoint.sparql, returnFormat="xml"))
    rows = list(graph.query(f"SELECT ?label WHERE {{ <{KIRBY}> <{RDFS.label}> ?label }}"))
    assert {str(r[0]) for r in rows} == {"John Kirby"}
    asked = graph.query(f"ASK {{ <{UKRAINE}> <{KG.memberOf}> <{BRI}> }}")
    assert asked.askAnswer is True


def test_construct_returns_turtle_that_rdflib_parses(endpoint) -> None:
    query = (
        "CONSTRUCT { ?s kg:memberOf ?o . ?o rdfs:label ?l } WHERE { ?s kg:memberOf ?o . ?o rdfs:label ?l }"
    )
    response = httpx.get(endpoint.sparql, params={"query": query}, headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/turtle")
    graph = Graph().parse(data=response.text, format="turtle")
    assert (URIRef(UKRAINE), KG.memberOf, URIRef(BRI)) in graph
    assert (URIRef(BRI), RDFS.label, Literal("Belt and Road Initiative")) in graph


@pytest.mark.parametrize(
    "accept,fmt",
    [("application/n-triples", "nt"), ("application/ld+json", "json-ld"), ("application/rdf+xml", "xml")],
)
def test_construct_in_every_graph_format(endpoint, accept: str, fmt: str) -> None:
    query = "CONSTRUCT WHERE { ?s kg:memberOf ?o }"
    response = httpx.get(endpoint.sparql, params={"query": query}, headers={"Accept": accept})
    assert response.headers["content-type"].startswith(accept)
    assert (URIRef(UKRAINE), KG.memberOf, URIRef(BRI)) in Graph().parse(data=response.text, format=fmt)


def test_ask_true_and_false(endpoint) -> None:
    for query, expected in (
        (f"ASK {{ <{UKRAINE}> kg:memberOf <{BRI}> }}", True),
        (f"ASK {{ <{BRI}> kg:memberOf <{UKRAINE}> }}", False),
    ):
        response = httpx.get(endpoint.sparql, params={"query": query})
        assert response.headers["content-type"].startswith("application/sparql-results+json")
        assert response.json()["boolean"] is expected


def test_graph_pattern_lists_the_articles(endpoint, reference_graphs) -> None:
    query = "SELECT DISTINCT ?g ?t WHERE { GRAPH ?g { ?g a kg:Article ; schema:headline ?t } } ORDER BY ?g"
    rows = httpx.get(endpoint.sparql, params={"query": query}).json()["results"]["bindings"]
    assert [r["g"]["value"] for r in rows] == sorted(iri for iri, _ in reference_graphs)


def test_post_form_and_direct_post(endpoint) -> None:
    query = f"SELECT ?o WHERE {{ <{UKRAINE}> kg:memberOf ?o }}"
    as_form = httpx.post(endpoint.sparql, data={"query": query})
    direct = httpx.post(
        endpoint.sparql, content=query.encode(), headers={"Content-Type": "application/sparql-query"}
    )
    for response in (as_form, direct):
        assert response.status_code == 200, response.text
        assert response.json()["results"]["bindings"][0]["o"]["value"] == str(BRI)


def test_results_in_xml_csv_and_tsv(endpoint) -> None:
    query = f"SELECT ?o ?label WHERE {{ <{UKRAINE}> kg:memberOf ?o . ?o rdfs:label ?label }}"
    xml = httpx.get(
        endpoint.sparql, params={"query": query}, headers={"Accept": "application/sparql-results+xml"}
    )
    assert xml.headers["content-type"].startswith("application/sparql-results+xml")
    assert f"<uri>{BRI}</uri>" in xml.text
    text_csv = httpx.get(endpoint.sparql, params={"query": query}, headers={"Accept": "text/csv"})
    assert list(csv.reader(io.StringIO(text_csv.text))) == [
        ["o", "label"],
        [str(BRI), "Belt and Road Initiative"],
    ]
    tsv = httpx.get(endpoint.sparql, params={"query": query}, headers={"Accept": "text/tab-separated-values"})
    assert tsv.text.splitlines() == ["?o\t?label", f'<{BRI}>\t"Belt and Road Initiative"']


def test_default_and_named_graph_uri_restrict_the_dataset(endpoint, reference_graphs) -> None:
    other = next(iri for iri, _ in reference_graphs if iri != REFERENCE)
    query = f"ASK {{ <{UKRAINE}> kg:memberOf <{BRI}> }}"
    only_other = httpx.get(endpoint.sparql, params={"query": query, "default-graph-uri": other})
    only_reference = httpx.get(endpoint.sparql, params={"query": query, "default-graph-uri": REFERENCE})
    assert (only_other.json()["boolean"], only_reference.json()["boolean"]) == (False, True)
    named = httpx.get(
        endpoint.sparql,
        params={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "named-graph-uri": other},
    )
    assert [r["g"]["value"] for r in named.json()["results"]["bindings"]] == [other]


def test_service_description_without_query(endpoint) -> None:
    response = httpx.get(endpoint.sparql, headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    graph = Graph().parse(data=response.text, format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    assert (URIRef(endpoint.sparql), URIRef(sd + "supportedLanguage"), URIRef(sd + "SPARQL11Query")) in graph


# --- bad input ---------------------------------------------------------------------------------


def test_syntax_error_is_400_with_the_parsers_message(endpoint) -> None:
    response = httpx.get(endpoint.sparql, params={"query": "SELECT * WHERE { ?s ?p }"})
    assert response.status_code == 400
    assert "SPARQL syntax error: error at 1:" in response.text
    assert "expected" in response.text


@pytest.mark.parametrize("send", ["query", "form-update", "sparql-update"])
def test_update_is_refused_and_changes_nothing(endpoint, send: str) -> None:
    before = endpoint.engine.counts()
    update = (
        f"DELETE WHERE {{ GRAPH ?g {{ <{UKRAINE}> ?p ?o }} }} ; INSERT DATA {{ <urn:x> <urn:y> <urn:z> }}"
    )
    if send == "query":
        response = httpx.get(endpoint.sparql, params={"query": update})
    elif send == "form-update":
        response = httpx.post(endpoint.sparql, data={"update": update})
    else:
        response = httpx.post(
            endpoint.sparql, content=update.encode(), headers={"Content-Type": "application/sparql-update"}
        )
    assert response.status_code == 403
    assert "read-only" in response.text
    assert endpoint.engine.counts() == before
    assert httpx.get(endpoint.sparql, params={"query": MEMBER_QUERY}).json()["results"]["bindings"]


def test_query_past_the_timeout_is_stopped_and_the_next_is_served(endpoint) -> None:
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    response = httpx.get(endpoint.sparql, params={"query": runaway}, timeout=60)
    assert response.status_code == 503
    assert "ran longer than 2 s (KG_SPARQL_TIMEOUT) and was stopped" in response.text
    following = httpx.get(endpoint.sparql, params={"query": MEMBER_QUERY})
    assert following.status_code == 200
    assert following.json()["results"]["bindings"][0]["g"]["value"] == REFERENCE


def test_unsupported_accept_is_406_listing_the_offered_types(endpoint) -> None:
    select = httpx.get(endpoint.sparql, params={"query": MEMBER_QUERY}, headers={"Accept": "image/png"})
    assert select.status_code == 406
    for offered in (
        "application/sparql-results+json",
        "application/sparql-results+xml",
        "text/csv",
        "text/tab-separated-values",
    ):
        assert offered in select.text
    construct = httpx.get(
        endpoint.sparql, params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"}, headers={"Accept": "text/csv"}
    )
    assert construct.status_code == 406
    assert "text/turtle" in construct.text and "application/rdf+xml" in construct.text


def test_result_cap_is_a_clear_error(endpoint) -> None:
    response = httpx.get(endpoint.sparql, params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert response.status_code == 400
    assert "more than 100 rows (KG_SPARQL_MAX_RESULTS)" in response.text


def test_service_clause_is_refused(endpoint) -> None:
    response = httpx.get(
        endpoint.sparql, params={"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }"}
    )
    assert response.status_code == 403
    assert "SERVICE" in response.text


# --- dumps ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "accept,fmt",
    [("application/n-quads", "nquads"), ("application/trig", "trig"), ("application/ld+json", "json-ld")],
)
def test_dataset_dump_keeps_one_graph_per_article(endpoint, reference_graphs, accept: str, fmt: str) -> None:
    response = httpx.get(endpoint.base + "/rdf", headers={"Accept": accept})
    assert response.status_code == 200 and response.headers["content-type"].startswith(accept)
    dataset = Dataset()
    dataset.parse(data=response.content, format=fmt)
    for iri, graph in reference_graphs:
        assert len(dataset.graph(URIRef(iri))) == len(graph)


@pytest.mark.parametrize("name,fmt", [("turtle", "turtle"), ("ntriples", "nt")])
def test_dataset_dump_in_triple_formats_is_the_union(endpoint, reference_graphs, name: str, fmt: str) -> None:
    response = httpx.get(endpoint.base + "/rdf", params={"format": name})
    union = Graph()
    for _, graph in reference_graphs:
        union += graph
    assert len(Graph().parse(data=response.text, format=fmt)) == len(union)


def test_one_article_graph_and_unknown_graph(endpoint, reference_graphs) -> None:
    iri, graph = reference_graphs[0]
    response = httpx.get(endpoint.base + "/rdf", params={"graph": iri}, headers={"Accept": "text/turtle"})
    parsed = Graph().parse(data=response.text, format="turtle")
    assert isomorphic(parsed, graph)
    missing = httpx.get(endpoint.base + "/rdf", params={"graph": "https://kg.example.org/article/nope"})
    assert missing.status_code == 404 and "no article graph named" in missing.text
    bad = httpx.get(endpoint.base + "/rdf", params={"format": "pdf"})
    assert bad.status_code == 400 and "nquads" in bad.text


def test_json_results_are_valid_json_for_unicode(endpoint) -> None:
    body = httpx.get(endpoint.sparql, params={"query": MEMBER_QUERY}).content
    assert "China’s" in json.loads(body)["results"]["bindings"][0]["sentence"]["value"]
