"""The SPARQL store in a child process, so that a runaway query can be stopped.

pyoxigraph evaluates a query in Rust without a way to cancel it; a thread cannot be stopped either.
So one child process owns the store (RocksDB allows a single writer anyway) and serves requests one
at a time over a pipe. When a query outlives ``timeout`` the parent kills the child and starts a new
one on the same files (RocksDB recovers from its log in well under a second), and the caller gets a
``QueryTimeoutError``; the next request is served as usual.

Writes (replace/delete an article, rebuild) go through the same pipe, so a kill never lands in the
middle of a write: requests are serialised and only a query is ever timed out.
"""

from __future__ import annotations

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

from kg.errors import StoreError
from kg.settings import Settings
from kg.sparqlstore.errors import QueryTimeoutError
from kg.sparqlstore.store import QueryAnswer

_START_TIMEOUT: Final = 60.0
_REBUILD_BATCH: Final = 200


class SparqlEngine:
    """A ``SparqlStore`` in a killable child process; thread-safe, one request at a time.

    Use as a context manager, or call ``start()`` and ``close()``.
    """

    def __init__(self, path: Path, *, timeout: float = 10.0, max_results: int = 10_000) -> None:
        self.path = path
        self.timeout = timeout
        self.max_results = max_results
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._conn: Connection | None = None
        self.restarts = 0

    @classmethod
    def from_settings(cls, settings: Settings) -> SparqlEngine:
        return cls(
            settings.sparql_path, timeout=settings.sparql_timeout, max_results=settings.sparql_max_results
        )

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
        """
        answer = self._call(
            "answer",
            query,
            accept=accept,
            default_graphs=list(default_graphs),
            named_graphs=list(named_graphs),
            max_results=self.max_results,
            _timeout=self.timeout,
        )
        assert isinstance(answer, QueryAnswer)
        return answer

    def replace_article(self, iri: str, graph: Graph) -> None:
        """Make the article's named graph exactly ``graph``: call after every ingest of the article."""
        self._call("replace_article_ntriples", str(iri), graph.serialize(format="nt"))

    def delete_article(self, iri: str) -> bool:
        """Drop the article's named graph: call after every delete of the article."""
        return bool(self._call("delete_article", str(iri)))

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
        self._call("clear")
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

    def dump(self, target: Path, media_type: str, graph: str | None = None) -> None:
        """Write the dataset (or one article's graph) to the file ``target``."""
        self._call("dump_to_path", str(target), media_type, graph)

    # --- plumbing -----------------------------------------------------------------------------

    def _load(self, batch: list[tuple[str, str]], progress: Callable[[int], None] | None) -> int:
        loaded = int(self._call("load_articles", batch))
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
                self._restart()
                raise StoreError(
                    f"the SPARQL store process died during {op} and was restarted: {exc}"
                ) from exc
        if status == "err":
            raise payload
        return payload

    def _spawn(self) -> None:
        # A plain interpreter running this module, not multiprocessing's spawn: that one re-imports the
        # caller's __main__, which breaks scripts without a main guard. No fork of a threaded server either.
        parent_sock, child_sock = socket.socketpair()
        child_fd = child_sock.fileno()
        process = subprocess.Popen(
            [sys.executable, "-m", "kg.sparqlstore.child", str(child_fd), str(self.path)],
            pass_fds=(child_fd,),
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
        self._process, self._conn = process, parent

    def _restart(self) -> None:
        self._stop()
        self.restarts += 1
        self._spawn()

    def _stop(self, grace: float = 0.0) -> None:
        """Wait up to ``grace`` seconds for the child to exit, then kill it."""
        if self._process is not None:
            try:
                self._process.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        if self._conn is not None:
            self._conn.close()
        self._process, self._conn = None, None
