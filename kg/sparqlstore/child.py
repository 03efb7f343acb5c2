"""The SPARQL store process, started by ``SparqlEngine``: ``python -m kg.sparqlstore.child FD PATH MEMORY``.

It first confines itself (kg.sparqlstore.sandbox: no network, address space capped at MEMORY bytes),
then opens the store at PATH, says ("ok", note) on the socket FD (note: why the network could not be
dropped, or None), then answers (op, args, kwargs) requests with ("ok", result) or ("err", exception)
until asked to close or the parent goes away.
"""

from __future__ import annotations

import contextlib
import io
import sys
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.sparqlstore.sandbox import drop_network, limit_memory

if TYPE_CHECKING:
    from kg.sparqlstore.store import SparqlStore


def serve(conn: Connection, path: str, network_note: str | None) -> None:
    """The child's loop: open the store, then answer (op, args, kwargs) requests until closed."""
    # Imported only now: the confinement above must happen while the process has a single thread.
    from kg.errors import KGError
    from kg.sparqlstore.store import SparqlStore

    try:
        Path(path).mkdir(parents=True, exist_ok=True)
        store = SparqlStore(Path(path))
    except KGError as exc:
        conn.send(("err", exc))
        return
    conn.send(("ok", network_note))
    # EOF: the parent went away; KeyboardInterrupt: Ctrl-C reached the whole process group.
    with contextlib.suppress(EOFError, KeyboardInterrupt):
        _loop(conn, store)


def _loop(conn: Connection, store: SparqlStore) -> None:
    from kg.errors import KGError, StoreError
    from kg.sparqlstore.errors import QueryMemoryError

    ops: dict[str, Callable[..., Any]] = {
        "answer": store.answer,
        "replace_article_ntriples": store.replace_article_ntriples,
        "delete_article": store.delete_article,
        "load_articles": store.load_articles,
        "fingerprints": store.fingerprints,
        "counts": store.counts,
        "clear": store.clear,
        "optimize": store.optimize,
        "dump_to_path": lambda target, media_type: _dump_to_path(store, target, media_type),
        "dump_graph": lambda media_type, graph: _dump_graph(store, media_type, graph),
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
        except MemoryError:
            conn.send(("err", QueryMemoryError(f"the SPARQL store ran out of memory during {op}")))
        except Exception as exc:  # anything else would kill the child; report it instead
            conn.send(("err", StoreError(f"SPARQL store {op} failed: {type(exc).__name__}: {exc}")))


def _dump_to_path(store: SparqlStore, target: str, media_type: str) -> None:
    with open(target, "wb") as output:
        store.dump(output, media_type)


def _dump_graph(store: SparqlStore, media_type: str, graph: str) -> bytes:
    output = io.BytesIO()
    store.dump(output, media_type, graph)
    return output.getvalue()


def main(argv: list[str]) -> None:
    fd, path, max_memory = int(argv[1]), argv[2], int(argv[3])
    note = drop_network()
    limit_memory(max_memory)
    serve(Connection(fd), path, note)


if __name__ == "__main__":
    main(sys.argv)
