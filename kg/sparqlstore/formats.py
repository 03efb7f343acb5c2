"""Media types the SPARQL endpoint offers, Accept negotiation, and SELECT/ASK result writers.

Pure functions over pyoxigraph terms; nothing here touches a store. The results writers are ours
(not pyoxigraph's) because the result cap needs the rows in hand before anything is written.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Final
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from kg.sparqlstore.errors import NotAcceptableError

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple

#: SELECT / ASK results, the server's preference first (the first is the default).
RESULTS_TYPES: Final = (
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
)
#: CONSTRUCT / DESCRIBE results.
GRAPH_TYPES: Final = ("text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml")
#: Dumps of the dataset (quad formats first) or of one article's graph.
DUMP_TYPES: Final = (
    "application/n-quads",
    "application/trig",
    "text/turtle",
    "application/n-triples",
    "application/ld+json",
)

RDF_FORMATS: Final = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
}
#: Short names for `kg sparql --format` and `?format=`.
FORMAT_NAMES: Final = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
    "nquads": "application/n-quads",
    "trig": "application/trig",
}
# Common synonyms clients send, mapped to the type we serve.
_ALIASES: Final = {
    "application/json": "application/sparql-results+json",
    "application/x-turtle": "text/turtle",
    "text/plain": "application/n-triples",
    "application/xml": "application/rdf+xml",
    "text/x-nquads": "application/n-quads",
}


def negotiate(accept: str | None, offered: Sequence[str]) -> str:
    """Pick the offered media type the Accept header likes best (ties: the server's order).

    Raises:
        NotAcceptableError: nothing offered is acceptable; the message lists what is.
    """
    if not accept or not accept.strip():
        return offered[0]
    best: tuple[float, int, str] | None = None
    for media_range, quality in _parse_accept(accept):
        for rank, media_type in enumerate(offered):
            if quality > 0 and _matches(media_range, media_type):
                candidate = (quality, -rank, media_type)
                best = candidate if best is None or candidate > best else best
    if best is None:
        raise NotAcceptableError(accept, offered)
    return best[2]


def _parse_accept(accept: str) -> list[tuple[str, float]]:
    ranges = []
    for part in accept.split(","):
        fields = [f.strip() for f in part.split(";")]
        quality = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        media = fields[0].lower()
        ranges.append((_ALIASES.get(media, media), quality))
    return ranges


def _matches(media_range: str, media_type: str) -> bool:
    if media_range in ("*/*", "*"):
        return True
    if media_range.endswith("/*"):
        return media_type.startswith(media_range[:-1])
    return media_range == media_type


def write_boolean(value: bool, media_type: str) -> bytes:
    """An ASK result in the chosen results format."""
    if media_type == "application/sparql-results+json":
        return json.dumps({"head": {}, "boolean": value}).encode()
    if media_type == "application/sparql-results+xml":
        return (
            f'<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
            f"<head/><boolean>{str(value).lower()}</boolean></sparql>\n"
        ).encode()
    # CSV/TSV have no boolean form in the spec; a one-cell table is what common stores send.
    return f"_askResult\n{str(value).lower()}\n".encode()


def write_solutions(
    variables: Sequence[str], rows: Sequence[Sequence[Term | None]], media_type: str
) -> bytes:
    """SELECT rows (one term or None per variable) in the chosen results format."""
    writer = {
        "application/sparql-results+json": _json_solutions,
        "application/sparql-results+xml": _xml_solutions,
        "text/csv": _csv_solutions,
        "text/tab-separated-values": _tsv_solutions,
    }[media_type]
    return writer(variables, rows)


def _json_term(term: Term) -> dict[str, object]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, object] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    return {
        "type": "triple",
        "value": {
            "subject": _json_term(term.subject),
            "predicate": _json_term(term.predicate),
            "object": _json_term(term.object),
        },
    }


def _json_solutions(variables: Sequence[str], rows: Sequence[Sequence[Term | None]]) -> bytes:
    bindings = [
        {v: _json_term(t) for v, t in zip(variables, row, strict=True) if t is not None} for row in rows
    ]
    return json.dumps(
        {"head": {"vars": list(variables)}, "results": {"bindings": bindings}}, ensure_ascii=False
    ).encode()


def _xml_term(term: Term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


def _xml_solutions(variables: Sequence[str], rows: Sequence[Sequence[Term | None]]) -> bytes:
    out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>']
    out += [f"<variable name={quoteattr(v)}/>" for v in variables]
    out.append("</head><results>")
    for row in rows:
        out.append("<result>")
        out += [
            f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
            for v, t in zip(variables, row, strict=True)
            if t is not None
        ]
        out.append("</result>")
    out.append("</results></sparql>\n")
    return "".join(out).encode()


def _csv_solutions(variables: Sequence[str], rows: Sequence[Sequence[Term | None]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(variables)
    for row in rows:
        writer.writerow(["" if t is None else _plain(t) for t in row])
    return buffer.getvalue().encode()


def _plain(term: Term) -> str:
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    if isinstance(term, ox.NamedNode | ox.Literal):
        return term.value
    return str(term)


def _tsv_solutions(variables: Sequence[str], rows: Sequence[Sequence[Term | None]]) -> bytes:
    # TSV writes terms in their N-Triples form, which is what str() of a pyoxigraph term gives.
    lines = ["\t".join("?" + v for v in variables)]
    lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode()
