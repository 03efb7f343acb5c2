"""GraphQL enums generated from the ontology, and the predicate <-> relationship-type table.

Labels and relationship types are spliced into Cypher only from these tables (never from user strings),
so a value that is not an ontology term cannot reach a query.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import TYPE_CHECKING, Final

import strawberry

from kg.vocab import ENTITY_CLASSES, FACT_PREDICATES, KG, local_name

_CAMEL_BOUNDARY = re.compile(r"(?<!^)(?=[A-Z])")


def relationship_type(predicate: str) -> str:
    """The Neo4j relationship type of a predicate's local name: memberOf -> MEMBER_OF."""
    return _CAMEL_BOUNDARY.sub("_", predicate).upper()


PREDICATE_NAMES: Final[tuple[str, ...]] = tuple(local_name(p) for p in FACT_PREDICATES)
REL_TYPES: Final[dict[str, str]] = {name: relationship_type(name) for name in PREDICATE_NAMES}
PREDICATE_OF_REL: Final[dict[str, str]] = {rel: name for name, rel in REL_TYPES.items()}
CLASS_NAMES: Final[tuple[str, ...]] = tuple(local_name(c) for c in ENTITY_CLASSES)

# The functional Enum API keeps the members in step with kg.vocab: a predicate added to the ontology
# appears in the schema (and the stale-SDL test says so) without editing this file. mypy cannot follow
# a functional Enum built from a comprehension, so it is shown a plain Enum class instead.
if TYPE_CHECKING:

    class Predicate(Enum):
        value: str

    class EntityClass(Enum):
        value: str

else:
    Predicate = strawberry.enum(
        Enum("Predicate", [(name, name) for name in PREDICATE_NAMES]),
        description="A fact predicate of the kg ontology (https://kg.example.org/ontology#).",
    )
    EntityClass = strawberry.enum(
        Enum("EntityClass", [(name, name) for name in CLASS_NAMES]),
        description="An ontology class an entity node can have.",
    )


# Members by value, for building objects from rows: a dict lookup, where calling the Enum goes
# through its metaclass (dozens of times per entity page).
PREDICATE_BY_NAME: Final[dict[str, Predicate]] = {member.value: member for member in Predicate}
CLASS_BY_NAME: Final[dict[str, EntityClass]] = {member.value: member for member in EntityClass}


def predicate_iri(name: str) -> str:
    """The full IRI of a predicate's local name."""
    return str(KG[name])


#: The relationship type of no fact: Cypher has no empty alternation, so a filter allowing no predicate
#: (``{eq: URGES, in: [MEMBER_OF]}``, ``{in: []}``) matches this, that is nothing.
NO_PREDICATE = "KG_NO_PREDICATE"


def rel_pattern(predicates: list[str] | None) -> str:
    """A relationship-type alternation (``MEMBER_OF|URGES``) for the given predicates; all of them for
    None, none for an empty list."""
    if predicates is None:
        predicates = list(PREDICATE_NAMES)
    return "|".join(REL_TYPES[name] for name in predicates) or NO_PREDICATE


def label_pattern(classes: list[str] | None = None) -> str:
    """A label alternation (``Person|Country``) for the given classes, or every entity class."""
    names = classes or list(CLASS_NAMES)
    unknown = set(names) - set(CLASS_NAMES)
    if unknown:
        raise ValueError(f"not entity classes of the ontology: {sorted(unknown)}")
    return "|".join(names)
