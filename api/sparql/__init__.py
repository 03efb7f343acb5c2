"""The SPARQL side of the API: `/sparql` (SPARQL 1.1 Protocol, read-only) and `/rdf` dumps."""

from api.sparql.gate import serve_engine
from api.sparql.lifespan import neo4j_mirror, sparql_lifespan
from api.sparql.router import router

__all__ = ["neo4j_mirror", "router", "serve_engine", "sparql_lifespan"]
