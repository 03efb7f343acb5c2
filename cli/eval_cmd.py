"""`kg eval conll04 FILE [--json] [--predictions OUT]`: score extraction on a CoNLL04 (SpERT JSON) split."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.errors import KGError
from kg.settings import Settings

eval_app = typer.Typer(no_args_is_help=True, help="Measure extraction against annotated data.")


@eval_app.command("conll04")
def conll04(
    file: Annotated[
        Path, typer.Argument(help="a SpERT JSON file, e.g. ../shared/data/conll04/conll04_dev.json")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="print the scores as JSON")] = False,
    predictions: Annotated[
        Path | None, typer.Option("--predictions", help="write the predictions here, as SpERT JSON")
    ] = None,
) -> None:
    """Run the extraction pipeline on each sentence and print strict micro P/R/F1, overall and per type."""
    from loaders.evaluation.conll04 import predict
    from loaders.evaluation.report import format_json, format_table
    from loaders.evaluation.scoring import evaluate
    from loaders.evaluation.spert import read_spert, write_spert
    from loaders.nlp import build_nlp

    settings = Settings()
    try:
        gold = read_spert(file)  # first, so a bad file fails before the model loads
        nlp = build_nlp(settings)
        predicted = predict(gold, nlp, processes=settings.nlp_processes, batch_size=settings.nlp_batch_size)
        if predictions is not None:
            write_spert(predictions, predicted)
    except (KGError, OSError) as exc:
        typer.echo(f"kg eval conll04: {exc}", err=True)
        raise typer.Exit(2) from exc
    result = evaluate(gold, predicted)
    typer.echo(format_json(result, str(file)) if as_json else format_table(result, str(file)))


def register(app: typer.Typer) -> None:
    """Add `kg eval ...` to the `kg` app."""
    app.add_typer(eval_app, name="eval")
