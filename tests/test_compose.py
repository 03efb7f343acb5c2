"""docker-compose.yml and the Dockerfile cannot run here (no Docker engine): their structure is checked."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    loaded = yaml.safe_load((REPO / "docker-compose.yml").read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def test_services_and_named_volumes(compose: dict[str, Any]) -> None:
    assert set(compose["services"]) == {"neo4j", "api"}
    assert set(compose["volumes"]) == {"neo4j-data", "neo4j-logs", "kg-data"}


def test_neo4j_service(compose: dict[str, Any]) -> None:
    neo4j = compose["services"]["neo4j"]
    assert neo4j["image"] == "neo4j:5.26-community"
    assert set(neo4j["ports"]) == {"127.0.0.1:7474:7474", "127.0.0.1:7687:7687"}
    assert set(neo4j["volumes"]) == {"neo4j-data:/data", "neo4j-logs:/logs"}
    auth = neo4j["environment"]["NEO4J_AUTH"]
    assert auth.startswith("neo4j/${KG_NEO4J_PASSWORD:?")  # auth on, and no default password
    # Settings as env vars: dots become `_`, underscores `__` (the image's documented convention).
    for key in neo4j["environment"]:
        assert re.fullmatch(r"NEO4J_[a-z]+(_[a-z]+|__[a-z]+)*|NEO4J_AUTH", key), key
    # As the managed server: no keep-alive hint for the API's driver (kg/server/config.py).
    assert neo4j["environment"]["NEO4J_server_bolt_connection__keep__alive__for__requests"] == "OFF"


def test_neo4j_healthcheck(compose: dict[str, Any]) -> None:
    check = compose["services"]["neo4j"]["healthcheck"]
    assert check["test"][0] == "CMD-SHELL"
    assert "wget" in check["test"][1] and "http://localhost:7474" in check["test"][1]  # the image has no curl
    assert check["retries"] >= 10 and "start_period" in check


def test_api_waits_for_a_healthy_neo4j(compose: dict[str, Any]) -> None:
    api = compose["services"]["api"]
    assert api["build"] == "."
    assert api["depends_on"] == {"neo4j": {"condition": "service_healthy"}}
    assert api["ports"] == ["127.0.0.1:8000:8000"]
    env = api["environment"]
    assert env["KG_NEO4J_URI"] == "bolt://neo4j:7687"
    neo4j_auth = compose["services"]["neo4j"]["environment"]["NEO4J_AUTH"]
    assert env["KG_NEO4J_PASSWORD"] == neo4j_auth.split("/", 1)[1]
    assert env["KG_API_HOST"] == "0.0.0.0" and env["KG_API_PORT"] == "8000"
    assert "kg-data:" + env["KG_DATA_DIR"] in api["volumes"]


def test_dockerfile_serves_the_api_on_8000() -> None:
    dockerfile = (REPO / "Dockerfile").read_text(encoding="utf-8")
    assert re.search(r"^FROM python:3\.11", dockerfile, re.M)
    assert "uv sync --frozen --no-dev" in dockerfile
    assert re.search(r"^EXPOSE 8000$", dockerfile, re.M)
    cmd = re.search(r"^CMD (.+)$", dockerfile, re.M)
    assert cmd is not None and "kg serve --host 0.0.0.0 --port 8000" in cmd.group(1)
    # Every path the image copies exists in the checkout (a typo would only show up in `docker build`).
    for source in re.findall(r"^COPY (?!--from)(.+) \S+$", dockerfile, re.M):
        for part in source.split():
            assert (REPO / part).exists(), part
