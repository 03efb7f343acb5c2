"""Compiled operations kept between requests, within a budget of Cypher text.

An operation is kept by query text, operation name and its variables' *shape*: the values of the
variables that shape the Cypher, and only the presence of those used just as ``item`` values (an
entity's name, a search phrase), which do not. So every request of a front end's entity page reuses
one compiled query. The budget bounds memory against clients sending many large documents.
"""

from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from typing import Any

from graphql import (
    DocumentNode,
    FragmentDefinitionNode,
    OperationDefinitionNode,
    VariableNode,
    Visitor,
    get_operation_ast,
    visit,
)

from api.graphql.requests import Operation
from kg.graphstore.compiler.cypher import frozen

DOCUMENTS_KEPT = 512
#: Characters of compiled Cypher kept in all (a front end's few shapes take a few hundred KB).
CYPHER_KEPT = 32_000_000


@dataclass
class Document:
    """A query text's operation: its document, fragments, and (once compiled) its value variables."""

    document: DocumentNode
    operation: OperationDefinitionNode
    fragments: dict[str, FragmentDefinitionNode]
    value_variables: frozenset[str] | None = None


class Kept:
    """The documents and compiled operations kept, oldest dropped first."""

    def __init__(self, documents: int = DOCUMENTS_KEPT, cypher: int = CYPHER_KEPT) -> None:
        self._documents: OrderedDict[tuple[str, str | None], Document] = OrderedDict()
        self._operations: OrderedDict[Hashable, Operation] = OrderedDict()
        self._limits, self._size = (documents, cypher), 0

    def document(self, query: str, parsed: Callable[[], DocumentNode], name: str | None) -> Document | None:
        """The entry of a query text's operation (``parsed`` gives its document when new); None when
        the document has no such operation."""
        key = (query, name)
        entry = self._documents.get(key)
        if entry is not None:
            self._documents.move_to_end(key)
            return entry
        document = parsed()
        operation = get_operation_ast(document, name)
        if operation is None:
            return None
        fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
        entry = self._documents[key] = Document(document, operation, fragments)
        if len(self._documents) > self._limits[0]:
            self._documents.popitem(last=False)
        return entry

    def operation(
        self, query: str, name: str | None, entry: Document, coerced: Mapping[str, Any]
    ) -> Operation | None:
        key = (query, name, shape(coerced, entry.value_variables))
        found = self._operations.get(key)
        if found is not None:
            self._operations.move_to_end(key)
        return found

    def keep(
        self, query: str, name: str | None, entry: Document, coerced: Mapping[str, Any], operation: Operation
    ) -> None:
        """Keep ``operation`` for requests of its shape (the first one of a document tells which of
        its variables are value variables)."""
        if entry.value_variables is None:
            entry.value_variables = value_variables(entry, operation)
        key = (query, name, shape(coerced, entry.value_variables))
        self._operations[key] = operation
        self._size += operation.size
        while self._size > self._limits[1] and len(self._operations) > 1:
            self._size -= self._operations.popitem(last=False)[1].size


class _Uses(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.uses: Counter[str] = Counter()

    def enter_variable(self, node: VariableNode, *_: Any) -> None:
        self.uses[node.name.value] += 1


def value_variables(entry: Document, operation: Operation) -> frozenset[str]:
    """The variables whose every use is a root argument the query takes as an ``item`` value: they
    do not shape the compiled text, only the item."""
    counted = _Uses()
    for definition in (entry.operation, *entry.fragments.values()):
        visit(definition.selection_set, counted)
    bound: Counter[str] = Counter()
    for root in operation.roots:
        for variable in root.variables.values():
            bound[variable] += len(root.nodes)
    return frozenset(v for v, n in bound.items() if counted.uses[v] == n)


def shape(coerced: Mapping[str, Any], value_variables: frozenset[str] | None) -> Hashable:
    """What a request's variables give the compiled text: the values of the variables that shape it,
    and whether each value variable is given."""
    values = value_variables or frozenset()
    return tuple(
        (name, value is None) if name in values else (name, frozen(value))
        for name, value in sorted(coerced.items())
    )
