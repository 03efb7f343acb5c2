"""`kg watch`: poll RSS/Atom feeds and ingest their new or changed items until Ctrl-C (loaders.watch)."""

from __future__ import annotations

import signal
import threading
from types import FrameType
from typing import TYPE_CHECKING, Annotated

import typer

from cli.reporting import reported
from kg.graphstore.connection import open_driver
from kg.graphstore.schema import apply_schema
from kg.graphstore.writer import GraphWriter
from kg.settings import Settings

if TYPE_CHECKING:
    from loaders.ingest_steps import Outcome
    from loaders.watch import FeedPoll, Item


def register(app: typer.Typer) -> None:
    """Add this module's command to the `kg` app."""
    app.command("watch")(watch_cmd)


@reported
def watch_cmd(
    feeds: Annotated[list[str], typer.Argument(help="RSS/Atom feed URLs to poll.")],
    every: Annotated[
        str | None, typer.Option("--every", help="Poll interval: 30s, 15m, 1h (default KG_WATCH_EVERY).")
    ] = None,
) -> None:
    """Poll feeds and ingest only new or changed items (ETag, Last-Modified, item ids); what was seen
    survives restarts (KG_WATCH_STATE). Ctrl-C or SIGTERM stops after the feed being read."""
    from loaders.ingest import pipeline_extractor, run_local
    from loaders.watch import WatchState, parse_every, watch

    settings = Settings()
    interval = parse_every(every or settings.watch_every)
    state = WatchState(settings.watch_state_path)
    stop = _stop_on_signals()
    driver = open_driver(settings)
    try:
        apply_schema(driver, settings.neo4j_database)
        writer = GraphWriter(driver, settings.neo4j_database)
        extract = pipeline_extractor(settings)

        def ingest(items: list[Item]) -> list[Outcome]:
            outcomes: list[Outcome] = []
            run_local(items, writer, extract, outcomes.append, settings.nlp_batch_size)
            return outcomes

        typer.echo(f"watching {len(feeds)} feed(s) every {interval:g} s; state in {state.path}")
        polls = watch(feeds, interval, settings, state, ingest, stop, _report)
    finally:
        driver.close()
    typer.echo(f"stopped after {polls} poll(s)")


def _report(poll: FeedPoll) -> None:
    if poll.error is not None:
        typer.secho(poll.line(), err=True, fg=typer.colors.RED)
        return
    typer.echo(poll.line())
    for message in poll.failed:
        typer.secho(f"  failed: {message}", err=True, fg=typer.colors.RED)


def _stop_on_signals() -> threading.Event:
    """An event that SIGINT and SIGTERM set; a second SIGINT interrupts at once."""
    stop = threading.Event()

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        if stop.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt
        stop.set()
        typer.echo(f"{signal.Signals(signum).name}: stopping after the current feed")

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    return stop
