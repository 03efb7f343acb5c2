"""`kg eval conll04 FILE` and `kg eval news PATH...`: score extraction on annotated data."""

from __future__ import annotations

import json
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
        predicted = predict(
            gold,
            nlp,
            processes=settings.nlp_processes,
            batch_size=settings.nlp_batch_size,
            min_confidence=settings.min_confidence,
        )
        if predictions is not None:
            write_spert(predictions, predicted)
    except (KGError, OSError) as exc:
        typer.echo(f"kg eval conll04: {exc}", err=True)
        raise typer.Exit(2) from exc
    result = evaluate(gold, predicted)
    typer.echo(format_json(result, str(file)) if as_json else format_table(result, str(file)))


@eval_app.command("news")
def news(
    paths: Annotated[list[Path], typer.Argument(help="annotation files or folders, e.g. eval/news/dev")],
    as_json: Annotated[bool, typer.Option("--json", help="print the scores and every fact as JSON")] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="list missed headline facts and missed and wrong facts")
    ] = False,
    agreement: Annotated[
        list[Path] | None,
        typer.Option("--agreement", help="score these annotations against PATHS, not the pipeline"),
    ] = None,
) -> None:
    """Run the pipeline of `kg extract` on each annotated article and score it: facts per family, open
    relations, headline facts, alias precision, per article."""
    from loaders.evaluation import news as scorer
    from loaders.evaluation.news_gold import read_annotations
    from loaders.extract import extract_articles
    from loaders.nlp import build_nlp

    settings = Settings()
    try:
        gold = read_annotations(paths, scorer.SYMMETRIC)  # first, so a bad file fails before the model loads
        if agreement:
            result = scorer.agreement(gold, read_annotations(agreement, scorer.SYMMETRIC))
        else:
            nlp = build_nlp(settings)
            result = scorer.run(gold, lambda articles: list(extract_articles(articles, nlp, settings)))
    except (KGError, OSError, ValueError, KeyError) as exc:
        typer.echo(f"kg eval news: {exc}", err=True)
        raise typer.Exit(2) from exc
    source = " ".join(map(str, paths))
    if as_json:
        typer.echo(json.dumps({"source": source, **result.as_dict()}, indent=2))
    else:
        typer.echo(scorer.format_table(result, source, verbose=verbose))


def register(app: typer.Typer) -> None:
    """Add `kg eval ...` to the `kg` app."""
    app.add_typer(eval_app, name="eval")
