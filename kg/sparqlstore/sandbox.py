"""Confining the SPARQL store process: no network, and a ceiling on its memory.

Queries come from anyone. pyoxigraph can fetch over HTTP (SERVICE) and has no memory budget, so besides
refusing SERVICE in the query text (kg.sparqlstore.store.check_query_text), the process that evaluates
queries gets a network namespace of its own, where no interface is up: nothing it runs can resolve a
name or open a connection, whatever the parser lets through. And its address space is capped, so a
query that would fill the machine's memory (a cross product sorted, a string doubled thirty times)
makes the allocation fail and the process end, instead of the machine swapping; the engine restarts it.
"""

from __future__ import annotations

import ctypes
import os
import resource

_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000


def drop_network() -> str | None:
    """Move this process into a new, empty network namespace; must run before any thread starts.

    A privileged process needs only a network namespace; any other user gets one inside a user
    namespace of its own (unprivileged user namespaces, on by default on current Linux).

    Returns:
        None when done, else why it could not be done (not Linux, namespaces disabled).
    """
    try:
        unshare = ctypes.CDLL(None, use_errno=True).unshare
    except (OSError, AttributeError) as exc:
        return f"no unshare() on this system ({exc})"
    errno = 0
    for flags in (_CLONE_NEWNET, _CLONE_NEWUSER | _CLONE_NEWNET):
        if unshare(flags) == 0:
            return None
        errno = ctypes.get_errno()
    return f"unshare(CLONE_NEWNET) failed: {os.strerror(errno)}"


def limit_memory(max_bytes: int) -> None:
    """Cap this process's address space (RLIMIT_AS): allocations beyond it fail, and Rust aborts."""
    resource.setrlimit(resource.RLIMIT_AS, (max_bytes, max_bytes))
