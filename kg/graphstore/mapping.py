"""The RDF ↔ property-graph mapping of docs/data-model.md, used in both directions.

One article's named graph (as kg.rdf builds it) becomes an ``ArticleRows``: plain dicts grouped by
node label and relationship type, ready to be sent as ``UNWIND $rows`` parameters. ``Neo4jArticle``
rows read back from Neo4j become the same RDF again (``article_graph``).

The mapping is strict on purpose: a triple it cannot store losslessly is refused with an
``InvalidInputError`` naming the triple, instead of being silently dropped on the way in.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any, Final

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import InvalidInputError
from kg.iri import mint_open_predicate, open_phrase
from kg.model import ASSERTED, GEONAMES, MODALITIES, POLARITIES, STATED, states_fact
from kg.vocab import (
    ENTITY_CLASSES,
    FACT_PREDICATES,
    KG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    WD,
    XSD,
    local_name,
)

__all__ = [
    "ARTICLE_PROPERTIES",
    "EVIDENCE_DATES",
    "EVIDENCE_OFFSETS",
    "EVIDENCE_STRINGS",
    "EVIDENCE_VALUES",
    "GEO_PROPERTIES",
    "LABEL_OF_CLASS",
    "OPEN_TYPE",
    "PREDICATE_OF_TYPE",
    "TYPE_OF_PREDICATE",
    "ArticleRows",
    "article_rows",
    "class_of_label",
    "fact_key_of",
    "kg_term",
    "literal_from_value",
    "predicate_from",
    "relationship_type",
    "value_from_literal",
]


def relationship_type(predicate: URIRef) -> str:
    """UPPER_SNAKE_CASE of a predicate's local name: kg:seeksTalksWith -> SEEKS_TALKS_WITH."""
    name = local_name(predicate)
    return "".join("_" + c if c.isupper() else c.upper() for c in name)


#: The one reversible table between fact predicates and relationship types.
TYPE_OF_PREDICATE: Final[Mapping[URIRef, str]] = {p: relationship_type(p) for p in FACT_PREDICATES}
PREDICATE_OF_TYPE: Final[Mapping[str, URIRef]] = {t: p for p, t in TYPE_OF_PREDICATE.items()}
#: The one relationship type of open relations; its ``predicate`` property tells them apart.
OPEN_TYPE: Final = "RELATED_TO"
_OPEN_SLUG: Final = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
#: Ontology class -> node label (the class's local name); Resource is added to every node.
LABEL_OF_CLASS: Final[Mapping[URIRef, str]] = {c: local_name(c) for c in ENTITY_CLASSES}
_KG_TERMS: Final = frozenset(URIRef(str(KG) + n) for n in KG.__annotations__)
_CLASS_OF_LABEL: Final[Mapping[str, URIRef]] = {v: k for k, v in LABEL_OF_CLASS.items()}
# Terms looked up per triple, bound once: a namespace attribute costs a Python call each time.
_XSD_INTEGER: Final = XSD.integer
_TYPE: Final = RDF.type
_RDF_PREDICATE: Final = RDF.predicate
_WD_PREFIX: Final = str(WD)
#: What an entity's triple can be, by predicate (fact predicates are looked up separately).
_ENTITY_PREDICATES: Final[Mapping[URIRef, str]] = {
    RDF.type: "type", RDFS.label: "label", SKOS.altLabel: "alias", OWL.sameAs: "sameAs", KG.text: "text",
    SKOS.exactMatch: "geonames", SCHEMA.addressCountry: "country", SCHEMA.latitude: "latitude",
    SCHEMA.longitude: "longitude", SCHEMA.tickerSymbol: "ticker",
}  # fmt: skip
#: A place's GeoNames properties on MENTIONS and on its node (GeoNames id, country code, point).
GEO_PROPERTIES: Final = ("geonames", "country", "latitude", "longitude")

