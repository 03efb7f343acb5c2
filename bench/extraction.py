"""Throughput of the whole extraction (text -> RDF) beside bare spaCy ``nlp.pipe`` on the same texts.

    nice .venv/bin/python bench/extraction.py [--limit N] [--processes 1 2] [--batch-size 64]

Reads ../shared/data/news/bbc_news_2225.jsonl (title + blank line + text per article). For each process
count it runs, each in a fresh subprocess so that peak memory is its own:

- bare: the configured spaCy model alone, ``nlp.pipe`` over the article texts (the baseline);
- ours: ``loaders.extract.extract_articles`` (kg_entities_v1 + kg_facts_v1, paragraph chunking,
  coreference, IRIs) and ``kg.rdf.add_article`` building each article's named graph.

It prints articles/s, tokens/s (tokens counted by the bare run), peak RSS (the run's process plus its
workers) and the ratio ours/bare, which should stay >= 0.8. Model loading is not timed.
"""

from __future__ import annotations

import argparse
import json
import resource
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


def _peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + workers) / 1024  # ru_maxrss is in KiB on Linux


def run_bare(texts: list[tuple[str, str]], processes: int, batch_size: int) -> dict[str, float]:
    from kg.settings import Settings
    from loaders.nlp import load_base

    nlp = load_base(Settings())
    start = time.perf_counter()
    tokens = sum(
        len(doc) for doc in nlp.pipe((t for _, t in texts), n_process=processes, batch_size=batch_size)
    )
    return {"seconds": time.perf_counter() - start, "tokens": tokens, "facts": 0}


def run_ours(texts: list[tuple[str, str]], processes: int, batch_size: int) -> dict[str, float]:
    from kg.iri import content_hash, mint_article_iri
    from kg.model import Article
    from kg.rdf import add_article, new_dataset
    from kg.settings import Settings
    from loaders.extract import extract_articles
    from loaders.nlp import build_nlp

    nlp = build_nlp(Settings())
    articles = [
        Article(mint_article_iri(None, text), text, content_hash(text), title=title) for title, text in texts
    ]
    start = time.perf_counter()
    facts = triples = 0
    for extraction in extract_articles(articles, nlp, processes=processes, batch_size=batch_size):
        graph = add_article(new_dataset(), extraction)  # one article's named graph, as kg extract builds it
        facts += len(extraction.facts)
        triples += len(graph)
    return {"seconds": time.perf_counter() - start, "tokens": 0, "facts": facts, "triples": triples}


def child_main(args: argparse.Namespace) -> None:
    texts = load_texts(args.limit)
    runner = run_bare if args.run == "bare" else run_ours
    result = runner(texts, args.processes[0], args.batch_size)
    result["articles"] = len(texts)
    result["peak_rss_mb"] = _peak_rss_mb()
    print(json.dumps(result))


def measure(kind: str, processes: int, args: argparse.Namespace) -> dict[str, float]:
    command = [
        sys.executable,
        __file__,
        "--run",
        kind,
        "--processes",
        str(processes),
        "--batch-size",
        str(args.batch_size),
    ] + (["--limit", str(args.limit)] if args.limit else [])
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--run", choices=["bare", "ours"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        child_main(args)
        return
    print(f"{DATA.name}: {args.limit or 'all'} articles, batch size {args.batch_size}")
    header = (
        f"{'processes':>9} {'pipeline':>8} {'seconds':>8} {'articles/s':>10} {'tokens/s':>9} "
        f"{'peak RSS MB':>11} {'facts':>7} {'ratio':>6}"
    )
    print(header)
    print("-" * len(header))
    for processes in args.processes:
        bare = measure("bare", processes, args)
        ours = measure("ours", processes, args)
        for kind, result in (("bare", bare), ("ours", ours)):
            rate = result["articles"] / result["seconds"]
            ratio = f"{(bare['seconds'] / ours['seconds']):.2f}" if kind == "ours" else ""
            print(
                f"{processes:>9} {kind:>8} {result['seconds']:>8.1f} {rate:>10.2f} "
                f"{bare['tokens'] / result['seconds']:>9.0f} {result['peak_rss_mb']:>11.0f} "
                f"{int(result['facts']):>7} {ratio:>6}"
            )
    print("ratio = ours articles/s / bare articles/s (same texts, same run); acceptance: >= 0.80")


if __name__ == "__main__":
    main()
