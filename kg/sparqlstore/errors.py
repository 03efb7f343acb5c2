"""The SPARQL store's errors, in the project's one tree (kg.errors); the API maps each to a status.

InvalidInputError
├── SparqlSyntaxError        the query does not parse (the parser's message is kept)
├── UpdateRefusedError       a SPARQL Update was sent to the read-only endpoint
├── NotAcceptableError       no offered media type matches the Accept header
├── ResultTooLargeError      rows/triples or bytes past KG_SPARQL_MAX_RESULTS / _RESULT_BYTES
│   └── QueryMemoryError     evaluating it needed more than KG_SPARQL_MAX_MEMORY_MB
└── UnknownGraphError        a graph IRI that names no article in the store
StoreError
├── QueryTimeoutError        the query ran past KG_SPARQL_TIMEOUT and was stopped
├── SparqlBusyError          more queries waiting than KG_SPARQL_MAX_WAITING: try again shortly
└── SparqlStoreLockedError   another process holds the store (it has a single writer)
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.errors import InvalidInputError, StoreError


class SparqlSyntaxError(InvalidInputError):
    pass


class UpdateRefusedError(InvalidInputError):
    pass


class NotAcceptableError(InvalidInputError):
    """Carries the offered types, so the API can list them in its 406."""

    def __init__(self, accept: str, offered: Sequence[str]) -> None:
        self.accept = accept
        self.offered = tuple(offered)
        super().__init__(f"cannot answer in any type of Accept: {accept!r}; offered: {', '.join(offered)}")

    def __reduce__(self) -> tuple[type[NotAcceptableError], tuple[str, tuple[str, ...]]]:
        # Crosses the engine's process boundary by pickle.
        return (NotAcceptableError, (self.accept, self.offered))


class ResultTooLargeError(InvalidInputError):
    pass


class QueryMemoryError(ResultTooLargeError):
    pass


class UnknownGraphError(InvalidInputError):
    pass


class QueryTimeoutError(StoreError):
    pass


class SparqlBusyError(StoreError):
    pass


class SparqlStoreLockedError(StoreError):
    pass
