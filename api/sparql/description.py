"""The SPARQL 1.1 Service Description returned by GET /sparql without a query."""

from __future__ import annotations

from rdflib import BNode, Graph, Namespace, URIRef
from rdflib.namespace import RDF

from kg.sparqlstore import PREFIXES

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
_SERIALIZER = {
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/ld+json": "json-ld",
    "application/rdf+xml": "xml",
}
_RESULT_FORMATS = (
    "SPARQL_Results_JSON",
    "SPARQL_Results_XML",
    "SPARQL_Results_CSV",
    "SPARQL_Results_TSV",
    "Turtle",
    "N-Triples",
    "JSON-LD",
    "RDF_XML",
)


#: The query the SPARQL page (YASGUI) opens with, below the preset prefixes.
EXAMPLE_QUERY = """# Who urges whom, most often first; GRAPH ?article names the article that says it.
SELECT ?who ?whom (COUNT(?ev) AS ?mentions) WHERE {
  GRAPH ?article {
    ?ev rdf:predicate kg:urges ; rdf:subject ?s ; rdf:object ?o .
    ?s rdfs:label ?who . ?o rdfs:label ?whom .
  }
}
GROUP BY ?who ?whom
ORDER BY DESC(?mentions)
LIMIT 10
"""


def service_description(endpoint: str, media_type: str) -> bytes:
    """Describe the endpoint: read-only SPARQL 1.1 Query, union default graph, result formats."""
    graph = Graph()
    graph.bind("sd", SD)
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    service, dataset, default = URIRef(endpoint), BNode(), BNode()
    graph.add((service, RDF.type, SD.Service))
    graph.add((service, SD.endpoint, service))
    graph.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    graph.add((service, SD.feature, SD.UnionDefaultGraph))
    for name in _RESULT_FORMATS:
        graph.add((service, SD.resultFormat, FORMATS[name]))
    graph.add((service, SD.defaultDataset, dataset))
    graph.add((dataset, RDF.type, SD.Dataset))
    graph.add((dataset, SD.defaultGraph, default))
    graph.add((default, RDF.type, SD.Graph))
    return graph.serialize(format=_SERIALIZER[media_type], encoding="utf-8")
