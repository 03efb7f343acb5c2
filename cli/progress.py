"""Progress of `kg ingest` / `kg reextract`, readable wherever the output goes.

On a terminal: a live bar (rich) with counts and rates. Elsewhere (a log file, CI, a pipe): a plain
line every ``interval`` seconds from a timer thread, also while nothing finishes (the model loading,
a long first chunk), so a log never goes quiet for longer than that; and one last line at the end.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TextIO

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from kg.graphstore.writer import WriteResult

Outcome = WriteResult | str


@dataclass
class Tally:
    """Counts of outcomes so far, and since when."""

    started: float = field(default_factory=time.perf_counter)
    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: int = 0
    facts: int = 0

    @property
    def done(self) -> int:
        return self.new + self.unchanged + self.replaced + self.failed

    def add(self, outcome: Outcome) -> None:
        if isinstance(outcome, str):
            self.failed += 1
            return
        self.facts += outcome.facts
        if outcome.status == "new":
            self.new += 1
        elif outcome.status == "replaced":
            self.replaced += 1
        else:
            self.unchanged += 1

    def line(self, what: str) -> str:
        elapsed = time.perf_counter() - self.started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        return (
            f"{what}: {self.done} articles ({self.new} new, {self.unchanged} unchanged, "
            f"{self.replaced} replaced, {self.failed} failed), {self.facts} facts, "
            f"{rate:.1f} articles/s, {_clock(elapsed)} elapsed"
        )


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    return f"{minutes // 60}:{minutes % 60:02d}:{secs:02d}"


@contextmanager
def progress(what: str, interval: float, stream: TextIO | None = None) -> Iterator[Callable[[Outcome], None]]:
    """A reporter for each outcome; a live bar on a terminal, else a line every ``interval`` s."""
    stream = stream or sys.stderr
    if stream.isatty():
        with _bar(what, stream) as report:
            yield report
    else:
        with _lines(what, interval, stream) as report:
            yield report


@contextmanager
def _lines(what: str, interval: float, stream: TextIO) -> Iterator[Callable[[Outcome], None]]:
    tally, lock, stop = Tally(), threading.Lock(), threading.Event()

    def report(outcome: Outcome) -> None:
        with lock:
            tally.add(outcome)

    def tick() -> None:
        while not stop.wait(interval):
            with lock:
                print(tally.line(what), file=stream, flush=True)

    ticker = threading.Thread(target=tick, name="kg-progress", daemon=True)
    ticker.start()
    try:
        yield report
    finally:
        stop.set()
        ticker.join()
        print(tally.line(what), file=stream, flush=True)


@contextmanager
def _bar(what: str, stream: TextIO) -> Iterator[Callable[[Outcome], None]]:
    tally = Tally()
    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}: {task.completed} articles"),
        TextColumn("{task.fields[aps]:.1f} articles/s"),
        TextColumn("{task.fields[facts]} facts"),
        TextColumn("{task.fields[failed]} failed"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=Console(file=stream), transient=False) as bar:
        task = bar.add_task(what, total=None, aps=0.0, facts=0, failed=0)

        def report(outcome: Outcome) -> None:
            tally.add(outcome)
            elapsed = max(time.perf_counter() - tally.started, 1e-9)
            bar.update(
                task, completed=tally.done, aps=tally.done / elapsed, facts=tally.facts, failed=tally.failed
            )

        yield report
