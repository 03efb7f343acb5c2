"""A synchronous driver opened on first use and closed by whoever owns it (the API's writes, its
SPARQL mirror), so that code outside kg holds one without naming the neo4j package."""

from __future__ import annotations

import threading

import neo4j

from kg.graphstore.connection import open_driver
from kg.settings import Settings


class OwnedDriver:
    """``get`` opens the driver once (thread-safe: callers run in worker threads); ``close`` closes it."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._driver: neo4j.Driver | None = None
        self._lock = threading.Lock()

    def get(self) -> neo4j.Driver:
        with self._lock:
            if self._driver is None:
                self._driver = open_driver(self._settings)
            return self._driver

    def close(self) -> None:
        with self._lock:
            if self._driver is not None:
                self._driver.close()
                self._driver = None
