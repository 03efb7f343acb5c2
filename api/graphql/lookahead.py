"""Looking ahead at a field's selection, so a parent query can fetch a child level in the same trip."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from strawberry.types.nodes import SelectedField, Selection

from api.graphql.inputs import Direction
from api.graphql.pagination import Page, page_args
from api.graphql.projections import ALL_PARTS, ENTITY_DETAILS, Parts
from api.graphql.vocabulary import PREDICATE_NAMES


def _child(selections: list[Selection], name: str) -> SelectedField | None:
    """The one plain field ``name`` among ``selections``; None when absent, aliased twice or in fragments."""
    if any(not isinstance(s, SelectedField) for s in selections):
        return None  # fragments: not worth resolving here; the DataLoader path still batches
    found = [s for s in selections if isinstance(s, SelectedField) and s.name == name]
    return found[0] if len(found) == 1 else None


def current_field(info: Any) -> SelectedField | None:
    """The field being resolved, when it is selected once."""
    fields = info.selected_fields
    return fields[0] if len(fields) == 1 else None


def page_at(root: SelectedField | None, path: tuple[str, ...], max_size: int) -> Page | None:
    """The page asked for by the connection at ``path`` under ``root``, if it is plain."""
    node = root
    for name in path:
        node = _child(node.selections, name) if node is not None else None
    if node is None:
        return None
    args = node.arguments
    # Literal arguments arrive as their source text ("5"); variables arrive as values.
    first, after = args.get("first", 20), args.get("after")
    if isinstance(first, str) and first.isdigit():
        first = int(first)
    if not isinstance(first, int) or not (after is None or isinstance(after, str)):
        return None
    return page_args(first, after, max_size)


@dataclass(frozen=True, slots=True)
class FactsAhead:
    """The arguments of a plainly selected ``facts`` field (and of its evidence page), and which
    parts of the rows its selection reads."""

    direction: Direction
    predicates: tuple[str, ...] | None
    page: Page
    evidence: Page | None
    parts: Parts


# The fields whose values come from the optional parts of a fact row (projections.Parts).
_ENTITY_DETAILS = frozenset(ENTITY_DETAILS)
_EVIDENCE_DETAILS = frozenset(
    {"sentenceStart", "subjectSpan", "cueSpan", "objectSpan", "extractor", "confidence"}
)
_ARTICLE_DETAILS = frozenset({"url", "published", "source", "language"})


def _names(field: SelectedField | None) -> frozenset[str] | None:
    """The names of the fields selected directly under ``field``; None when that cannot be known
    here (no such field, or fragments), which must be read as "anything"."""
    if field is None or any(not isinstance(s, SelectedField) for s in field.selections):
        return None
    return frozenset(s.name for s in field.selections if isinstance(s, SelectedField))


def _reads(field: SelectedField, names: frozenset[str], child: str, details: frozenset[str]) -> bool:
    """Whether ``child`` (one of ``names``, selected under ``field``) may read any of ``details``."""
    if child not in names:
        return False
    below = _names(_child(field.selections, child))
    return below is None or bool(below & details)


def evidence_parts(evidence: SelectedField | None) -> Parts:
    """The parts of evidence rows that the selection of an ``evidence`` connection reads."""
    node = page_node(evidence)
    names = _names(node)
    if node is None or names is None:
        return ALL_PARTS
    return Parts(
        ends=True,
        evidence=bool(names & _EVIDENCE_DETAILS),
        article=_reads(node, names, "article", _ARTICLE_DETAILS),
        reporter="reportedBy" in names,
    )


def fact_parts(facts: SelectedField | None) -> Parts:
    """The parts of fact rows (with their evidence) that the selection of a ``facts`` connection reads."""
    node = page_node(facts)
    names = _names(node)
    if node is None or names is None:
        return ALL_PARTS
    ends = _end_details(node, names)
    below = evidence_parts(_child(node.selections, "evidence")) if "evidence" in names else ALL_PARTS
    return Parts(ends=ends, evidence=below.evidence, article=below.article, reporter=below.reporter)


def _end_details(node: SelectedField, names: frozenset[str]) -> frozenset[str] | Literal[True]:
    """The entity details that a fact's ``subject`` and ``object`` selections read, together."""
    found: set[str] = set()
    for end in ("subject", "object"):
        if end in names:
            details = entity_details(node, end)
            if details is True:
                return True
            found |= details
    return frozenset(found)


def entity_details(root: SelectedField | None, child: str) -> frozenset[str] | Literal[True]:
    """The details (``projections.ENTITY_DETAILS``) that the entity field ``child`` under ``root``
    reads; True (all of them) when that cannot be known here."""
    names = _names(_child(root.selections, child)) if root is not None else None
    return True if names is None else names & _ENTITY_DETAILS


def page_node(connection: SelectedField | None) -> SelectedField | None:
    """The ``edges { node }`` selection of a connection field, when it is plain."""
    edges = _child(connection.selections, "edges") if connection is not None else None
    return _child(edges.selections, "node") if edges is not None else None


def facts_ahead(info: Any, max_size: int) -> FactsAhead | None:
    """What ``facts`` under the current field will ask for, when it can be known now."""
    root = current_field(info)  # Strawberry converts the selection anew on every read: read it once
    facts = page_at(root, ("facts",), max_size)
    field = _child(root.selections, "facts") if root is not None else None
    if facts is None or field is None:
        return None
    direction = _enum_value(field.arguments.get("direction", Direction.BOTH.value))
    predicates = field.arguments.get("predicates")
    if direction not in Direction.__members__ or not (predicates is None or isinstance(predicates, list)):
        return None
    names = tuple(sorted(_enum_value(p) for p in predicates)) if predicates else None
    if names is not None and not set(names) <= set(PREDICATE_NAMES):
        return None
    evidence = page_at(field, ("edges", "node", "evidence"), max_size)
    return FactsAhead(Direction(direction), names, facts, evidence, fact_parts(field))


def _enum_value(value: Any) -> str:
    # Enum arguments arrive as their names (literals or variables), or as enum members.
    return str(getattr(value, "value", value))


@dataclass(frozen=True, slots=True)
class NeighborsAhead:
    """The arguments of a plainly selected ``neighbors`` field."""

    depth: int
    predicates: tuple[str, ...] | None
    first: int


def neighbors_ahead(info: Any, max_size: int) -> NeighborsAhead | None:
    """What ``neighbors`` under the current field will ask for, when it can be known now."""
    root = current_field(info)
    field = _child(root.selections, "neighbors") if root is not None else None
    if field is None:
        return None
    depth, first = _int(field.arguments.get("depth", 1)), _int(field.arguments.get("first", 20))
    predicates = field.arguments.get("predicates")
    if depth is None or first is None or not 1 <= depth <= 3 or not 0 <= first <= max_size:
        return None
    if not (predicates is None or isinstance(predicates, list)):
        return None
    names = tuple(sorted(_enum_value(p) for p in predicates)) if predicates else None
    if names is not None and not set(names) <= set(PREDICATE_NAMES):
        return None
    return NeighborsAhead(depth, names, first)


def _int(value: Any) -> int | None:
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return value if isinstance(value, int) else None
