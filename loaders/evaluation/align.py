"""Token <-> character alignment over a sentence given as its tokens joined by single spaces.

The pipeline sees ``" ".join(tokens)`` and answers in character offsets; the gold data counts tokens.
spaCy may split differently from the gold tokenisation ("theater." is one gold token, two spaCy tokens),
so a character span maps to the gold tokens it overlaps: the smallest token span that covers it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TokenAlignment:
    """Character offsets of each token in ``" ".join(tokens)``."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def of(cls, tokens: Sequence[str]) -> TokenAlignment:
        """The alignment of ``tokens`` joined by single spaces."""
        starts: list[int] = []
        ends: list[int] = []
        pos = 0
        for token in tokens:
            starts.append(pos)
            pos += len(token)
            ends.append(pos)
            pos += 1  # the joining space
        return cls(tuple(starts), tuple(ends))

    def to_chars(self, start: int, end: int) -> tuple[int, int]:
        """Character span of the token span ``start..end`` (end exclusive)."""
        return self.starts[start], self.ends[end - 1]

    def to_tokens(self, start: int, end: int) -> tuple[int, int] | None:
        """Smallest token span covering the character span ``start..end``, or None if it covers no token."""
        first = bisect_right(self.ends, start)  # first token that ends after the span starts
        last = bisect_left(self.starts, end)  # one past the last token that starts before the span ends
        if first >= last:
            return None
        return first, last
