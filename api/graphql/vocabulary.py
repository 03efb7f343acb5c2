"""GraphQL enums generated from the ontology: the fact predicates and the entity classes.

What they stand for in Neo4j (relationship types, labels) is kg.graphstore.mapping's one table, read
by the compiler; here they are only names.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Final

import strawberry

from kg.model import MODALITIES, POLARITIES
from kg.vocab import ENTITY_CLASSES, FACT_PREDICATES, KG, local_name

# kg:relatedTo last: the predicate of open facts, which refine it (Fact.open, Fact.label).
PREDICATE_NAMES: Final[tuple[str, ...]] = (
    *(local_name(p) for p in FACT_PREDICATES),
    local_name(KG.relatedTo),
)
CLASS_NAMES: Final[tuple[str, ...]] = tuple(local_name(c) for c in ENTITY_CLASSES)

# The functional Enum API keeps the members in step with kg.vocab: a predicate added to the ontology
# appears in the schema (and the stale-SDL test says so) without editing this file. mypy cannot follow
# a functional Enum built from a comprehension, so it is shown a plain Enum class instead.
if TYPE_CHECKING:

    class Predicate(Enum):
        value: str

    class EntityClass(Enum):
        value: str

    class Polarity(Enum):
        value: str

    class Modality(Enum):
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
    Polarity = strawberry.enum(
        Enum("Polarity", [(name, name) for name in POLARITIES]),
        description="Whether a statement asserts or negates what it says (kg:polarity; docs/claims.md).",
    )
    Modality = strawberry.enum(
        Enum("Modality", [(name, name) for name in MODALITIES]),
        description="How a statement commits to it: stated, reported, hedged, conditional or future "
        "(kg:modality). Only asserted statements that are stated or reported make facts.",
    )
