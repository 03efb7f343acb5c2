"""Nothing lost, through the real `kg` commands: 200 BBC articles ingested and exported; the export loaded
into an empty database exports again the very same quads (N-Quads, TriG, JSON-LD); what `kg load` cannot
restore exactly is refused by name; and `kg backup` / `kg restore` bring a managed server's database back,
with its SPARQL store rebuilt."""

from __future__ import annotations

import os
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

import neo4j
import pytest
from kg_cli import run_kg
from rdflib import Dataset
from rdflib.compare import isomorphic

from testkit.served import free_port

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]

BBC = Path(__file__).resolve().parents[3] / "shared" / "data" / "news" / "bbc_news_2225.jsonl"
ARTICLES = 200
RDFLIB_FORMATS = {"nquads": "nquads", "trig": "trig", "jsonld": "json-ld"}


def _empty(driver: neo4j.Driver) -> None:
    with driver.session() as session:  # CALL IN TRANSACTIONS needs an auto-commit transaction
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


def _kg(*args: str, env: dict[str, str] | None = None) -> str:
    run = run_kg(*args, env=env or dict(os.environ))
    assert run.returncode == 0, f"kg {' '.join(args)}:\n{run.stdout}\n{run.stderr[-3000:]}"
    return run.stdout + run.stderr


def _export(path: Path, fmt: str = "nquads", env: dict[str, str] | None = None) -> Dataset:
    _kg("export", "--format", fmt, "-o", str(path), env=env)
    dataset = Dataset()
    dataset.parse(path, format=RDFLIB_FORMATS[fmt])
    return dataset


def assert_same(before: Dataset, after: Dataset) -> None:
    """The same named graphs, each isomorphic (a set comparison: kg's RDF has no blank nodes)."""
    graphs = {g.identifier: g for g in before.graphs() if len(g)}
    again = {g.identifier: g for g in after.graphs() if len(g)}
    assert graphs.keys() == again.keys()
    different = [str(iri) for iri, graph in graphs.items() if not isomorphic(graph, again[iri])]
    assert different == [], f"{len(different)} article graphs differ, e.g. {different[:3]}"


@pytest.fixture(scope="module")
def bbc_export(driver: neo4j.Driver, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Dataset]:
    """The first 200 BBC articles ingested with `kg ingest` into an emptied database, then exported."""
    tmp = tmp_path_factory.mktemp("bbc200")
    with BBC.open(encoding="utf-8") as lines:
        (tmp / "bbc200.jsonl").write_text("".join(islice(lines, ARTICLES)), encoding="utf-8")
    _empty(driver)
    ingested = _kg("ingest", str(tmp / "bbc200.jsonl"))
    assert f"{ARTICLES} new" in ingested
    export = tmp / "bbc200.nq"
    return export, _export(export)


def test_export_then_load_into_an_empty_database_exports_the_same_quads(
    driver: neo4j.Driver, bbc_export: tuple[Path, Dataset], tmp_path: Path
) -> None:
    export, before = bbc_export
    assert len([g for g in before.graphs() if len(g)]) == ARTICLES
    _empty(driver)
    loaded = _kg("load", str(export))
    assert f"loaded {ARTICLES} articles ({ARTICLES} new)" in loaded
    assert_same(before, _export(tmp_path / "again.nq"))
    again = _kg("load", str(export))
    assert f"loaded {ARTICLES} articles ({ARTICLES} unchanged)" in again


def _first_articles(export: Path, count: int, target: Path) -> Path:
    """The quads of the export's first ``count`` articles (an N-Quads line ends with its graph name)."""
    lines = [line for line in export.read_text(encoding="utf-8").splitlines(keepends=True) if line.strip()]
    names = list(dict.fromkeys(line.rsplit(" ", 2)[-2] for line in lines))[:count]
    target.write_text("".join(line for line in lines if line.rsplit(" ", 2)[-2] in names), encoding="utf-8")
    return target


@pytest.mark.parametrize("fmt", ["trig", "jsonld"])
def test_the_other_quad_formats_round_trip_too(
    driver: neo4j.Driver, bbc_export: tuple[Path, Dataset], tmp_path: Path, fmt: str
) -> None:
    export, _ = bbc_export
    subset = _first_articles(export, 30, tmp_path / "subset.nq")
    _empty(driver)
    _kg("load", str(subset))
    before = _export(tmp_path / "before.nq")
    dumped = tmp_path / f"export.{fmt}"
    first = _export(dumped, fmt)
    _empty(driver)
    _kg("load", str(dumped))
    assert_same(first, _export(tmp_path / f"again.{fmt}", fmt))
    # Compared in one format: each writes numbers in its own lexical form, which rdflib keeps.
    assert_same(before, _export(tmp_path / "again.nq"))