#: Article node property -> (RDF predicate, datatype of its literal; None for a plain string).
ARTICLE_PROPERTIES: Final[Mapping[str, tuple[URIRef, URIRef | None]]] = {
    "contentHash": (KG.contentHash, None),
    "text": (SCHEMA.articleBody, None),
    "title": (SCHEMA.headline, None),
    "url": (SCHEMA.url, XSD.anyURI),
    # No string type: an xsd:date or xsd:dateTime literal is stored as a Neo4j Date or DateTime, so that
    # every article's date is a temporal value (compare and sort them with compiler.time.chronological).
    "published": (SCHEMA.datePublished, None),
    "source": (SCHEMA.publisher, None),
    "language": (SCHEMA.inLanguage, None),
}
_ARTICLE_PROPERTY_OF: Final = {pred: name for name, (pred, _) in ARTICLE_PROPERTIES.items()}

#: Integer evidence properties, named as in the ontology (kg:sentenceStart -> sentenceStart).
EVIDENCE_OFFSETS: Final = (
    "sentenceStart",
    "subjectStart",
    "subjectEnd",
    "cueStart",
    "cueEnd",
    "objectStart",
    "objectEnd",
)
EVIDENCE_STRINGS: Final = ("sentence", "extractor", "polarity", "modality")
#: xsd:date evidence properties (Neo4j dates): the day the sentence dates its statement.
EVIDENCE_DATES: Final = ("eventDate",)
#: Evidence properties whose values the ontology lists; evidence without them is asserted and stated.
EVIDENCE_VALUES: Final[Mapping[str, tuple[str, ...]]] = {"polarity": POLARITIES, "modality": MODALITIES}


def kg_term(name: str) -> URIRef:
    """The kg: ontology term with this local name (checked against the vocabulary)."""
    term = URIRef(str(KG) + name)
    if term not in _KG_TERMS:
        raise InvalidInputError(f"{name!r} is not a term of the kg ontology")
    return term


def fact_key_of(predicate: Node) -> tuple[str, str] | None:
    """(relationship type, Evidence ``predicate`` value) of a fact predicate, or None for any other term.

    A vocabulary predicate gives its own type and local name (MEMBER_OF, memberOf); an open relation
    (https://kg.example.org/relation/award-contract-to) gives RELATED_TO and its slug.
    """
    if predicate in TYPE_OF_PREDICATE:
        return TYPE_OF_PREDICATE[predicate], local_name(predicate)  # type: ignore[index, arg-type]
    phrase = open_phrase(str(predicate)) if isinstance(predicate, URIRef) else None
    slug = str(predicate).rsplit("/", 1)[-1]
    return (OPEN_TYPE, slug) if phrase is not None and _OPEN_SLUG.match(slug) else None


def predicate_from(name: str, is_open: bool) -> URIRef:
    """The predicate IRI of an Evidence ``predicate`` value (inverse of :func:`fact_key_of`)."""
    return mint_open_predicate(name.replace("-", " ")) if is_open else kg_term(name)


def open_declaration(predicate: URIRef) -> set[tuple[Node, Node]]:
    """What an article's graph says of an open predicate: it refines kg:relatedTo, its phrase is its label."""
    return {(RDFS.subPropertyOf, KG.relatedTo), (RDFS.label, Literal(open_phrase(str(predicate)) or ""))}


def class_of_label(label: str) -> URIRef | None:
    """The ontology class of a node label, or None for Resource and unknown labels."""
    return _CLASS_OF_LABEL.get(label)


# --- literals ---------------------------------------------------------------------------------------


def value_from_literal(term: Node, where: str, string_type: URIRef | None = None) -> Any:
    """A Neo4j property value for an RDF literal, refusing any literal that would not come back equal.

    Plain strings stay strings, xsd:integer/double become int/float, xsd:date/dateTime become Neo4j
    temporal values. A string-valued property has one implied datatype (``string_type``: None for a
    plain literal, xsd:anyURI for schema:url); any other datatype or a language tag is refused.
    """
    if not isinstance(term, Literal):
        raise InvalidInputError(f"{where}: expected a literal, got {term!r}")
    if term.language:
        raise InvalidInputError(f"{where}: literal {term.n3()} has a language tag the mapping cannot keep")
    # Fast paths for the bulk of the data (names, sentences, offsets), equal to the general check:
    # a string with the property's own datatype, and an integer in canonical form, come back equal.
    datatype = term.datatype
    if datatype is string_type or (datatype is not None and datatype == string_type):
        return str(term)
    if datatype is not None and datatype == _XSD_INTEGER and not string_type:
        number = _canonical_int(str(term))
        if number is not None:
            return number
    value = _native(term, where)
    if literal_from_value(value, string_type) != term:
        raise InvalidInputError(
            f"{where}: literal {term.n3()} is not in canonical form or has an "
            "unexpected datatype, so it would not round-trip through Neo4j"
        )
    return value


