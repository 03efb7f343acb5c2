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
from typing import TYPE_CHECKING, TextIO

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from kg.graphstore.writer import WriteResult

if TYPE_CHECKING:
    from loaders.ingest_steps import IngestSummary

Outcome = WriteResult | str


def _summary() -> IngestSummary:
    from loaders.ingest_steps import IngestSummary  # here, so that `kg --help` need not load the loaders

    return IngestSummary()


@dataclass
class Tally:
    """The run's counts so far (an IngestSummary of its own), and since when."""

    started: float = field(default_factory=time.perf_counter)
    counts: IngestSummary = field(default_factory=_summary)

    @property
    def done(self) -> int:
        return self.counts.articles

    def add(self, outcome: Outcome) -> None:
        if isinstance(outcome, str):
            self.counts.failed.append(outcome)
        else:
            self.counts.add(outcome)

    def line(self, what: str) -> str:
        c = self.counts
        elapsed = time.perf_counter() - self.started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        return (
            f"{what}: {self.done} articles ({c.new} new, {c.unchanged} unchanged, "
            f"{c.replaced} replaced, {len(c.failed)} failed), {c.facts} facts, "
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
                task,
                completed=tally.done,
                aps=tally.done / elapsed,
                facts=tally.counts.facts,
                failed=len(tally.counts.failed),
            )

        yield report
