"""How many facts the pipeline gives the articles of a corpus file, without Neo4j.

    python -m loaders.evaluation.corpus_counts bbc_news_2225.jsonl   # all 2,225 BBC articles

Counts what `kg ingest` would store: each article's facts besides quotes (asserted, and stated or reported:
``ArticleExtraction.facts``), the distinct (subject, predicate, object) over the corpus, and how many of
them are open relations. The same counts taken in the graph after `kg reextract` agree to a few facts.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.model import ArticleExtraction
from kg.settings import Settings
from kg.vocab import KG, OPEN
from loaders.evaluation.news_articles import DEFAULT_NEWS_DIR, load_articles
from loaders.extract import extract_articles
from loaders.nlp import build_nlp

#: Speech is stored as facts too, but says nothing about the world's entities.
_SPEECH = frozenset({str(KG.says)})


@dataclass
class Counts:
    """Fact counts over a corpus."""

    articles: int = 0
    facts: int = 0
    open_facts: int = 0
    distinct: set[tuple[str, str, str]] = field(default_factory=set)

    def add(self, extraction: ArticleExtraction) -> None:
        self.articles += 1
        for fact in extraction.facts:
            predicate = str(fact.predicate)
            if predicate in _SPEECH:
                continue
            self.facts += 1
            self.open_facts += predicate.startswith(str(OPEN))
            self.distinct.add((str(fact.subject), predicate, str(fact.object)))

    def report(self) -> str:
        n, facts, distinct = max(self.articles, 1), self.facts, len(self.distinct)
        return (
            f"articles {self.articles}; facts besides quotes {facts} ({facts / n:.2f} per article); "
            f"distinct {distinct} ({distinct / n:.2f}); open fact statements {self.open_facts}"
        )


def count(extractions: Iterable[ArticleExtraction]) -> Counts:
    """The counts of these extractions."""
    counts = Counts()
    for extraction in extractions:
        counts.add(extraction)
    return counts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("file", help="a JSON Lines file of the news corpus, e.g. bbc_news_2225.jsonl")
    parser.add_argument("--news-dir", type=Path, default=DEFAULT_NEWS_DIR)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = parser.parse_args(argv)
    with (args.news_dir / args.file).open(encoding="utf-8") as lines:
        ids = [json.loads(line)["id"] for line in lines if line.strip()][: args.limit]
    settings = Settings()
    articles = load_articles(ids, settings, args.news_dir)
    extractions = extract_articles([articles[i] for i in ids], build_nlp(settings), settings)
    print(count(extractions).report())


if __name__ == "__main__":
    main()