def _canonical_int(lexical: str) -> int | None:
    try:
        number = int(lexical)
    except ValueError:
        return None
    return number if str(number) == lexical else None


def _native(term: Literal, where: str) -> Any:
    lexical, datatype = str(term), term.datatype
    try:
        if datatype in (None, XSD.string, XSD.anyURI):
            return lexical
        if datatype == XSD.integer:
            return int(lexical)
        if datatype == XSD.double:
            return float(lexical)
        if datatype == XSD.date:
            return date.fromisoformat(lexical)
        if datatype == XSD.dateTime:
            return _fixed_offset(datetime.fromisoformat(lexical))
    except ValueError as exc:
        raise InvalidInputError(f"{where}: literal {term.n3()} is not a valid {datatype}: {exc}") from exc
    raise InvalidInputError(f"{where}: literal datatype {datatype} is not supported by the mapping")


def _fixed_offset(value: datetime) -> datetime:
    # Neo4j keeps a named zone as a zone id; a fixed offset keeps isoformat() identical on the way back.
    offset = value.utcoffset()
    return value if offset is None else value.replace(tzinfo=timezone(offset))


def literal_from_value(value: Any, datatype: URIRef | None = None, lang: str | None = None) -> Literal:
    """The RDF literal for a property value read back from Neo4j (inverse of ``value_from_literal``)."""
    to_native = getattr(value, "to_native", None)
    if to_native is not None:  # neo4j.time.Date / DateTime
        value = to_native()
    if isinstance(value, datetime):
        return Literal(value.isoformat(), datatype=XSD.dateTime)
    if isinstance(value, date):
        return Literal(value.isoformat(), datatype=XSD.date)
    if isinstance(value, bool):
        raise InvalidInputError(f"boolean {value!r} has no place in the mapping")
    if isinstance(value, int):
        return Literal(str(value), datatype=XSD.integer)
    if isinstance(value, float):
        return Literal(value, datatype=XSD.double)
    return Literal(str(value), datatype=datatype, lang=lang)


# --- RDF -> rows --------------------------------------------------------------------------------------


@dataclass
class ArticleRows:
    """One article's graph as query parameters, grouped by label and relationship type."""

    article: dict[str, Any]
    entities: dict[str, list[str]] = field(default_factory=dict)  # label -> uris
    quotes: list[dict[str, Any]] = field(default_factory=list)  # uri, text, lang
    resources: list[str] = field(default_factory=list)  # IRIs named but not typed in this article
    mentions: list[dict[str, Any]] = field(default_factory=list)  # uri + MENTIONS properties
    evidence: list[dict[str, Any]] = field(default_factory=list)  # uri, s, o, reportedBy, props
    facts: dict[str, list[dict[str, str]]] = field(default_factory=dict)  # rel type -> [{s, o, predicate}]

    @property
    def uri(self) -> str:
        return str(self.article["uri"])


def article_rows(graph: Graph, article_iri: URIRef) -> ArticleRows:
    """Map one article's named graph (kg.rdf's shape) to rows; refuse anything the mapping would lose."""
    by_subject: dict[Node, list[tuple[Node, Node]]] = defaultdict(list)
    for s, p, o in graph:
        by_subject[s].append((p, o))
    if article_iri not in by_subject:
        raise InvalidInputError(f"article {article_iri}: its graph has no triples about the article")
    rows = ArticleRows(article=_article_props(article_iri, by_subject.pop(article_iri)))
    stated: set[tuple[str, str, str, str]] = set()
    for subject, pairs in by_subject.items():
        if not isinstance(subject, URIRef):
            raise InvalidInputError(f"article {article_iri}: blank node {subject!r} cannot be stored")
        kinds = {o for p, o in pairs if p == _TYPE}
        if fact_key_of(subject) is not None and not kinds:
            if set(pairs) != open_declaration(subject):
                what = f"article {article_iri}: open relation <{subject}>"
                raise InvalidInputError(f"{what} says more than its label and kg:relatedTo")
            continue  # derivable from its IRI: export writes it again
        if kinds == {KG.Evidence}:
            rows.evidence.append(_evidence_row(article_iri, subject, pairs))
        else:
            stated |= _entity(rows, article_iri, subject, kinds, pairs)
    _check_facts_have_evidence(rows, article_iri, stated)
    _add_untyped_resources(rows)
    return rows


