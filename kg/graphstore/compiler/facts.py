"""How the compiler reads facts: every relationship type and predicate name through the one mapping table.

A fact is a relationship ``(s)-[r]->(o)`` whose type is the predicate's (kg.graphstore.mapping); its
evidence are the Evidence nodes with that predicate, SUBJECT ``s`` and OBJECT ``o``. Everything the
compiler says about facts is said here, so that a new kind of fact (one more relationship type,
or a type whose predicate is a property) is a change to these functions, not to the rules.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Final

from kg.errors import InvalidInputError
from kg.graphstore.compiler.cypher import Names
from kg.graphstore.compiler.time import by_publication
from kg.graphstore.mapping import LABEL_OF_CLASS, OPEN_TYPE, TYPE_OF_PREDICATE
from kg.graphstore.queries import fact_evidence
from kg.vocab import KG, OPEN, PREDICATE_SPECS, local_name

#: Predicate local name -> relationship type (memberOf -> MEMBER_OF), and back: the vocabulary's facts.
TYPE_OF_NAME: Final[dict[str, str]] = {local_name(p): t for p, t in TYPE_OF_PREDICATE.items()}
NAME_OF_TYPE: Final[dict[str, str]] = {t: n for n, t in TYPE_OF_NAME.items()}
PREDICATE_NAMES: Final[tuple[str, ...]] = tuple(TYPE_OF_NAME)
#: The name open facts answer to: kg:relatedTo, which every minted predicate refines. Open facts are
#: read only where a predicate filter names it, so front ends get vocabulary facts by default.
OPEN_NAME: Final = local_name(KG.relatedTo)
#: Every name a predicate filter accepts -> its relationship type (open facts share one).
FACT_TYPES: Final[dict[str, str]] = {**TYPE_OF_NAME, OPEN_NAME: OPEN_TYPE}
#: A vocabulary predicate's label by relationship type; an open fact's is stored on it.
LABEL_OF_TYPE: Final[dict[str, str]] = {t: PREDICATE_SPECS[n].label for n, t in TYPE_OF_NAME.items()}
#: Node labels of the entity classes, in the ontology's order.
CLASS_LABELS: Final[tuple[str, ...]] = tuple(LABEL_OF_CLASS.values())
ONTOLOGY: Final[str] = str(KG)

#: Facts of an entity, busiest first (then a stable order).
ENTITY_FACT_ORDER = "{r}.articleCount DESC, type({r}), {o}.name, {s}.name, elementId({r})"
#: Facts of the whole graph (the root ``facts``).
FACT_ORDER = "{r}.articleCount DESC, {s}.name, type({r}), {o}.name, elementId({r})"
#: The evidence of a fact, newest article first.
EVIDENCE_ORDER = by_publication("{a}", "DESC") + ", {ev}.sentenceStart, {ev}.uri"


def allowed(names: Collection[str] | None) -> tuple[str, ...] | None:
    """The predicate names a filter allows, checked against the table (None: every predicate)."""
    if names is None:
        return None
    unknown = set(names) - set(FACT_TYPES)
    if unknown:
        raise InvalidInputError(f"predicates: not predicates of the ontology: {sorted(unknown)}")
    return tuple(sorted(set(names)))


def rel_types(names: Collection[str] | None) -> str:
    """The relationship-type alternation (``MEMBER_OF|URGES``) of ``names`` (None: every vocabulary
    fact; open facts only when ``relatedTo`` is named).

    An empty collection allows no predicate: callers give such a pattern a false condition
    (``none_allowed``), since Cypher has no empty alternation.
    """
    chosen = PREDICATE_NAMES if names is None else (tuple(names) or PREDICATE_NAMES)
    return "|".join(FACT_TYPES[name] for name in chosen)


def none_allowed(names: Collection[str] | None) -> bool:
    """True when a predicate filter allows nothing (``in: []``, or ``eq`` and ``in`` that disagree)."""
    return names is not None and not names


def predicate_of(names: Names, rel: str) -> str:
    """The predicate's local name of the fact relationship ``rel`` (``memberOf``; ``relatedTo`` when open)."""
    return f"coalesce({names.param(NAME_OF_TYPE)}[type({rel})], '{OPEN_NAME}')"


