"""Time and peak memory of the extraction on articles that are hard on it, beside bare spaCy on the same text.

    nice .venv/bin/python bench/bad_input.py [--rounds 3] [--smoke]

The articles are those of testkit/bad_inputs.py (the tests check what comes out of them): a table of
figures with no verb, 5,000 named entities, sentences of 2,000 tokens, text in capitals only. For each, in
fresh subprocesses (so that peak memory is each run's own), it runs

- bare: the configured spaCy model alone, ``nlp`` on the article's text (the baseline);
- ours: ``loaders.extract.extract_article`` with the pipeline of ``kg extract`` (chunking, true-casing,
  every kg component, coreference);

and prints seconds, peak RSS, and the ratios ours/bare (time: how many times bare's; memory: the same).
Bounded means the ratios stay near those of ordinary news (bench/extraction.py), not that they grow with
the input's oddity. Runs alternate in each round (bare first in odd rounds), the table shows medians.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != REPO / "bench"]
sys.path.insert(0, str(REPO))  # for testkit, shared with the tests

from testkit.bad_inputs import ALL  # noqa: E402


def run(kind: str, what: str, smoke: bool) -> dict[str, float]:
    from kg.settings import Settings
    from loaders.extract import extract_article
    from loaders.nlp import build_nlp, load_base

    article = ALL[what][smoke]()
    nlp = load_base(Settings()) if kind == "bare" else build_nlp(Settings())
    start = time.perf_counter()
    if kind == "bare":
        nlp(article.text)
    else:
        extract_article(article, nlp)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def measure(kind: str, what: str, smoke: bool) -> dict[str, float]:
    command = [sys.executable, __file__, "--run", kind, "--input", what] + (["--smoke"] if smoke else [])
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--smoke", action="store_true", help="small inputs, 1 round: does it run?")
    parser.add_argument("--run", choices=("bare", "ours"), help=argparse.SUPPRESS)
    parser.add_argument("--input", choices=tuple(ALL), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        print(json.dumps(run(args.run, args.input, args.smoke)))
        return
    rounds = 1 if args.smoke else args.rounds
    header = ("input", "chars", "bare s", "ours s", "x time", "bare MB", "ours MB", "x mem")
    print(f"{header[0]:28}" + "".join(f"{h:>9}" for h in header[1:]))
    for what in ALL:
        rows: dict[str, list[dict[str, float]]] = {"bare": [], "ours": []}
        for k in range(rounds):
            for kind in ("bare", "ours") if k % 2 == 0 else ("ours", "bare"):
                rows[kind].append(measure(kind, what, args.smoke))
        bare, ours = (
            {key: statistics.median(r[key] for r in rows[kind]) for key in rows[kind][0]} for kind in rows
        )
        chars = len(ALL[what][args.smoke]().text)
        time_ratio = ours["seconds"] / bare["seconds"]
        memory_ratio = ours["peak_rss_mb"] / bare["peak_rss_mb"]
        print(
            f"{what:28}{chars:9d}{bare['seconds']:9.2f}{ours['seconds']:9.2f}{time_ratio:9.2f}"
            f"{bare['peak_rss_mb']:9.0f}{ours['peak_rss_mb']:9.0f}{memory_ratio:9.2f}"
        )
    print("x time, x mem: ours / bare on the same text")


if __name__ == "__main__":
    main()