def _article_props(iri: URIRef, pairs: list[tuple[Node, Node]]) -> dict[str, Any]:
    props: dict[str, Any] = {"uri": str(iri)}
    for p, o in pairs:
        if p == RDF.type and o == KG.Article:
            continue
        name = _ARTICLE_PROPERTY_OF.get(p)  # type: ignore[call-overload]
        if name is None or name in props:
            raise InvalidInputError(f"article {iri}: cannot store <{p}> {o.n3()} (unknown or repeated)")
        props[name] = value_from_literal(o, f"article {iri} <{p}>", ARTICLE_PROPERTIES[name][1])
    if "contentHash" not in props or "text" not in props:
        raise InvalidInputError(f"article {iri}: kg:contentHash and schema:articleBody are required")
    return props


def _entity(
    rows: ArticleRows, article: URIRef, iri: URIRef, kinds: set[Node], pairs: list[tuple[Node, Node]]
) -> set[tuple[str, str, str, str]]:
    """Record an entity's mention (when typed) and its facts; return the facts it states."""
    labels = [LABEL_OF_CLASS.get(k) for k in kinds]  # type: ignore[call-overload]
    if None in labels:
        raise InvalidInputError(f"article {article}: <{iri}> has a type outside the ontology: {kinds}")
    mention: dict[str, Any] = {"uri": str(iri)}
    aliases: list[str] = []
    tickers: list[str] = []
    facts: set[tuple[str, str, str, str]] = set()
    for p, o in pairs:
        kind = _ENTITY_PREDICATES.get(p)  # type: ignore[call-overload]
        if kind == "type":
            continue
        where = f"article {article}: <{iri}> <{p}>"
        key = fact_key_of(p)
        if key is not None and isinstance(o, URIRef):
            facts.add((key[0], str(iri), str(o), key[1]))
        elif kind == "label" and "name" not in mention:
            mention["name"] = value_from_literal(o, where)
        elif kind == "alias":
            aliases.append(value_from_literal(o, where))
        elif kind == "ticker":
            tickers.append(value_from_literal(o, where))
        elif (
            kind == "sameAs"
            and isinstance(o, URIRef)
            and o.startswith(_WD_PREFIX)
            and "wikidata" not in mention
        ):
            mention["wikidata"] = str(o)[len(_WD_PREFIX) :]
        elif kind == "geonames" and kind not in mention and (geonames := _geonames_id(o)) is not None:
            mention[kind] = geonames
        elif kind in GEO_PROPERTIES and kind not in mention and _geo_literal(kind, o):
            mention[kind] = value_from_literal(o, where)
        elif kind == "text" and labels == ["Quote"] and "name" not in mention and isinstance(o, Literal):
            mention["name"] = value_from_literal(Literal(str(o), datatype=o.datatype), where)
            if o.language:
                mention["lang"] = o.language
        else:
            raise InvalidInputError(f"{where} {o.n3()}: not storable by the mapping (unknown or repeated)")
    if labels:
        mention["aliases"] = sorted(aliases)
        if tickers:
            mention["tickers"] = sorted(tickers)
        rows.mentions.append(mention)
        for label in labels:
            rows.entities.setdefault(str(label), []).append(str(iri))
        if labels == ["Quote"]:
            rows.quotes.append({"uri": str(iri), "text": mention.get("name"), "lang": mention.get("lang")})
    elif len(pairs) != len(facts):
        raise InvalidInputError(f"article {article}: <{iri}> has labels or aliases but no ontology type")
    for rel, subject, obj, name in facts:
        rows.facts.setdefault(rel, []).append({"s": subject, "o": obj, "predicate": name})
    return facts


def _geonames_id(term: Node) -> int | None:
    """The id of a GeoNames IRI in its canonical form (https://sws.geonames.org/2643743/), else None."""
    digits = str(term)[len(GEONAMES) : -1]
    canonical = isinstance(term, URIRef) and str(term) == f"{GEONAMES}{digits}/"
    return int(digits) if canonical and digits.isdigit() and digits[0] != "0" else None


