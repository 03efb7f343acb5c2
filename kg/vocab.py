"""The project's vocabulary as typed terms, so a misspelt term fails at import, not in the data.

schema/ontology.ttl is the source of truth; tests/test_vocab.py checks that every term here is
declared there and the other way round.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

__all__ = [
    "BASE",
    "DCTERMS",
    "ENTITY_CLASSES",
    "FACT_PREDICATES",
    "KG",
    "ONTOLOGY_PATH",
    "OWL",
    "PROV",
    "RDF",
    "RDFS",
    "SCHEMA",
    "SKOS",
    "SYMMETRIC_PREDICATES",
    "WD",
    "XSD",
]

BASE: Final = "https://kg.example.org/"
ONTOLOGY_PATH: Final = Path(__file__).resolve().parent.parent / "schema" / "ontology.ttl"
SCHEMA: Final = Namespace("https://schema.org/")
WD: Final = Namespace("http://www.wikidata.org/entity/")


class KG(DefinedNamespace):
    """Terms of https://kg.example.org/ontology# (prefix ``kg:``)."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes
    Agent: URIRef
    Place: URIRef
    Person: URIRef
    Organization: URIRef
    Country: URIRef
    City: URIRef
    Location: URIRef
    Event: URIRef
    Position: URIRef
    Quote: URIRef
    Article: URIRef
    Evidence: URIRef
    # fact predicates
    memberOf: URIRef
    leaderOf: URIRef
    worksFor: URIRef
    holdsPosition: URIRef
    citizenOf: URIRef
    livesIn: URIRef
    locatedIn: URIRef
    basedIn: URIRef
    ownedBy: URIRef
    ledBy: URIRef
    alliedWith: URIRef
    urges: URIRef
    metWith: URIRef
    seeksTalksWith: URIRef
    visited: URIRef
    departedFrom: URIRef
    accuses: URIRef
    criticizes: URIRef
    invaded: URIRef
    killed: URIRef
    says: URIRef
    # attributes
    text: URIRef
    contentHash: URIRef
    sentence: URIRef
    sentenceStart: URIRef
    subjectStart: URIRef
    subjectEnd: URIRef
    cueStart: URIRef
    cueEnd: URIRef
    objectStart: URIRef
    objectEnd: URIRef
    extractor: URIRef
    confidence: URIRef
    reportedBy: URIRef


#: Classes an entity node can have (Article, Evidence and the abstract Agent/Place are not among them).
ENTITY_CLASSES: Final[tuple[URIRef, ...]] = (
    KG.Person,
    KG.Organization,
    KG.Country,
    KG.City,
    KG.Location,
    KG.Event,
    KG.Position,
    KG.Quote,
)

#: Predicates that state a fact between two resources; each is one Neo4j relationship type.
FACT_PREDICATES: Final[tuple[URIRef, ...]] = (
    KG.memberOf,
    KG.leaderOf,
    KG.worksFor,
    KG.holdsPosition,
    KG.citizenOf,
    KG.livesIn,
    KG.locatedIn,
    KG.basedIn,
    KG.ownedBy,
    KG.ledBy,
    KG.alliedWith,
    KG.urges,
    KG.metWith,
    KG.seeksTalksWith,
    KG.visited,
    KG.departedFrom,
    KG.accuses,
    KG.criticizes,
    KG.invaded,
    KG.killed,
    KG.says,
)

SYMMETRIC_PREDICATES: Final = frozenset({KG.alliedWith, KG.metWith})


def local_name(term: URIRef) -> str:
    """The part of a kg: IRI after '#', e.g. 'memberOf'."""
    return str(term).rsplit("#", 1)[-1]
