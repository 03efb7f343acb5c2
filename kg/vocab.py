"""The project's vocabulary as typed terms, so a misspelt term fails at import, not in the data.

schema/ontology.ttl is the source of truth: the tables (classes, fact predicates with their domains, ranges
and families) come from kg/vocab_table.py, generated from it by ``python -m kg.ontology``; the typed terms
below let a misspelt name fail at import, and tests/test_vocab.py checks they match the ontology both ways.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

from kg.ontology import PredicateSpec
from kg.vocab_table import CLASSES, PREDICATES

__all__ = [
    "BASE",
    "DCTERMS",
    "ENTITY_CLASSES",
    "FACT_PREDICATES",
    "KG",
    "ONTOLOGY_PATH",
    "OPEN",
    "OWL",
    "PREDICATE_SPECS",
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
    Team: URIRef
    Product: URIRef
    Work: URIRef
    Award: URIRef
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
    bornIn: URIRef
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
    acquired: URIRef
    bidFor: URIRef
    subsidiaryOf: URIRef
    mergedWith: URIRef
    investedIn: URIRef
    signedAgreementWith: URIRef
    awardedContractTo: URIRef
    supplies: URIRef
    partneredWith: URIRef
    makes: URIRef
    launched: URIRef
    downgraded: URIRef
    upgraded: URIRef
    appointedTo: URIRef
    resignedFrom: URIRef
    succeeded: URIRef
    playsFor: URIRef
    coaches: URIRef
    defeated: URIRef
    starsIn: URIRef
    directed: URIRef
    presents: URIRef
    created: URIRef
    won: URIRef
    nominatedFor: URIRef
    sued: URIRef
    charged: URIRef
    fined: URIRef
    investigates: URIRef
    attacked: URIRef
    sanctioned: URIRef
    supports: URIRef
    opposes: URIRef
    relatedTo: URIRef  # the super-property of open relations
    family: URIRef  # annotation: the family of a fact predicate
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
    polarity: URIRef
    modality: URIRef
    eventDate: URIRef


#: Classes an entity node can have (Article, Evidence and the abstract Agent/Place are not among them).
ENTITY_CLASSES: Final[tuple[URIRef, ...]] = tuple(
    KG[spec.name] for spec in CLASSES if spec.name not in ("Agent", "Place", "Article", "Evidence")
)

#: Predicates that state a fact between two resources; each is one Neo4j relationship type.
FACT_PREDICATES: Final[tuple[URIRef, ...]] = tuple(KG[spec.name] for spec in PREDICATES)
PREDICATE_SPECS: Final[dict[str, PredicateSpec]] = {spec.name: spec for spec in PREDICATES}
SYMMETRIC_PREDICATES: Final = frozenset(KG[spec.name] for spec in PREDICATES if spec.symmetric)
#: Open relations: predicates minted from a verb phrase, sub-properties of kg:relatedTo.
OPEN: Final = Namespace(BASE + "relation/")


def local_name(term: URIRef) -> str:
    """The part of a kg: IRI after '#', e.g. 'memberOf'."""
    return str(term).rsplit("#", 1)[-1]
