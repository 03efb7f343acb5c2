"""`kg extract FILE_OR_URL... [--format ...]`: articles in, RDF out on stdout; no database needed.

Inputs are read by loaders.sources (files, directories, ``-``, http(s) URLs, feeds, JSON Lines); each is
extracted by the same pipeline `kg ingest` uses. An input that yields no article, or an article that
fails extraction, is reported on stderr and does not stop the others; the exit status is 1 if any failed.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from kg.errors import KGError
from kg.settings import Settings


class RdfFormat(StrEnum):
    trig = "trig"
    nquads = "nquads"
    turtle = "turtle"
    ntriples = "ntriples"
    jsonld = "jsonld"


#: rdflib plugin name of each format, and whether it keeps named graphs (one per article).
_PLUGINS = {
    RdfFormat.trig: ("trig", True),
    RdfFormat.nquads: ("nquads", True),
    RdfFormat.jsonld: ("json-ld", True),
    RdfFormat.turtle: ("turtle", False),
    RdfFormat.ntriples: ("nt", False),
}


def register(app: typer.Typer) -> None:
    """Add this module's commands to the `kg` app."""
    app.command("extract")(extract_cmd)


def extract_cmd(
    inputs: Annotated[
        list[str], typer.Argument(metavar="FILE_OR_URL...", help="Files, directories, - or URLs.")
    ],
    fmt: Annotated[RdfFormat, typer.Option("--format", "-f", help="RDF serialisation.")] = RdfFormat.trig,
) -> None:
    """Extract entities and facts with provenance from articles and print them as RDF."""
    from kg.rdf import add_article, new_dataset
    from loaders.extract import extract_articles
    from loaders.nlp import build_nlp
    from loaders.sources import SourceFailure, read_sources

    settings = Settings()
    failures: list[str] = []
    articles = []
    for item in read_sources(inputs, settings):
        if isinstance(item, SourceFailure):
            failures.append(item.message)
        else:
            articles.append(item)
    dataset = new_dataset()
    if articles:
        try:
            nlp = build_nlp(settings)
        except KGError as exc:
            typer.secho(f"error: {exc}", err=True, fg=typer.colors.RED)
            raise typer.Exit(2) from exc
        for article in articles:
            try:
                extraction = next(extract_articles([article], nlp, settings))
            except KGError as exc:
                failures.append(str(exc))
                continue
            add_article(dataset, extraction)
    typer.echo(_serialise(dataset, fmt), nl=False)
    _summary(len(articles), failures)


def _serialise(dataset: object, fmt: RdfFormat) -> str:
    from rdflib import Dataset, Graph

    from kg.rdf import bind_prefixes

    assert isinstance(dataset, Dataset)
    plugin, quads = _PLUGINS[fmt]
    if quads:
        return dataset.serialize(format=plugin)
    merged = Graph()
    bind_prefixes(merged)
    for graph in dataset.graphs():
        merged += graph
    return merged.serialize(format=plugin)


def _summary(extracted: int, failures: list[str]) -> None:
    for message in failures:
        typer.secho(f"failed: {message}", err=True, fg=typer.colors.RED)
    typer.echo(
        f"extracted {extracted - sum(1 for f in failures if 'extraction failed' in f)} article(s), "
        f"{len(failures)} failed",
        err=True,
    )
    if failures:
        raise typer.Exit(1)