def stated_predicate(rel: str, predicate: str) -> str:
    """What the evidence of ``rel`` holds as its predicate: the local name, or an open fact's own slug
    (``award-contract-to``, stored on the relationship; vocabulary facts have no such property)."""
    return f"coalesce({rel}.predicate, {predicate})"


def predicate_iri(rel: str, predicate: str) -> str:
    """The predicate's IRI: the ontology's term, or an open fact's minted one (kg.iri.mint_open_predicate)."""
    return f"coalesce('{OPEN}' + {rel}.predicate, '{ONTOLOGY}' + {predicate})"


def label_of(names: Names, rel: str) -> str:
    """The predicate's label: the ontology's (``member of``), or an open fact's phrase."""
    return f"coalesce({rel}.label, {names.param(LABEL_OF_TYPE)}[type({rel})])"


def evidence_states(names: Names, ev: str, rel: str) -> str:
    """True when the Evidence ``ev`` states the fact relationship ``rel``: its predicate's type, for an
    open fact (``ev.open``) the same minted predicate, and it makes the fact (not a claim's evidence)."""
    rel_type = f"CASE WHEN {ev}.open THEN '{OPEN_TYPE}' ELSE {names.param(TYPE_OF_NAME)}[{ev}.predicate] END"
    same = f"({ev}.open IS NULL OR {rel}.predicate = {ev}.predicate)"
    return f"{rel_type} = type({rel}) AND {same} AND {fact_evidence(ev)}"


def arrows(direction: str) -> tuple[str, str]:
    """The two halves of a relationship pattern for a ``Direction`` (the entity is the subject for OUT)."""
    return {"OUT": ("-", "->"), "IN": ("<-", "-"), "BOTH": ("-", "-")}[direction]


def evidence_of(s: str, o: str, r: str, ev: str, predicate: str) -> str:
    """A ``CALL`` binding ``ev`` to each Evidence of the fact ``s -r-> o`` (``predicate``: its name).

    Evidence is found from its two ends and predicate (the fact relationship has no id of its own);
    only evidence that makes the fact (asserted, stated or reported) counts, not a claim's
    (docs/claims.md).
    It is walked from the end with fewer evidence links, read from the stored degrees: left to
    itself the planner may start at a hub ("United Kingdom": thousands of expansions per fact).
    """
    fewer = f"COUNT {{ ({s})<-[:SUBJECT]-() }} <= COUNT {{ ({o})<-[:OBJECT]-() }}"
    return (
        f"CALL ({s}, {o}, {r}) {{ WITH {s}, {o}, {r} WHERE {fewer} "
        f"MATCH ({s})<-[:SUBJECT]-(e:Evidence) WHERE e.predicate = {predicate} AND (e)-[:OBJECT]->({o}) "
        f"AND {fact_evidence('e')} RETURN e AS {ev} UNION ALL WITH {s}, {o}, {r} WHERE NOT {fewer} "
        f"MATCH ({o})<-[:OBJECT]-(e:Evidence) WHERE e.predicate = {predicate} AND (e)-[:SUBJECT]->({s}) "
        f"AND {fact_evidence('e')} "
        f"RETURN e AS {ev} }}"
    )


def stated_in(names: Names, a: str, r: str) -> str:
    """Clauses binding ``r`` to each distinct fact that has evidence in the article ``a``.

    The relationship is matched undirected because a symmetric fact may be stored either way round.
    """
    es, eo, ev = "es", "eo", "fe"
    return (
        f"MATCH ({a})<-[:IN_ARTICLE]-({ev}:Evidence)-[:SUBJECT]->({es}), ({ev})-[:OBJECT]->({eo}) "
        f"MATCH ({es})-[{r}:{rel_types(None)}]-({eo}) "
        f"WHERE {evidence_states(names, ev, r)} WITH DISTINCT {r}"
    )
