"""Throughput of the whole extraction (text -> RDF) beside bare spaCy ``nlp.pipe`` on the same texts.

    nice .venv/bin/python bench/extraction.py [--limit N] [--processes 1 2] [--batch-size 64] [--rounds 3]

Reads ../shared/data/news/bbc_news_2225.jsonl (title + blank line + text per article). For each process
count it runs, each in a fresh subprocess so that peak memory is its own:

- bare: the configured spaCy model alone, ``nlp.pipe`` over the article texts (the baseline);
- bare-chunks: the same, over the paragraph chunks our extraction feeds spaCy (isolates the cost of
  the kg components, assembly and RDF from the gain of chunking);
- ours: ``loaders.extract.extract_articles`` with the pipeline ``loaders.nlp.build_nlp`` builds (every
  component it adds, paragraph chunking, coreference, IRIs; with processes > 1 in its forked workers,
  ``loaders.parallel``) and ``kg.rdf.add_article`` building each article's named graph;
- ours-lean (with ``--exclude NAME...``): the same without the named components, to show their cost.

It prints articles/s, tokens/s (tokens counted by the bare run), peak RSS (the run's process plus its
largest worker) and the ratio ours/bare, which should stay >= 0.8. Model loading is not timed.

Other jobs share the machine's cores and their load drifts by the second, so each process count is
measured over ``--rounds`` rounds in which the runs alternate (bare first in odd rounds, ours first in
even ones): a load change falls on both alike. The table shows each kind's median round; the ratio is
the median of the per-round ratios (each from two runs next to each other in time), every round's listed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "bbc_news_2225.jsonl"


def load_texts(limit: int | None) -> list[tuple[str, str]]:
    """(title, text) pairs, the article text being title + blank line + body, as loaders.sources gives it."""
    rows = []
    with DATA.open(encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            rows.append((record["title"], f"{record['title']}\n\n{record['text']}"))
            if limit is not None and len(rows) >= limit:
                break
    return rows


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (spaCy's workers are joined when pipe ends)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + workers) / 1024  # ru_maxrss is in KiB on Linux


def run_bare(texts: list[tuple[str, str]], processes: int, batch_size: int) -> dict[str, float]:
    from kg.settings import Settings
    from loaders.nlp import load_base

    nlp = load_base(Settings())
    start, cpu = time.perf_counter(), _cpu_seconds()
    tokens = sum(
        len(doc) for doc in nlp.pipe((t for _, t in texts), n_process=processes, batch_size=batch_size)
    )
    return {"seconds": time.perf_counter() - start, "cpu": _cpu_seconds() - cpu, "tokens": tokens, "facts": 0}


def run_bare_chunks(texts: list[tuple[str, str]], processes: int, batch_size: int) -> dict[str, float]:
    from kg.settings import Settings
    from loaders.extract import chunk_text
    from loaders.nlp import load_base

    nlp = load_base(Settings())
    start, cpu = time.perf_counter(), _cpu_seconds()
    pieces = (piece for _, text in texts for _, piece in chunk_text(text))
    tokens = sum(len(doc) for doc in nlp.pipe(pieces, n_process=processes, batch_size=batch_size))
    return {"seconds": time.perf_counter() - start, "cpu": _cpu_seconds() - cpu, "tokens": tokens, "facts": 0}


def run_ours(
    texts: list[tuple[str, str]], processes: int, batch_size: int, exclude: tuple[str, ...] = ()
) -> dict[str, float]:
    from kg.iri import content_hash, mint_article_iri
    from kg.model import Article
    from kg.rdf import add_article, new_dataset
    from kg.settings import Settings
    from loaders.extract import extract_articles
    from loaders.nlp import build_nlp

    nlp = build_nlp(Settings())
    for name in exclude:  # e.g. to see what one component costs
        nlp.remove_pipe(name)
    articles = [
        Article(mint_article_iri(None, text), text, content_hash(text), title=title) for title, text in texts
    ]
    start, cpu = time.perf_counter(), _cpu_seconds()
    facts = triples = 0
    for extraction in extract_articles(articles, nlp, processes=processes, batch_size=batch_size):
        graph = add_article(new_dataset(), extraction)  # one article's named graph, as kg extract builds it
        facts += len(extraction.facts)
        triples += len(graph)
    return {
        "seconds": time.perf_counter() - start,
        "cpu": _cpu_seconds() - cpu,
        "tokens": 0,
        "facts": facts,
        "triples": triples,
    }


def child_main(args: argparse.Namespace) -> None:
    texts = load_texts(args.limit)
    if args.run == "ours-lean":
        result = run_ours(texts, args.processes[0], args.batch_size, tuple(args.exclude))
    else:
        runner = {"bare": run_bare, "bare-chunks": run_bare_chunks, "ours": run_ours}[args.run]
        result = runner(texts, args.processes[0], args.batch_size)
    result["articles"] = len(texts)
    result["peak_rss_mb"] = _peak_rss_mb()
    print(json.dumps(result))


def measure(kind: str, processes: int, args: argparse.Namespace) -> dict[str, float]:
    command = (
        [
            sys.executable,
            __file__,
            "--run",
            kind,
            "--processes",
            str(processes),
            "--batch-size",
            str(args.batch_size),
        ]
        + (["--limit", str(args.limit)] if args.limit else [])
        + (["--exclude", *args.exclude] if args.exclude else [])
    )
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def measure_rounds(
    kinds: list[str], processes: int, args: argparse.Namespace
) -> dict[str, list[dict[str, float]]]:
    """Each kind's runs over ``args.rounds`` rounds, the order of the kinds reversed every other round."""
    runs: dict[str, list[dict[str, float]]] = {kind: [] for kind in kinds}
    for round_ in range(args.rounds):
        for kind in kinds if round_ % 2 == 0 else kinds[::-1]:
            runs[kind].append(measure(kind, processes, args))
    return runs


