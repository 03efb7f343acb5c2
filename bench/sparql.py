"""SPARQL benchmark on the BBC corpus's graph: our store beside rdflib's engine, rebuild rate, ingest delay.

Needs the graph in Neo4j first (e.g. ``kg ingest ../shared/data/news/bbc_news_2225.jsonl``) and the
KG_NEO4J_* settings. Run once, niced:

    nice .venv/bin/python bench/sparql.py [--repeat 5] [--rdflib-repeat 3]

Prints, all measured in this run:
1. full rebuild of the SPARQL store from Neo4j (export + load) and the load alone, in quads/s;
2. median latency of five query shapes on our store (in-process engine call, and over HTTP on
   /sparql) beside rdflib's own SPARQL engine over the same quads in memory, and the ratio;
3. the delay between an ingestArticle mutation returning and its article being visible in SPARQL.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import httpx
from pydantic import SecretStr
from rdflib import Dataset, URIRef

REPO = Path(__file__).resolve().parents[1]
# Python puts this script's folder first on the path; bench/graphql.py would then shadow the graphql
# package. The repository root goes there instead (for testkit, shared with the tests).
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != REPO / "bench"]
sys.path.insert(0, str(REPO))

from kg.graphstore.connection import open_driver  # noqa: E402
from kg.settings import Settings  # noqa: E402
from kg.sparqlstore import PREFIXES, SparqlEngine  # noqa: E402
from kg.sparqlstore.sync import Neo4jArticles, sync  # noqa: E402
from testkit.corpus import seed_bbc  # noqa: E402
from testkit.served import serve_app  # noqa: E402

TOKEN = "bench-token"


def queries(person: str, person_iri: str) -> dict[str, str]:
    """The five shapes of the issue, about the most connected person of the corpus."""
    return {
        "lookup by label": f'SELECT DISTINCT ?e ?type WHERE {{ ?e rdfs:label "{person}" ; a ?type }}',
        "one-hop facts": f"""SELECT DISTINCT ?p ?o ?label WHERE {{
            <{person_iri}> ?p ?o . ?o rdfs:label ?label }}""",
        "aggregation by predicate": """SELECT ?p (COUNT(?ev) AS ?n) WHERE {
            ?ev a kg:Evidence ; rdf:predicate ?p } GROUP BY ?p ORDER BY DESC(?n)""",
        "two-hop join": f"""SELECT DISTINCT ?mid ?o WHERE {{
            <{person_iri}> ?p1 ?mid . ?mid rdfs:label ?ml . ?mid ?p2 ?o . ?o rdfs:label ?ol }}""",
        "GRAPH over articles": """SELECT ?g ?title (COUNT(?ev) AS ?facts) WHERE {
            GRAPH ?g { ?g schema:headline ?title . ?ev a kg:Evidence } }
            GROUP BY ?g ?title ORDER BY DESC(?facts) ?g LIMIT 10""",
    }


def median_seconds(run: Callable[[], object], repeat: int) -> tuple[float, object]:
    result: object = None
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def rebuild(settings: Settings, store: Path) -> list[tuple[str, object]]:
    driver = open_driver(settings)
    try:
        source = Neo4jArticles(driver, settings.neo4j_database)
        with SparqlEngine(store, timeout=600, max_results=10**7) as engine:
            started = time.perf_counter()
            report = sync(engine, source, rebuild=True)
            total = time.perf_counter() - started
            print(
                f"rebuild from Neo4j: {report.replaced} articles, {report.quads} quads in {total:.1f} s "
                f"= {report.quads / total:,.0f} quads/s (export from Neo4j + load)"
            )
            graphs = list(source.all_article_graphs())
            texts = list(source.all_article_ntriples())
            started = time.perf_counter()
            quads = engine.rebuild(texts)
            load = time.perf_counter() - started
            print(
                f"load alone (N-Triples in memory): {quads} quads in {load:.1f} s "
                f"= {quads / load:,.0f} quads/s"
            )
    finally:
        driver.close()
    return graphs  # type: ignore[return-value]


def rdflib_dataset(graphs: list[tuple[str, object]]) -> Dataset:
    dataset = Dataset(default_union=True)
    started = time.perf_counter()
    for iri, graph in graphs:
        named = dataset.graph(URIRef(iri))
        for triple in graph:  # type: ignore[attr-defined]
            named.add(triple)
    print(
        f"rdflib in-memory load: {len(dataset)} triples in default union, "
        f"{time.perf_counter() - started:.1f} s"
    )
    return dataset


def most_connected_person(engine: SparqlEngine) -> tuple[str, str]:
    answer = engine.query(
        """SELECT ?e ?name (COUNT(DISTINCT ?ev) AS ?n) WHERE {
        ?e a kg:Person ; rdfs:label ?name . ?ev rdf:subject ?e }
        GROUP BY ?e ?name ORDER BY DESC(?n) LIMIT 1""",
        accept="text/tab-separated-values",
    )
    iri, name = answer.body.decode().splitlines()[1].split("\t")[:2]
    return name.split('"')[1], iri.strip("<>")


def compare(settings: Settings, store: Path, dataset: Dataset, repeat: int, rdflib_repeat: int) -> None:
    with SparqlEngine(store, timeout=600, max_results=10**7) as engine:
        person, person_iri = most_connected_person(engine)
        print(
            f"\nqueries about {person} <{person_iri}>; "
            f"median of {repeat} (ours) / {rdflib_repeat} (rdflib) runs"
        )
        print(
            f"{'query':<26}{'rows':>6}{'ours (engine)':>15}{'ours (HTTP)':>13}{'rdflib':>11}"
            f"{'rdflib/ours(HTTP)':>20}"
        )
        app = _endpoint_app(settings, engine)
        for base in serve_app(app):
            client = httpx.Client(base_url=base, timeout=600)
            client.get("/sparql", params={"query": "ASK {}"})  # warm the connection
            for name, text in queries(person, person_iri).items():
                ours, answer = median_seconds(lambda t=text: engine.query(t), repeat)
                http, _ = median_seconds(
                    lambda t=text, c=client: c.get("/sparql", params={"query": t}).content,
                    repeat,
                )
                theirs, rows = median_seconds(
                    lambda t=text: list(dataset.query(t, initNs=PREFIXES)), rdflib_repeat
                )
                count = answer.count  # type: ignore[attr-defined]
                same = "" if count == len(rows) else f"  (rdflib: {len(rows)} rows!)"  # type: ignore[arg-type]
                print(
                    f"{name:<26}{count:>6}{ours * 1000:>13.1f}ms{http * 1000:>11.1f}ms"
                    f"{theirs * 1000:>9.0f}ms{theirs / http:>19.1f}x{same}"
                )


def _endpoint_app(settings: Settings, engine: SparqlEngine):  # type: ignore[no-untyped-def]
    from fastapi import FastAPI

    from api.sparql import router

    app = FastAPI()
    app.include_router(router)
    app.state.sparql_engine = engine
    return app


def ingest_delay(settings: Settings) -> None:
    """ingestArticle over HTTP, then ASK until the article's graph answers; then deleteArticle."""
    from api.app import create_app
    from api.sparql import neo4j_mirror
    from cli.api_cmd import PipelineExtractor

    settings = settings.model_copy(update={"api_token": SecretStr(TOKEN)})
    app = create_app(settings, PipelineExtractor(settings), lifespans=[neo4j_mirror(settings)])
    marker = uuid.uuid4().hex[:8]
    text = (
        f"Bench Report {marker}\n\nTony Blair met Gordon Brown in London on Monday to discuss the "
        f"budget, the Labour Party said. Brown urged Blair to back the plan {marker}."
    )
    for base in serve_app(app):
        client = httpx.Client(base_url=base, timeout=600)
        headers = {"X-API-Token": TOKEN}
        warm = {
            "query": "mutation($t: String!) { ingestArticle(text: $t) { __typename } }",
            "variables": {"t": "Warm Up\n\nThe BBC said Tony Blair visited Paris."},
        }
        client.post("/graphql", json=warm, headers=headers)  # loads spaCy
        client.get("/sparql", params={"query": "ASK {}"})
        mutation = {
            "query": "mutation($t: String!) { ingestArticle(text: $t) { __typename "
            "... on IngestSuccess { article { id } } } }",
            "variables": {"t": text},
        }
        started = time.perf_counter()
        reply = client.post("/graphql", json=mutation, headers=headers).json()
        returned = time.perf_counter()
        iri = reply["data"]["ingestArticle"]["article"]["id"]
        polls = 0
        while True:
            polls += 1
            ask = client.get("/sparql", params={"query": f"ASK {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}"})
            if ask.json()["boolean"]:
                break
        visible = time.perf_counter()
        print(
            f"\ningestArticle round trip {1000 * (returned - started):.0f} ms (extraction + Neo4j + SPARQL); "
            f"visible in SPARQL {1000 * (visible - returned):.1f} ms after it returned, at query #{polls}"
        )
        delete = {
            "query": "mutation($id: ID!) { deleteArticle(id: $id) { __typename } }",
            "variables": {"id": iri},
        }
        client.post("/graphql", json=delete, headers=headers)
        gone = client.get("/sparql", params={"query": f"ASK {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}"})
        print(
            "deleteArticle: gone from SPARQL at the first query after it returned: "
            f"{not gone.json()['boolean']}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rdflib-repeat", type=int, default=3)
    parser.add_argument("--smoke", action="store_true", help="a scratch database seeded with 8 BBC articles")
    args = parser.parse_args()
    if args.smoke:
        args.repeat = args.rdflib_repeat = 1
        seed_bbc(Settings(), 8)
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]  # each result as soon as measured
    with tempfile.TemporaryDirectory(prefix="kg-bench-sparql-") as tmp:
        store = Path(tmp) / "store"
        settings = Settings(sparql_store_dir=store)
        graphs = rebuild(settings, store)
        dataset = rdflib_dataset(graphs)
        del graphs
        compare(settings, store, dataset, args.repeat, args.rdflib_repeat)
        del dataset
        ingest_delay(settings)


if __name__ == "__main__":
    main()
