"""What shared reads save: the API's root reads, asked for by concurrent requests, sent one by one or shared.

Groups of ``--together`` reads (the most-mentioned entities' pages, or searches for their last names)
are asked for at once through ``executor.Reads``, in alternating rounds of two modes measured in the
same run: each read as its own query (``Reads.one``, the baseline), and the group shared
(``Reads.shared``, one query for the group, as concurrent requests get under load). Before timing,
every shared answer is checked against the same read alone. Prints, per read: the Python CPU of this
process (the driver's work, mostly), Neo4j's CPU with ``--neo4j-pid``, and wall time per group; and
the ratios shared / alone.

    KG_NEO4J_URI=bolt://127.0.0.1:57687 nice .venv/bin/python bench/shared_reads.py --neo4j-pid PID
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

# Run as a script, this file's directory comes first on sys.path, where bench/graphql.py would
# shadow the `graphql` package; the repository root goes there instead.
ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))

from api.app import open_api_driver  # noqa: E402
from api.graphql import batches, queries  # noqa: E402
from api.graphql.executor import Reads, ReadSessions, Rows, SharedRead  # noqa: E402
from api.graphql.inputs import Direction  # noqa: E402
from api.graphql.pagination import Page  # noqa: E402
from api.graphql.projections import Parts  # noqa: E402
from kg.settings import Settings  # noqa: E402
from testkit.corpus import seed_bbc  # noqa: E402

NAMES = (
    "MATCH (n:Resource) WHERE n.name IS NOT NULL AND (n:Person OR n:Organization OR n:Country) "
    "RETURN n.name AS name ORDER BY COUNT { (n)<-[:MENTIONS]-() } DESC, n.uri LIMIT $count"
)
# The entity page of bench/graphql.py: 20 facts, each with its newest evidence; the parts that page's
# selection reads (an end's name, a sentence, an article title), as lookahead.fact_parts finds them.
PAGE_FACTS = batches.facts_subquery(
    Direction.BOTH,
    None,
    0,
    21,
    Page(0, 1),
    Parts(ends=frozenset(), evidence=False, article=False, reporter=False),
)
SHAPES: dict[str, Callable[[str], SharedRead]] = {
    "entity page": lambda name: queries.entity_by_name_read(name, PAGE_FACTS),
    "search": lambda name: queries.search_read(name.split()[-1], 10, frozenset({"aliases"})),
}


def process_cpu(pid: int) -> float:
    """User + system CPU seconds of one process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def without_position(rows: Rows) -> Rows:
    return [{k: v for k, v in row.items() if k != "i"} for row in rows]


async def main(args: argparse.Namespace) -> None:
    settings = Settings()
    driver = open_api_driver(settings)  # as the served app opens it
    reads = Reads(ReadSessions(driver, settings.neo4j_database), settings.api_query_timeout)
    try:
        names = [row["name"] for row in await reads.one(NAMES, {"count": args.names})]
        groups = [names[i : i + args.together] for i in range(0, len(names), args.together)]
        for shape, read in SHAPES.items():
            for group in groups:  # shared answers must be exactly the answers alone
                shared = await asyncio.gather(*(reads.shared(read(n)) for n in group))
                alone = [without_position(await reads.one(*read(n).alone())) for n in group]
                if list(shared) != alone:
                    raise SystemExit(f"{shape}: shared rows differ from the rows alone for {group}")

            async def alone(group: list[str]) -> None:
                await asyncio.gather(*(reads.one(*read(n).alone()) for n in group))  # noqa: B023

            async def together(group: list[str]) -> None:
                await asyncio.gather(*(reads.shared(read(n)) for n in group))  # noqa: B023

            modes = {"alone": alone, "shared": together}
            totals = {mode: [0.0, 0.0, 0.0] for mode in modes}  # python, neo4j, wall seconds
            for round_ in range(args.rounds):  # alternate, so load drift falls on both alike
                for mode in list(modes)[:: 1 if round_ % 2 else -1]:
                    cpu, wall = time.process_time(), time.perf_counter()
                    neo4j = process_cpu(args.neo4j_pid) if args.neo4j_pid else 0.0
                    for group in groups:
                        await modes[mode](group)
                    totals[mode][0] += time.process_time() - cpu
                    totals[mode][1] += (process_cpu(args.neo4j_pid) - neo4j) if args.neo4j_pid else 0.0
                    totals[mode][2] += time.perf_counter() - wall
            reads_done, groups_done = args.rounds * len(names), args.rounds * len(groups)
            print(f"{shape}: {len(names)} reads in groups of {args.together}, {args.rounds} rounds each way")
            for mode, (python, neo4j, wall) in totals.items():
                neo = f"  neo4j {1000 * neo4j / reads_done:.3f} ms/read" if args.neo4j_pid else ""
                print(
                    f"  {mode:<7} python {1000 * python / reads_done:.3f} ms/read{neo}"
                    f"  wall {1000 * wall / groups_done:.2f} ms/group"
                )
            (py_a, neo_a, wall_a), (py_s, neo_s, wall_s) = totals["alone"], totals["shared"]
            neo = f"  neo4j cpu x{neo_s / neo_a:.2f}" if args.neo4j_pid and neo_a else ""
            print(f"  shared / alone: python cpu x{py_s / py_a:.2f}{neo}  wall x{wall_s / wall_a:.2f}")
    finally:
        await reads.sessions.close()
        await driver.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--names", type=int, default=48, help="distinct entities read")
    parser.add_argument("--together", type=int, default=8, help="reads asked for at once")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--neo4j-pid", type=int, help="Neo4j's process, to add its CPU per read")
    parser.add_argument("--smoke", action="store_true", help="a scratch database seeded with 8 BBC articles")
    cli = parser.parse_args()
    if cli.smoke:
        cli.names, cli.together, cli.rounds = 8, 4, 2
        seed_bbc(Settings(), 8)
    asyncio.run(main(cli))
