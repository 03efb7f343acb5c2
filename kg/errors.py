"""One error tree for the whole project; every message names the input and the problem.

KGError
├── ConfigError                 a setting is missing or wrong
├── InvalidInputError           an article, file, URL or query is unusable
│   └── ExtractionError         the NLP pipeline failed on an article
├── StoreError                  Neo4j refused or failed a read or write
│   └── StoreUnavailableError   Neo4j cannot be reached at all
└── Neo4jServerError            the managed local Neo4j cannot be fetched, started or stopped
    └── PrerequisiteError       java / mvn missing or too old, port taken: the fix is named
"""

from __future__ import annotations


class KGError(Exception):
    """Base of every error the project raises on purpose."""


class ConfigError(KGError):
    pass


class InvalidInputError(KGError):
    pass


class ExtractionError(InvalidInputError):
    pass


class StoreError(KGError):
    pass


class StoreUnavailableError(StoreError):
    pass


class Neo4jServerError(KGError):
    pass


class PrerequisiteError(Neo4jServerError):
    pass
