"""`kg ingest` progress: plain lines at the set interval when the output is not a terminal (also while
nothing finishes), and a last line at the end; a live bar on a terminal."""

from __future__ import annotations

import io
import time

from cli.progress import progress
from kg.graphstore.writer import WriteResult


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_lines_come_at_the_interval_even_while_nothing_finishes() -> None:
    out = io.StringIO()
    with progress("ingest", 0.05, out) as report:
        time.sleep(0.3)  # the model loading, say: no outcome yet
        report(WriteResult("a", "new", entities=3, facts=2))
        report("b: extraction failed: boom")
        time.sleep(0.15)
    lines = out.getvalue().splitlines()
    assert len(lines) >= 5
    assert lines[0].startswith("ingest: 0 articles (0 new")
    assert lines[-1].startswith("ingest: 2 articles (1 new, 0 unchanged, 0 replaced, 1 failed), 2 facts")


def test_a_terminal_gets_a_bar_not_lines() -> None:
    out = Terminal()
    with progress("reextract", 0.05, out) as report:
        report(WriteResult("a", "replaced", facts=4))
        time.sleep(0.15)
    text = out.getvalue()
    assert "reextract: 1 articles" in text and "4 facts" in text
    assert "replaced, 0 failed)" not in text  # not the plain lines