def test_what_cannot_be_restored_exactly_is_refused_by_name(
    driver: neo4j.Driver, bbc_export: tuple[Path, Dataset], tmp_path: Path
) -> None:
    export = _first_articles(bbc_export[0], 30, tmp_path / "subset.nq")
    _empty(driver)
    _kg("load", str(export))
    turtle = tmp_path / "all.ttl"
    _kg("export", "--format", "turtle", "-o", str(turtle))
    refused = run_kg("load", str(turtle), env=dict(os.environ))
    assert refused.returncode == 1
    assert "holds 30 articles in one graph" in refused.stderr

    lines = [line for line in export.read_text(encoding="utf-8").splitlines(keepends=True) if line.strip()]
    names = list(dict.fromkeys(line.rsplit(" ", 2)[-2] for line in lines))
    first = [line for line in lines if line.rsplit(" ", 2)[-2] == names[0]]
    second = [line for line in lines if line.rsplit(" ", 2)[-2] == names[1]]
    moved = next(line for line in first if "#sentence>" in line)  # any quad but the article's own type
    shuffled = tmp_path / "split.nq"  # the first article, the second, then one more quad of the first
    shuffled.write_text(
        "".join([*(line for line in first if line != moved), *second, moved]), encoding="utf-8"
    )
    broken = run_kg("load", str(shuffled), env=dict(os.environ))
    assert broken.returncode == 1 and "are not together in the file" in broken.stderr

    garbage = tmp_path / "garbage.nq"
    garbage.write_text("this is not N-Quads\n", encoding="utf-8")
    bad = run_kg("load", str(garbage), env=dict(os.environ))
    assert bad.returncode == 1 and "not valid N-Quads" in bad.stderr


def test_one_article_in_turtle_loads(
    driver: neo4j.Driver, bbc_export: tuple[Path, Dataset], tmp_path: Path
) -> None:
    export, before = bbc_export
    _empty(driver)
    _kg("load", str(export))
    article = next(str(g.identifier) for g in before.graphs() if len(g))
    one = tmp_path / "one.ttl"
    _kg("export", "--format", "turtle", "--article", article, "-o", str(one))
    _kg("delete", article)
    assert "1 new" in _kg("load", str(one))
    assert_same(before, _export(tmp_path / "after.nq"))


@pytest.fixture
def managed(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A managed Neo4j of its own (own data dir and ports), stopped afterwards."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    env.update(
        KG_DATA_DIR=str(tmp_path / "kg"),
        KG_NEO4J_BOLT_PORT=str(free_port()),
        KG_NEO4J_HTTP_PORT=str(free_port()),
        KG_NEO4J_HEAP="512m",
        KG_NEO4J_PAGECACHE="64m",
    )
    _kg("neo4j", "start", env=env)
    yield env
    run_kg("neo4j", "stop", env=env)


def test_backup_then_restore_brings_the_database_and_the_sparql_store_back(
    managed: dict[str, str], bbc_export: tuple[Path, Dataset], tmp_path: Path
) -> None:
    export, before = bbc_export
    _kg("load", str(export), env=managed)
    dump = tmp_path / "kg.dump"
    assert "backed up to" in _kg("backup", str(dump), env=managed)
    status = run_kg("neo4j", "status", env=managed)
    assert status.returncode == 0, "the server was running before the backup and must run after it"

    gone = next(str(g.identifier) for g in before.graphs() if len(g))
    _kg("delete", gone, env=managed)
    restored = _kg("restore", str(dump), env=managed)
    assert f"rebuilt: {ARTICLES} articles" in restored
    assert_same(before, _export(tmp_path / "restored.nq", env=managed))
    graphs = _kg(
        "sparql", "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a kg:Article } }", env=managed
    )
    assert str(ARTICLES) in graphs


def test_backup_refuses_a_server_it_does_not_manage(tmp_path: Path) -> None:
    env = {**os.environ, "KG_NEO4J_URI": "bolt://127.0.0.1:1"}
    run = run_kg("backup", str(tmp_path / "x.dump"), env=env)
    assert run.returncode == 1 and "works on the managed Neo4j only" in run.stderr
