"""`kg serve` (the API under uvicorn) and `kg graphql-schema` (the SDL front ends generate clients from).

This is where the API meets extraction: ``PipelineExtractor`` adapts loaders' pipeline to
kg.ports.Extractor, and ``create_served_app`` hands it to api.app.create_app.
"""

from __future__ import annotations

import threading
from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated

import typer

from kg.errors import InvalidInputError, KGError
from kg.model import Article, ArticleExtraction
from kg.settings import Settings

if TYPE_CHECKING:
    from fastapi import FastAPI
    from spacy.language import Language


def register(app: typer.Typer) -> None:
    """Add this module's commands to the `kg` app."""
    app.command("serve")(serve_cmd)
    app.command("graphql-schema")(graphql_schema_cmd)


class PipelineExtractor:
    """kg.ports.Extractor over loaders' spaCy pipeline, loaded once on first use (not at startup)."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._nlp: Language | None = None
        # One article at a time: a spaCy pipeline is not meant to be called from several threads.
        self._lock = threading.Lock()

    def _pipeline(self) -> Language:
        if self._nlp is None:
            from loaders.nlp import build_nlp

            self._nlp = build_nlp(self._settings)
        return self._nlp

    def extract_text(
        self,
        text: str,
        *,
        title: str | None = None,
        url: str | None = None,
        published: date | datetime | None = None,
        source: str | None = None,
    ) -> ArticleExtraction:
        from loaders.sources.base import ArticleFields
        from loaders.sources.build import build_article

        fields = ArticleFields(body=text, title=title, url=url, published=published, source=source)
        return self._extract(build_article(fields, "ingestArticle", self._settings))

    def extract_url(self, url: str) -> ArticleExtraction:
        from loaders.sources.base import SourceError, SourceFailure
        from loaders.sources.fetch import check_scheme
        from loaders.sources.inputs import read_sources

        try:
            # read_sources also reads paths and "-"; a client of the API may only name http(s) URLs.
            check_scheme(url)
        except SourceError as err:
            raise InvalidInputError(f"{url}: {err}") from err
        fetching = self._settings.model_copy(
            update={"fetch_private_addresses": self._settings.api_fetch_private_addresses}
        )
        for item in read_sources([url], fetching):
            if isinstance(item, SourceFailure):
                raise InvalidInputError(item.message)
            return self._extract(item)
        raise InvalidInputError(f"{url}: no article found there")

    def _extract(self, article: Article) -> ArticleExtraction:
        from loaders.extract import extract_article

        with self._lock:
            return extract_article(article, self._pipeline())


def create_served_app() -> FastAPI:
    """The app factory uvicorn calls (in each worker): settings from the environment, the real extractor."""
    from api.app import create_app
    from api.sparql import neo4j_mirror

    settings = Settings()
    return create_app(settings, extractor=PipelineExtractor(settings), lifespans=[neo4j_mirror(settings)])


def serve_cmd(
    host: Annotated[str | None, typer.Option(help="Interface to bind (default: KG_API_HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default: KG_API_PORT).")] = None,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
) -> None:
    """Serve the GraphQL API (GraphiQL at /graphql, /healthz, /readyz) under uvicorn."""
    import uvicorn

    from api.security import check_token

    settings = Settings()
    try:
        check_token(settings)
    except KGError as exc:
        typer.secho(f"error: {exc}", err=True, fg=typer.colors.RED)
        raise typer.Exit(1) from exc
    uvicorn.run(
        "cli.api_cmd:create_served_app",
        factory=True,
        host=host or settings.api_host,
        port=port or settings.api_port,
        workers=workers,
        log_level="info",
    )


def graphql_schema_cmd() -> None:
    """Print the GraphQL schema (SDL); schema/schema.graphql is this output, committed."""
    from api.graphql.schema import schema_sdl

    typer.echo(schema_sdl(), nl=False)
