"""The SPARQL side of kg: an embedded pyoxigraph store mirroring Neo4j, one named graph per article.

``SparqlEngine`` (a killable child process owning the store) is what the API and CLI use;
``SparqlStore`` is the in-process store it runs. (pyoxigraph also reads and writes RDF files for
kg.graphstore: kg.rdfterms converts its terms.)
"""

from kg.sparqlstore.engine import SparqlEngine
from kg.sparqlstore.store import PREFIXES, QueryAnswer, SparqlStore

__all__ = ["PREFIXES", "QueryAnswer", "SparqlEngine", "SparqlStore"]