def _geo_literal(kind: str, term: Node) -> bool:
    """A country code is a plain literal, a coordinate an xsd:double (anything else is refused)."""
    wanted = None if kind == "country" else XSD.double
    return isinstance(term, Literal) and term.datatype == wanted and not term.language


_EVIDENCE_LINKS: Final = {RDF.subject: "s", RDF.object: "o", KG.reportedBy: "reportedBy"}
#: Evidence literal properties by predicate, named as in the ontology (kg:sentenceStart -> sentenceStart).
_EVIDENCE_PROPERTIES: Final = {
    kg_term(n): n for n in (*EVIDENCE_OFFSETS, *EVIDENCE_STRINGS, *EVIDENCE_DATES, "confidence")
}
_EVIDENCE_SKIPPED: Final = frozenset({RDF.type, PROV.wasDerivedFrom})


def _evidence_row(article: URIRef, iri: URIRef, pairs: list[tuple[Node, Node]]) -> dict[str, Any]:
    row: dict[str, Any] = {"uri": str(iri), "reportedBy": None}
    props: dict[str, Any] = {}
    for p, o in pairs:
        if p in _EVIDENCE_SKIPPED and (p == _TYPE or o == article):
            continue
        link = _EVIDENCE_LINKS.get(p)  # type: ignore[call-overload]
        name = _EVIDENCE_PROPERTIES.get(p)  # type: ignore[call-overload]
        if link is not None and isinstance(o, URIRef):
            row[link] = str(o)
        elif p == _RDF_PREDICATE and (key := fact_key_of(o)) is not None:
            props["predicate"] = key[1]
            if key[0] == OPEN_TYPE:
                props["open"] = True
        elif name is not None and name not in props:
            props[name] = value_from_literal(o, f"article {article}: evidence <{iri}> <{p}>")
        else:
            raise InvalidInputError(
                f"article {article}: evidence <{iri}> <{p}> {o.n3()}: not storable by the mapping"
            )
    if "s" not in row or "o" not in row or "predicate" not in props:
        raise InvalidInputError(f"article {article}: evidence <{iri}> lacks rdf:subject/predicate/object")
    for name, allowed in EVIDENCE_VALUES.items():
        if name in props and props[name] not in allowed:
            what = f"article {article}: evidence <{iri}> kg:{name} {props[name]!r}"
            raise InvalidInputError(f"{what} is none of {', '.join(allowed)}")
    row["props"] = props
    return row


def evidence_states_fact(props: Mapping[str, Any]) -> bool:
    """Whether stored Evidence properties make the fact (asserted, stated or reported), not only a claim."""
    return states_fact(props.get("polarity", ASSERTED), props.get("modality", STATED))


def evidence_fact_key(predicate: str, is_open: bool, s: str, o: str) -> tuple[str, str, str, str]:
    """The fact an Evidence supports: (relationship type, subject, object, Evidence predicate value)."""
    rel = OPEN_TYPE if is_open else relationship_type(kg_term(predicate))
    return rel, s, o, predicate


def _check_facts_have_evidence(
    rows: ArticleRows, article: URIRef, stated: set[tuple[str, str, str, str]]
) -> None:
    # A fact triple lives in Neo4j only through its evidence, so each must have some and vice versa
    # (a claim's evidence, negated or hedged, makes no triple).
    evidenced = {
        evidence_fact_key(e["props"]["predicate"], bool(e["props"].get("open")), e["s"], e["o"])
        for e in rows.evidence
        if evidence_states_fact(e["props"])
    }
    if stated != evidenced:
        missing = sorted(stated ^ evidenced)[:3]
        raise InvalidInputError(f"article {article}: facts and their evidence do not match: {missing}")
    for rel, pairs in rows.facts.items():
        rows.facts[rel] = [dict(t) for t in sorted({tuple(sorted(d.items())) for d in pairs})]


def _add_untyped_resources(rows: ArticleRows) -> None:
    typed = {m["uri"] for m in rows.mentions}
    named: set[str] = set()
    for e in rows.evidence:
        named.update(u for u in (e["s"], e["o"], e["reportedBy"]) if u is not None)
    rows.resources = sorted(named - typed)
