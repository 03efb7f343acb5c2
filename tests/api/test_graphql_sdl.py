"""schema/schema.graphql is the committed artifact front ends generate typed clients from."""

from __future__ import annotations

import difflib
from pathlib import Path

from typer.testing import CliRunner

from api.graphql.schema import schema_sdl
from cli.main import app

SDL_FILE = Path(__file__).resolve().parents[2] / "schema" / "schema.graphql"


def test_committed_sdl_is_current() -> None:
    committed, current = SDL_FILE.read_text(encoding="utf-8"), schema_sdl()
    diff = "".join(
        difflib.unified_diff(committed.splitlines(True), current.splitlines(True), "committed", "current")
    )
    assert committed == current, (
        f"schema/schema.graphql is stale; run `kg graphql-schema > {SDL_FILE}`\n{diff}"
    )


def test_cli_prints_the_sdl() -> None:
    result = CliRunner().invoke(app, ["graphql-schema"])
    assert result.exit_code == 0
    assert result.output == schema_sdl()
    assert "enum Predicate {" in result.output and "  memberOf\n" in result.output
