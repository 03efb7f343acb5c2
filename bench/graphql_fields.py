"""Python CPU per GraphQL request of the entity page, and where it goes (no HTTP, no concurrency).

Runs the bench's entity query (20 facts, one evidence each: ~150 resolved fields) through our schema
in-process against whatever graph Neo4j holds, one request at a time, for the most-mentioned
entities, in alternating rounds with two baselines measured in the same run:
- the same page executed by Strawberry's own execution context, without the plain-field plans of
  api.graphql.plain_fields (the ratio ``plans / strawberry`` is what the plans save);
- the same entities with ``name`` alone (the same round trip and request overhead, almost no fields).
Prints CPU ms per request of each, the cost per resolved field, and, under cProfile, the share of
own time in graphql-core, Strawberry, the API's code, the Neo4j driver and the rest.

    KG_NEO4J_URI=bolt://127.0.0.1:57687 nice .venv/bin/python bench/graphql_fields.py --requests 300
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

# Run as a script, this file's directory comes first on sys.path, where bench/graphql.py would
# shadow the `graphql` package; the repository root goes there instead.
ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))

from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext  # noqa: E402

from api.app import open_api_driver, tune_gc  # noqa: E402
from api.graphql.context import Context  # noqa: E402
from api.graphql.executor import CypherExecutor, Reads, ReadSessions, RoundTripCounter  # noqa: E402
from api.graphql.loaders import Loaders  # noqa: E402
from api.graphql.schema import build_schema  # noqa: E402
from api.writes import ArticleWrites  # noqa: E402
from kg.settings import Settings  # noqa: E402
from testkit.corpus import seed_bbc  # noqa: E402

PAGE = """query($name: String!) { entity(name: $name) { name
    facts(first: 20) { edges { node { predicate object { name }
      evidence(first: 1) { edges { node { sentence article { title } } } } } } } } }"""
BASELINE = """query($name: String!) { entity(name: $name) { name } }"""
NAMES = """{ entities(where: {types: {in: [Person, Organization, Country]}},
    sort: [{mentionCount: DESC}], first: 50) { edges { node { name } } } }"""

PACKAGES = {"graphql-core": "/graphql/", "strawberry": "/strawberry/", "api": "/api/", "neo4j": "/neo4j/"}


def package_of(filename: str) -> str:
    return next((name for name, part in PACKAGES.items() if part in filename), "other")


def fields_resolved(data: Any) -> int:
    """Leaf and object fields in a response's data (what the executor resolved)."""
    if isinstance(data, dict):
        return sum(1 + fields_resolved(v) for v in data.values())
    if isinstance(data, list):
        return sum(fields_resolved(v) for v in data)
    return 0


async def main(args: argparse.Namespace) -> None:
    settings = Settings()
    schemas = {
        "plans": build_schema(settings),
        "strawberry": build_schema(settings, StrawberryGraphQLCoreExecutionContext),
    }
    driver = open_api_driver(settings)  # as the served app opens it
    counter, writes = RoundTripCounter(), ArticleWrites(settings)
    sessions = ReadSessions(driver, settings.neo4j_database)
    reads = Reads(sessions, settings.api_query_timeout)
    tune_gc()

    async def run(query: str, variables: dict[str, Any] | None = None, schema: str = "plans") -> Any:
        executor = CypherExecutor(reads, counter)
        context = Context(settings, executor, Loaders(executor), None, writes, token_ok=False)
        result = await schemas[schema].execute(query, variable_values=variables, context_value=context)
        if result.errors:
            raise SystemExit(f"query failed: {result.errors}")
        return result.data

    try:
        names = [e["node"]["name"] for e in (await run(NAMES))["entities"]["edges"]]
        pages = [await run(PAGE, {"name": n}) for n in names]
        for n, page in zip(names, pages, strict=True):  # the plans must not change a byte
            if await run(PAGE, {"name": n}, "strawberry") != page:
                raise SystemExit(f"the two executors disagree on {n!r}")
        fields = sum(fields_resolved(page) for page in pages) / len(names)
        runs = {
            "page (plans)": (PAGE, "plans"),
            "page (strawberry)": (PAGE, "strawberry"),
            "name only": (BASELINE, "plans"),
        }
        timings: dict[str, list[float]] = {label: [] for label in runs}
        per_round = args.requests // args.rounds
        for round_ in range(args.rounds):  # alternate, so load drift falls on all alike
            for label, (query, schema) in list(runs.items())[:: 1 if round_ % 2 else -1]:
                start = time.process_time()
                for i in range(per_round):
                    await run(query, {"name": names[i % len(names)]}, schema)
                timings[label].append(1000 * (time.process_time() - start) / per_round)
        best = {label: min(times) for label, times in timings.items()}
        plans, strawberry, base = best["page (plans)"], best["page (strawberry)"], best["name only"]
        print(f"entity page: {fields:.0f} fields resolved per request (mean over {len(names)} entities)")
        print(
            f"CPU ms/request (best of {args.rounds} rounds): page with plans {plans:.2f}, "
            f"page with Strawberry's executor {strawberry:.2f}, name only {base:.2f}"
        )
        print(
            f"plans / strawberry x{plans / strawberry:.2f}; per field "
            f"{1000 * (plans - base) / fields:.1f} us with plans, "
            f"{1000 * (strawberry - base) / fields:.1f} us without"
        )
        profile = cProfile.Profile(time.process_time)  # CPU, not the wait for Neo4j
        profile.enable()
        for i in range(per_round):
            await run(PAGE, {"name": names[i % len(names)]})
        profile.disable()
        shares: Counter[str] = Counter()
        for (filename, _, _), (_, _, tottime, _, _) in pstats.Stats(profile).stats.items():  # type: ignore[attr-defined]
            shares[package_of(filename)] += tottime
        total = sum(shares.values())
        print(
            "own time under cProfile: " + ", ".join(f"{k} {v / total:.0%}" for k, v in shares.most_common())
        )
        if args.top:
            pstats.Stats(profile).sort_stats("tottime").print_stats(args.top)
    finally:
        writes.close()
        await sessions.close()
        await driver.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=300, help="per query, over all rounds")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--top", type=int, default=0, help="also print the N functions of most own time")
    parser.add_argument("--smoke", action="store_true", help="a scratch database seeded with 8 BBC articles")
    cli = parser.parse_args()
    if cli.smoke:
        cli.requests, cli.rounds = 8, 2
        seed_bbc(Settings(), 8)
    asyncio.run(main(cli))
