"""The SPARQL store process: ``python -m kg.sparqlstore.child FD PATH``, started by ``SparqlEngine``.

It opens the store at PATH, says ("ok", None) on the socket FD, then answers (op, args, kwargs)
requests with ("ok", result) or ("err", exception) until asked to close or the parent goes away.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from kg.errors import KGError, StoreError
from kg.sparqlstore.store import SparqlStore


def serve(conn: Connection, path: str) -> None:
    """The child's loop: open the store, then answer (op, args, kwargs) requests until closed."""
    try:
        Path(path).mkdir(parents=True, exist_ok=True)
        store = SparqlStore(Path(path))
    except KGError as exc:
        conn.send(("err", exc))
        return
    conn.send(("ok", None))
    # EOF: the parent went away; KeyboardInterrupt: Ctrl-C reached the whole process group.
    with contextlib.suppress(EOFError, KeyboardInterrupt):
        _loop(conn, store)


def _loop(conn: Connection, store: SparqlStore) -> None:
    ops: dict[str, Callable[..., Any]] = {
        "answer": store.answer,
        "replace_article_ntriples": store.replace_article_ntriples,
        "delete_article": store.delete_article,
        "load_articles": store.load_articles,
        "fingerprints": store.fingerprints,
        "counts": store.counts,
        "clear": store.clear,
        "optimize": store.optimize,
        "dump_to_path": lambda target, media_type, graph: _dump_to_path(store, target, media_type, graph),
    }
    while True:
        op, args, kwargs = conn.recv()
        if op == "close":
            conn.send(("ok", None))
            return
        try:
            conn.send(("ok", ops[op](*args, **kwargs)))
        except KGError as exc:
            conn.send(("err", exc))
        except Exception as exc:  # anything else would kill the child; report it instead
            conn.send(("err", StoreError(f"SPARQL store {op} failed: {type(exc).__name__}: {exc}")))


def _dump_to_path(store: SparqlStore, target: str, media_type: str, graph: str | None) -> None:
    with open(target, "wb") as output:
        store.dump(output, media_type, graph)


if __name__ == "__main__":
    serve(Connection(int(sys.argv[1])), sys.argv[2])
