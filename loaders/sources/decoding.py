"""Undoing Content-Encoding as the body streams in, never producing more than a cap of decoded bytes.

httpx decodes each received chunk whole, so a few kilobytes sent as ``Content-Encoding: gzip, gzip``
became gigabytes in memory before any size check saw them. Here the raw bytes are inflated stage by
stage in slices of at most ``STEP`` bytes, and the consumer counts what comes out: the first byte past
the cap stops everything, so a bomb costs at most the cap plus a slice per stage.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator
from typing import Final

from loaders.sources.base import SourceError

#: What the fetcher asks for: the encodings decoded here.
ACCEPT_ENCODING: Final = "gzip, deflate"
STEP: Final = 64 * 1024
_WBITS: Final = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}


def encodings(header: str) -> list[str]:
    """The codings a Content-Encoding header lists, in the order they were applied ("identity" dropped).

    Raises:
        SourceError: a coding this module cannot undo (br, zstd, compress...).
    """
    names = [name.strip().lower() for name in header.split(",") if name.strip()]
    unknown = [name for name in names if name not in _WBITS and name != "identity"]
    if unknown:
        raise SourceError(f"unsupported Content-Encoding {', '.join(unknown)!r} (kg reads gzip and deflate)")
    return [name for name in names if name != "identity"]


def decoded(raw: Iterable[bytes], codings: list[str], cap: int) -> Iterator[bytes]:
    """The body with ``codings`` undone (last applied, first undone), in slices; stops past ``cap`` bytes.

    Raises:
        SourceError: the decoded body exceeds ``cap`` bytes, or a coding's data is corrupt.
    """
    stream: Iterable[bytes] = raw
    for coding in reversed(codings):
        stream = _inflate(stream, coding)
    size = 0
    for piece in stream:
        size += len(piece)
        if size > cap:
            raise SourceError(f"too large: body exceeds fetch_max_bytes ({cap:,} bytes); stopped reading")
        yield piece


def _inflate(chunks: Iterable[bytes], coding: str) -> Iterator[bytes]:
    """One coding undone; output in slices of at most STEP bytes, so nothing expands at once."""
    inflater = _new(coding)
    try:
        for chunk in chunks:
            data = chunk
            while data:
                piece = inflater.decompress(data, STEP)
                if piece:
                    yield piece
                data = inflater.unconsumed_tail
                if inflater.eof and inflater.unused_data:  # another gzip member follows
                    data, inflater = inflater.unused_data + data, _new(coding)
        while piece := inflater.decompress(b"", STEP):
            yield piece
    except zlib.error as err:
        raise SourceError(f"corrupt {coding} data in the response: {err}") from err


def _new(coding: str) -> zlib._Decompress:
    return zlib.decompressobj(_WBITS[coding])
