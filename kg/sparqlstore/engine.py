"""The SPARQL store in a child process, so that a runaway query can be stopped.

pyoxigraph evaluates a query in Rust without a way to cancel it; a thread cannot be stopped either.
So one child process owns the store (RocksDB allows a single writer anyway) and serves requests one
at a time over a pipe. When a query outlives ``timeout`` the parent kills the child and starts a new
one on the same files (RocksDB recovers from its log in well under a second), and the caller gets a
``QueryTimeoutError``; the next request is served as usual.

Writes (replace/delete an article, rebuild) go through the same pipe, so a kill never lands in the
middle of a write: requests are serialised and only a query is ever timed out.

The child confines itself (kg.sparqlstore.sandbox): no network, and an address space of ``max_memory_mb``;
a query that needs more makes it abort, and the caller gets a ``QueryMemoryError``.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from types import TracebackType
from typing import Any, Final

from rdflib import Graph

from kg.errors import KGError, StoreError
from kg.settings import Settings
from kg.sparqlstore.errors import QueryMemoryError, QueryTimeoutError
from kg.sparqlstore.store import QueryAnswer

log = logging.getLogger(__name__)

_START_TIMEOUT: Final = 60.0
_REBUILD_BATCH: Final = 200
#: The child's environment: two malloc arenas (each arena reserves 64 MB of address space, which the
#: memory cap counts), and a one-line message instead of a backtrace when Rust runs out of memory.
_CHILD_ENV: Final = {"MALLOC_ARENA_MAX": "2", "RUST_BACKTRACE": "0"}


class SparqlEngine:
    """A ``SparqlStore`` in a killable child process; thread-safe, one request at a time.

    Use as a context manager, or call ``start()`` and ``close()``.
    """

    def __init__(
        self,
        path: Path,
        *,
        timeout: float = 10.0,
        max_results: int = 10_000,
        max_result_bytes: int = 20_000_000,
        max_memory_mb: int = 1024,
    ) -> None:
        self.path = path
        self.timeout = timeout
        self.max_results = max_results
        self.max_result_bytes = max_result_bytes
        self.max_memory_mb = max_memory_mb
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._conn: Connection | None = None
        self.restarts = 0
        self._warned = False
        #: Bumped by every write: readers that cache a dump compare it to know the dump is current.
        self.generation = 0

    @classmethod
    def from_settings(cls, settings: Settings) -> SparqlEngine:
        return cls(
            settings.sparql_path,
            timeout=settings.sparql_timeout,
            max_results=settings.sparql_max_results,
            max_result_bytes=settings.sparql_max_result_bytes,
            max_memory_mb=settings.sparql_max_memory_mb,
        )

    @property
    def pid(self) -> int | None:
        """The child's process id while it runs (for measuring its memory)."""
        return self._process.pid if self._process is not None else None

    # --- lifecycle ----------------------------------------------------------------------------

    def start(self) -> SparqlEngine:
        """Start the child and wait until it has the store open.

        Raises:
            SparqlStoreLockedError: another process holds the store.
        """
        with self._lock:
            self._spawn()
        return self

    def close(self) -> None:
        with self._lock:
            if self._conn is not None and self._process is not None and self._process.poll() is None:
                try:
                    self._conn.send(("close", (), {}))
                    self._conn.poll(10)
                except (OSError, EOFError):
                    pass
            self._stop(grace=10)

    def __enter__(self) -> SparqlEngine:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # --- the store's interface ----------------------------------------------------------------

    def query(
        self,
        query: str,
        *,
        accept: str | None = None,
        default_graphs: Sequence[str] = (),
        named_graphs: Sequence[str] = (),
    ) -> QueryAnswer:
        """Evaluate a read-only query (see ``SparqlStore.answer``), stopped after ``timeout`` seconds.

        Raises:
            QueryTimeoutError: the query ran too long; it was stopped and the store reopened.
            QueryMemoryError: the query needed more than ``max_memory_mb``; the store was reopened.
        """
        answer = self._call(
            "answer",
            query,
            accept=accept,
            default_graphs=list(default_graphs),
            named_graphs=list(named_graphs),
            max_results=self.max_results,
            max_bytes=self.max_result_bytes,
            _timeout=self.timeout,
        )
        assert isinstance(answer, QueryAnswer)
        return answer

    def replace_article(self, iri: str, graph: Graph) -> None:
        """Make the article's named graph exactly ``graph``: call after every ingest of the article."""
        self._write("replace_article_ntriples", str(iri), graph.serialize(format="nt"))

    def delete_article(self, iri: str) -> bool:
        """Drop the article's named graph: call after every delete of the article."""
        return bool(self._write("delete_article", str(iri)))

    def fingerprints(self) -> dict[str, str]:
        result = self._call("fingerprints")
        assert isinstance(result, dict)
        return result

    def counts(self) -> tuple[int, int]:
        quads, graphs = self._call("counts")
        return int(quads), int(graphs)

    def rebuild(
        self, articles: Iterable[tuple[str, str]], progress: Callable[[int], None] | None = None
    ) -> int:
        """Empty the store and load every (article IRI, its graph as N-Triples); returns the quads loaded."""
        self._write("clear")
        total = 0
        batch: list[tuple[str, str]] = []
        for iri, ntriples in articles:
            batch.append((str(iri), ntriples))
            if len(batch) == _REBUILD_BATCH:
                total += self._load(batch, progress)
                batch = []
        total += self._load(batch, progress) if batch else 0
        self._call("optimize")
        return total

    def dump(self, target: Path, media_type: str) -> None:
        """Write the whole dataset to the file ``target``."""
        self._call("dump_to_path", str(target), media_type)

    def dump_graph(self, media_type: str, graph: str) -> bytes:
        """One article's graph (small: one article's triples).

        Raises:
            UnknownGraphError: no article graph is named ``graph``.
        """
        body = self._call("dump_graph", media_type, graph)
        assert isinstance(body, bytes)
        return body

    # --- plumbing -----------------------------------------------------------------------------

    def _write(self, op: str, *args: Any) -> Any:
        try:
            return self._call(op, *args)
        finally:
            self.generation += 1

    def _load(self, batch: list[tuple[str, str]], progress: Callable[[int], None] | None) -> int:
        loaded = int(self._write("load_articles", batch))
        if progress is not None:
            progress(len(batch))
        return loaded

    def _call(self, op: str, *args: Any, _timeout: float | None = None, **kwargs: Any) -> Any:
        with self._lock:
            if self._conn is None:
                self._spawn()
            assert self._conn is not None
            try:
                self._conn.send((op, args, kwargs))
                if _timeout is not None and not self._conn.poll(_timeout):
                    self._restart()
                    raise QueryTimeoutError(
                        f"the query ran longer than {_timeout:g} s (KG_SPARQL_TIMEOUT) and was stopped; "
                        "narrow it or add a LIMIT"
                    )
                status, payload = self._conn.recv()
            except (EOFError, OSError) as exc:
                # The pipe closed because the child is exiting: wait for its status (an abort is the cap).
                status = self._restart(grace=5.0)
                raise self._died(op, status) from exc
        if status == "err":
            raise payload
        return payload

    def _died(self, op: str, status: int | None) -> KGError:
        """The error for a child that died during ``op``: an abort while answering is the memory cap."""
        if op == "answer" and status in (-signal.SIGABRT, -signal.SIGKILL, -signal.SIGSEGV):
            return QueryMemoryError(
                f"the query needed more memory than the SPARQL store may use ({self.max_memory_mb} MB, "
                "KG_SPARQL_MAX_MEMORY_MB) and was stopped; narrow it or add a LIMIT"
            )
        return StoreError(f"the SPARQL store process died during {op} (status {status}) and was restarted")

    def _spawn(self) -> None:
        # A plain interpreter running this module, not multiprocessing's spawn: that one re-imports the
        # caller's __main__, which breaks scripts without a main guard. No fork of a threaded server either.
        parent_sock, child_sock = socket.socketpair()
        child_fd = child_sock.fileno()
        memory = str(self.max_memory_mb * 2**20)
        process = subprocess.Popen(
            [sys.executable, "-m", "kg.sparqlstore.child", str(child_fd), str(self.path), memory],
            pass_fds=(child_fd,),
            env={**os.environ, **_CHILD_ENV},
        )
        child_sock.close()
        parent = Connection(parent_sock.detach())
        if not parent.poll(_START_TIMEOUT):
            process.kill()
            raise StoreError(f"the SPARQL store process did not open {self.path} in {_START_TIMEOUT:g} s")
        try:
            status, payload = parent.recv()
        except EOFError as exc:
            process.wait()
            raise StoreError(
                f"the SPARQL store process exited ({process.returncode}) opening {self.path}"
            ) from exc
        if status == "err":
            process.wait()
            raise payload
        if payload is not None and not self._warned:
            log.warning("the SPARQL store process keeps network access (%s); SERVICE stays refused", payload)
            self._warned = True
        self._process, self._conn = process, parent

    def _restart(self, grace: float = 0.0) -> int | None:
        """Stop the child (returning how it ended) and start a new one."""
        status = self._stop(grace)
        self.restarts += 1
        self._spawn()
        return status

    def _stop(self, grace: float = 0.0) -> int | None:
        """Wait up to ``grace`` seconds for the child to exit, then kill it; returns its exit status."""
        status = None
        if self._process is not None:
            try:
                status = self._process.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        if self._conn is not None:
            self._conn.close()
        self._process, self._conn = None, None
        return status
