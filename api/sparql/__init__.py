"""The SPARQL side of the API: `/sparql` (SPARQL 1.1 Protocol, read-only) and `/rdf` dumps."""

from api.sparql.lifespan import neo4j_mirror, sparql_lifespan
from api.sparql.router import get_engine, router

__all__ = ["get_engine", "neo4j_mirror", "router", "sparql_lifespan"]
