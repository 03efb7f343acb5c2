"""The facts `kg extract` gives news articles, printed for reading and judging by hand.

    python -m loaders.evaluation.facts_of ID...                      # these articles
    python -m loaders.evaluation.facts_of --random 40 --seed SEED    # random articles of no evaluation set
    options: --source bbc|reuters|bbc-sport (id prefix for --random), --open (open facts only), --json

A rule is judged on outside articles, not on the gold it was tuned on: this is how its facts are read there.
The articles come from ../shared/data/news, built as `kg eval news` builds them; the pipeline and settings
are the shipped ones. A seed draws the same articles as long as the corpus and the evaluation sets stand.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language

from kg.model import ArticleExtraction, Fact
from kg.settings import Settings
from kg.vocab import KG, OPEN
from loaders.evaluation.news_articles import DEFAULT_NEWS_DIR, corpus_ids, load_articles
from loaders.extract import extract_articles
from loaders.nlp import build_nlp
from loaders.trained.news_silver import evaluation_ids

Row = dict[str, Any]


def outside_ids(count: int, seed: int, source: str = "", news_dir: Path = DEFAULT_NEWS_DIR) -> list[str]:
    """A seeded draw of ``count`` article ids of no evaluation set (sealed ones included) whose id starts
    with ``source``."""
    sealed = evaluation_ids()
    pool = [i for i in corpus_ids(news_dir) if i not in sealed and i.startswith(source)]
    return random.Random(seed).sample(pool, count)


def facts_of(ids: Sequence[str], nlp: Language, settings: Settings, open_only: bool = False) -> list[Row]:
    """Per article (in the order of ``ids``): its id, title and facts, quotes left out."""
    articles = load_articles(ids, settings)
    extractions = extract_articles([articles[i] for i in ids], nlp, settings)
    return [
        {"id": aid, "title": ex.article.title, "facts": _fact_rows(ex, open_only)}
        for aid, ex in zip(ids, extractions, strict=True)
    ]


def _fact_rows(extraction: ArticleExtraction, open_only: bool) -> list[Row]:
    labels = {e.iri: f"{e.label} ({_local_name(str(e.cls))})" for e in extraction.entities}
    rows = []
    for fact in extraction.facts:
        if str(fact.predicate) == str(KG.says) or (open_only and not _is_open(fact)):
            continue
        evidence = fact.evidence
        rows.append({
            "s": labels.get(fact.subject, str(fact.subject)),
            "p": ("open:" if _is_open(fact) else "") + _local_name(str(fact.predicate)),
            "o": labels.get(fact.object, str(fact.object)),
            "conf": round(evidence.confidence, 2),
            "at": evidence.sentence_start,
            "extractor": evidence.extractor,
            "polarity": evidence.polarity,
            "modality": evidence.modality,
            "sentence": evidence.sentence,
        })  # fmt: skip
    return rows


def _is_open(fact: Fact) -> bool:
    return str(fact.predicate).startswith(str(OPEN))


def _local_name(iri: str) -> str:
    return iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def render(articles: Iterable[Row]) -> str:
    """Each article's facts, one per line with its sentence under it; a stance other than asserted and
    stated is shown in brackets."""
    lines = []
    for article in articles:
        lines.append(f"=== {article['id']}: {article['title']}")
        for r in article["facts"]:
            plain = r["polarity"] == "asserted" and r["modality"] == "stated"
            stance = "" if plain else f" [{r['polarity']}/{r['modality']}]"
            lines.append(f"  {r['s']} --{r['p']}--> {r['o']}  conf={r['conf']}{stance}  @{r['at']}")
            lines.append(f'      "{r["sentence"][:300]}"')
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="The facts `kg extract` gives news articles.")
    parser.add_argument("ids", nargs="*", help="article ids (bbc-... or reuters21578-...)")
    parser.add_argument("--random", type=int, default=0, help="also this many random outside articles")
    parser.add_argument("--seed", type=int, default=0, help="the seed of the random draw")
    parser.add_argument("--source", default="", help="id prefix of the random draw: bbc, reuters, bbc-sport")
    parser.add_argument("--open", action="store_true", help="open facts only")
    parser.add_argument("--json", action="store_true", help="print JSON, not text")
    args = parser.parse_args(argv)
    ids = list(args.ids)
    if args.random:
        ids += outside_ids(args.random, args.seed, args.source)
    settings = Settings()
    articles = facts_of(ids, build_nlp(settings), settings, args.open)
    print(json.dumps(articles, indent=1) if args.json else render(articles))


if __name__ == "__main__":
    main()
