"""How the news dev and held-out sets were drawn (run once; the lists are committed beside it).

Seeded, stratified: every BBC category and Reuters; Reuters dev articles from its TRAIN split (lewissplit),
held-out ones from its TEST split; no article in both sets. Usage: python eval/news/sample.py [NEWS_DIR]

dev2 (drawn on 2026-12-05 with its own seed, so the first lists stay as they were): 4 per BBC category and 10
Reuters TRAIN articles in none of the other sets, annotated after the rules of the second round were written
and before anyone looked at the pipeline's output on them: a fresh check of what the dev set's rules learnt.

dev3 (drawn on 2026-12-05, third round, its own seed, same shape as dev2): annotated blind before the third
round's rules were merged, and measured before and after them.

dev4 (drawn on 2026-12-05, fourth round, its own seed, same shape): annotated blind while the fourth round's
rules were written, by annotators who saw no pipeline output, and measured before and after them.

dev5 (drawn on 2026-12-05, fifth round, its own seed, same shape): annotated blind the same way, measured on
main before the fifth round's rules and after them, and only then used for calibration.

dev9 (drawn on 2026-12-06, ninth round, its own seed, same shape): annotated blind at the round's start and
kept sealed while its rules were written: measured on main before the round and after it, per-fact output
unread.

dev10 (drawn on 2026-12-06, tenth round, its own seed, same shape): annotated blind at the round's start and
sealed the same way.

dev11 (drawn on 2026-12-06, eleventh round, its own seed, same shape): annotated blind at the round's start
and sealed the same way.

dev12 (drawn on 2026-12-06, twelfth round, its own seed, same shape): annotated blind at the round's start
and sealed the same way.

dev13 (drawn on 2026-12-06, thirteenth round, its own seed, same shape): annotated blind at the round's start
and sealed the same way.

dev14 (drawn on 2026-12-06, fourteenth round, its own seed, same shape): annotated blind at the round's start
and sealed the same way.

dev15 (drawn on 2026-12-06, fifteenth round, its own seed, same shape): annotated blind at the round's start
and sealed the same way.

dev16 (drawn on 2026-12-06, sixteenth round, its own seed, same shape): annotated blind at the round's start
and sealed the same way.

dev17 (drawn on 2026-12-07, seventeenth round, its own seed, same shape): annotated blind at the round's start
and sealed the same way.

dev18 (drawn on 2026-12-07, eighteenth round, its own seed, same shape): annotated blind at the round's start
and sealed the same way.

dev19 (drawn on 2026-12-07, nineteenth round, its own seed, same shape): annotated blind at the round's start
and sealed the same way.

dev20 (drawn on 2026-12-07, twentieth round, its own seed, same shape): annotated blind at the round's start
and sealed the same way.

dev21 (drawn on 2026-12-07, twenty-first round, its own seed, same shape): annotated blind at the round's
start and sealed the same way.

dev22 (drawn on 2026-12-07, twenty-second round, its own seed, same shape): annotated blind at the round's
start and sealed the same way.

dev23 (drawn on 2026-12-07, twenty-third round, its own seed, same shape): annotated blind at the round's
start and sealed the same way.

dev24 (drawn on 2026-12-08, twenty-fourth round, its own seed, same shape): annotated blind at the round's
start and sealed the same way.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

SEED = 20261204
BBC_PER_CATEGORY = {"dev": 6, "heldout": 2}
REUTERS = {"dev": 20, "heldout": 10}
DEV2_BBC_PER_CATEGORY = 4
DEV2_REUTERS = 10
# Each later set's seed, drawn in this order, each from the articles no earlier set took.
LATER_SEEDS = {f"dev{n}": 20261203 + n for n in range(2, 25)}


def main(news_dir: Path) -> None:
    bbc = [json.loads(line) for line in (news_dir / "bbc_news_2225.jsonl").open()]
    reuters = [json.loads(line) for line in (news_dir / "reuters21578_with_body.jsonl").open()]
    rng = random.Random(SEED)
    chosen: dict[str, list[str]] = {"dev": [], "heldout": []}
    for category in sorted({a["category"] for a in bbc}):
        ids = rng.sample([a["id"] for a in bbc if a["category"] == category], sum(BBC_PER_CATEGORY.values()))
        chosen["dev"] += ids[: BBC_PER_CATEGORY["dev"]]
        chosen["heldout"] += ids[BBC_PER_CATEGORY["dev"] :]
    for name, split in (("dev", "TRAIN"), ("heldout", "TEST")):
        pool = [a["id"] for a in reuters if a.get("lewissplit") == split]
        chosen[name] += rng.sample(pool, REUTERS[name])
    for name, seed in LATER_SEEDS.items():
        chosen[name] = _fresh(bbc, reuters, {i for ids in chosen.values() for i in ids}, seed)
    for name, ids in chosen.items():
        (Path(__file__).parent / f"{name}-ids.txt").write_text("\n".join(ids) + "\n")


def _fresh(bbc: list[dict[str, str]], reuters: list[dict[str, str]], taken: set[str], seed: int) -> list[str]:
    """A later set: DEV2_BBC_PER_CATEGORY per BBC category, DEV2_REUTERS Reuters TRAIN ones, none taken."""
    rng = random.Random(seed)
    ids = []
    for category in sorted({a["category"] for a in bbc}):
        pool = [a["id"] for a in bbc if a["category"] == category and a["id"] not in taken]
        ids += rng.sample(pool, DEV2_BBC_PER_CATEGORY)
    pool = [a["id"] for a in reuters if a.get("lewissplit") == "TRAIN" and a["id"] not in taken]
    return ids + rng.sample(pool, DEV2_REUTERS)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/data/news"))
