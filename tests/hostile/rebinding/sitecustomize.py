"""A rebinding DNS for `kg serve` under test (loaded at interpreter start through PYTHONPATH).

An attacker who controls a name's DNS answers a public address to the first lookup (the server's
check) and a loopback one to the next (the connection). These names answer the same way, in-process,
because the test machine's real DNS cannot be told to:

- ``rebind.kg.test``: 1.1.1.1 the first time, then 127.0.0.1;
- ``public.kg.test``: always 1.1.1.1 (a public name, for the proxy test).
"""

from __future__ import annotations

import socket
from typing import Any

_real_getaddrinfo = socket.getaddrinfo
_asked: dict[str, int] = {}


def _answer(address: str, port: Any) -> list[Any]:
    return [(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (address, int(port or 0)))]


def _getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> list[Any]:
    name = host.decode() if isinstance(host, bytes) else host
    if name == "rebind.kg.test":
        _asked[name] = _asked.get(name, 0) + 1
        return _answer("1.1.1.1" if _asked[name] == 1 else "127.0.0.1", port)
    if name == "public.kg.test":
        return _answer("1.1.1.1", port)
    return _real_getaddrinfo(host, port, *args, **kwargs)


socket.getaddrinfo = _getaddrinfo
