"""Neo4j beyond one server, as far as one machine shows it: every command through a routing URI
(neo4j://, the scheme of clusters and Aura) against the managed server, the API's read-your-writes
carried by bookmarks. (A real transient error retried: tests/graphstore/test_retries.py.)"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import neo4j
import pytest
from pydantic import SecretStr

from api.app import create_app
from cli.api_cmd import PipelineExtractor
from kg.graphstore.connection import resolve_password
from kg.settings import Settings
from testkit.served import serve_app

pytestmark = pytest.mark.neo4j

REPO = Path(__file__).resolve().parents[2]
REFERENCE = REPO.parent / "shared" / "data" / "seed" / "xi-zelenskyy-kirby.txt"
KG = str(Path(sys.executable).parent / "kg")
TOKEN = "routing-token"


@pytest.fixture
def routed(settings: Settings, empty_graph: neo4j.Driver) -> Settings:
    """The managed server's settings, spelled as a routing URI (what a cluster or Aura gives)."""
    return settings.model_copy(
        update={
            "neo4j_uri": f"neo4j://127.0.0.1:{settings.neo4j_bolt_port}",
            "neo4j_password": SecretStr(resolve_password(settings)),
        }
    )


def kg(routed: Settings, tmp_path: Path, *args: str) -> str:
    assert routed.neo4j_uri and routed.neo4j_password
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    env.update(
        KG_NEO4J_URI=routed.neo4j_uri,
        KG_NEO4J_PASSWORD=routed.neo4j_password.get_secret_value(),
        KG_DATA_DIR=str(tmp_path / "kg"),
    )
    done = subprocess.run([KG, *args], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"kg {' '.join(args)}: {done.stderr[-2000:]}"
    return done.stdout + done.stderr


@pytest.mark.slow
def test_every_command_works_through_a_routing_uri(routed: Settings, tmp_path: Path) -> None:
    assert "Schema applied" in kg(routed, tmp_path, "init")
    assert "1 new" in kg(routed, tmp_path, "ingest", str(REFERENCE))
    exported = kg(routed, tmp_path, "export", "-o", str(tmp_path / "out.nq"))
    assert "exported 1 articles" in exported
    article = (tmp_path / "out.nq").read_text(encoding="utf-8").split()[-2].strip("<>")
    assert "1 replaced" in kg(routed, tmp_path, "reextract")
    assert "1 articles" in kg(routed, tmp_path, "sparql-index")
    assert "Kirby" in kg(routed, tmp_path, "sparql", "SELECT ?n WHERE { ?p a kg:Person ; rdfs:label ?n }")
    assert f"deleted {article}" in kg(routed, tmp_path, "delete", article)


@pytest.fixture
def served_routed(routed: Settings) -> Iterator[str]:
    settings = routed.model_copy(update={"api_token": SecretStr(TOKEN)})
    app = create_app(settings, extractor=PipelineExtractor(settings))
    for url in serve_app(app, start_timeout=60):
        yield url
        assert app.state.writes.bookmarks.latest().raw_values  # the mutation's bookmark was kept


def test_the_api_reads_its_own_writes_through_a_routing_uri(served_routed: str) -> None:
    import httpx

    mutation = """mutation($text: String!) { ingestArticle(text: $text, url: "https://news.example/r",
      title: "Routing") { __typename ... on IngestSuccess { status article { id } } } }"""
    text = "French President Emmanuel Macron met with Olaf Scholz in Paris on Monday."
    headers = {"X-API-Token": TOKEN}
    with httpx.Client(base_url=served_routed, timeout=600) as client:
        written = client.post(
            "/graphql", json={"query": mutation, "variables": {"text": text}}, headers=headers
        )
        result = written.json()["data"]["ingestArticle"]
        assert result["__typename"] == "IngestSuccess" and result["status"] == "new"
        query = "query($id: ID!) { article(id: $id) { title } }"
        read = client.post("/graphql", json={"query": query, "variables": {"id": result["article"]["id"]}})
        assert read.json()["data"] == {"article": {"title": "Routing"}}