def median_run(rounds: list[dict[str, float]]) -> dict[str, float]:
    """The round with the median wall time (an actual run, so its columns belong together)."""
    return sorted(rounds, key=lambda r: r["seconds"])[len(rounds) // 2]


def print_ratios(runs: dict[str, list[dict[str, float]]], ours: str, base: str) -> None:
    walls = [b["seconds"] / o["seconds"] for b, o in zip(runs[base], runs[ours], strict=True)]
    cpus = [b["cpu"] / o["cpu"] for b, o in zip(runs[base], runs[ours], strict=True)]
    listed = ", ".join(f"{w:.2f}/{c:.2f}" for w, c in zip(walls, cpus, strict=True))
    print(
        f"{'':>9} ratio {ours}/{base}: {statistics.median(walls):.2f} by wall time, "
        f"{statistics.median(cpus):.2f} by CPU time (median; rounds wall/CPU: {listed})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds per process count")
    parser.add_argument(
        "--exclude",
        nargs="*",
        default=[],
        metavar="COMPONENT",
        help="also run 'ours-lean': the pipeline without these components",
    )
    parser.add_argument("--baselines", nargs="+", default=["bare"], choices=["bare", "bare-chunks"])
    parser.add_argument("--run", choices=["bare", "bare-chunks", "ours", "ours-lean"], help=argparse.SUPPRESS)
    parser.add_argument("--smoke", action="store_true", help="6 articles, 1 process, 1 round: does it run?")
    args = parser.parse_args()
    if args.smoke:
        args.limit, args.processes, args.rounds = 6, [1], 1
    if args.run:
        child_main(args)
        return
    print(f"{DATA.name}: {args.limit or 'all'} articles, batch size {args.batch_size}, {args.rounds} rounds")
    header = (
        f"{'processes':>9} {'pipeline':>11} {'wall s':>7} {'CPU s':>7} {'articles/s':>10} {'tokens/s':>9} "
        f"{'art/CPU-s':>9} {'peak RSS MB':>11} {'facts':>6}"
    )
    print(header)
    print("-" * len(header))
    for processes in args.processes:
        kinds = [*args.baselines, "ours", *(["ours-lean"] if args.exclude else [])]
        rounds = measure_rounds(kinds, processes, args)
        runs = {kind: median_run(runs_of_kind) for kind, runs_of_kind in rounds.items()}
        for kind, r in runs.items():
            print(
                f"{processes:>9} {kind:>11} {r['seconds']:>7.1f} {r['cpu']:>7.1f} "
                f"{r['articles'] / r['seconds']:>10.2f} "
                f"{runs['bare']['tokens'] / r['seconds']:>9.0f} {r['articles'] / r['cpu']:>9.2f} "
                f"{r['peak_rss_mb']:>11.0f} {int(r['facts']):>6}"
            )
        for ours in (k for k in kinds if k.startswith("ours")):
            for base in args.baselines:
                print_ratios(rounds, ours, base)
    if args.exclude:
        print(f"ours-lean = ours without {', '.join(args.exclude)}")
    print("ratio = ours articles/s / baseline articles/s (same texts, same run); acceptance: >= 0.80.")
    print("CPU time (process + its workers) is the steadier measure on a shared machine.")


if __name__ == "__main__":
    main()
