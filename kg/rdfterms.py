"""Terms between the two RDF libraries kg uses: rdflib (the model, the mapping) and pyoxigraph (the
SPARQL store, and fast exact parsing and writing of files).

Exact both ways, as kg.rdf makes terms: a plain string is an rdflib Literal without a datatype and a
pyoxigraph Literal typed xsd:string; every other literal keeps its lexical form and datatype.
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kg.errors import InvalidInputError
from kg.vocab import XSD


def from_oxigraph(term: object) -> Node:
    """A pyoxigraph term as the rdflib term kg.rdf would have made."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = URIRef(term.datatype.value)
        return Literal(term.value) if datatype == XSD.string else Literal(term.value, datatype=datatype)
    raise InvalidInputError(f"an RDF-star triple term ({term}) is not part of kg's RDF")


def to_oxigraph(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as pyoxigraph's, lexical form kept (rdflib's own writers round doubles)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise InvalidInputError(f"{term!r} is not an RDF term kg writes")
