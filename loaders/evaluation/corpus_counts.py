"""How many facts and entities the pipeline gives the articles of corpus files, without Neo4j.

    python -m loaders.evaluation.corpus_counts bbc_news_2225.jsonl   # all 2,225 BBC articles
    python -m loaders.evaluation.corpus_counts bbc_news_2225.jsonl reuters21578_with_body.jsonl \
        --capitals capitals.tsv                                        # the whole corpus

Counts what `kg ingest` would store: each article's facts besides quotes (asserted, and stated or reported:
``ArticleExtraction.facts``), the distinct (subject, predicate, object) over the corpus, and how many of
them are open relations. The same counts taken in the graph after `kg reextract` agree to a few facts.

Entities are counted as the graph's nodes: one per IRI over the corpus (Neo4j merges on it), named things
only (posts and quotes aside). Two checks of names come with them: names of several words written all in
capitals (Reuters headlines such as "VOLCKER TERM LIKELY" must not become entities; ``--capitals`` writes
each with an article that has it, for reading by hand), and names in capitals left apart from a node with the
same name in ordinary spelling ("SOUTHWEST AIRLINES" beside "Southwest Airlines").
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from kg.model import Article, ArticleExtraction
from kg.settings import Settings
from kg.vocab import KG, OPEN
from loaders.evaluation.news_articles import DEFAULT_NEWS_DIR
from loaders.extract import extract_articles
from loaders.nlp import build_nlp
from loaders.sources import SourceFailure
from loaders.sources.jsonl import read_jsonl

#: Speech is stored as facts too, but says nothing about the world's entities.
_SPEECH = frozenset({str(KG.says)})
#: Resources that are no named thing of the world: a post is a title, a quote a piece of text.
_NOT_NAMED = frozenset({KG.Position, KG.Quote})


def is_capitals_phrase(name: str) -> bool:
    """A name of several words with letters, every letter a capital ("SOUTHWEST AIRLINES", not "U.S.")."""
    words = [w for w in name.split() if any(c.isalpha() for c in w)]
    return len(words) > 1 and name.upper() == name


@dataclass
class Counts:
    """Fact counts over a corpus."""

    articles: int = 0
    facts: int = 0
    open_facts: int = 0
    distinct: set[tuple[str, str, str]] = field(default_factory=set)
    #: Each named entity's IRI -> (its name, the title (else the IRI) of the first article that has it).
    entities: dict[str, tuple[str, str]] = field(default_factory=dict)

    def add(self, extraction: ArticleExtraction) -> None:
        self.articles += 1
        for entity in extraction.entities:
            if entity.cls not in _NOT_NAMED:
                where = extraction.article.title or str(extraction.article.iri)
                self.entities.setdefault(str(entity.iri), (entity.label, where))
        for fact in extraction.facts:
            predicate = str(fact.predicate)
            if predicate in _SPEECH:
                continue
            self.facts += 1
            self.open_facts += predicate.startswith(str(OPEN))
            self.distinct.add((str(fact.subject), predicate, str(fact.object)))

    def capitals(self) -> list[tuple[str, str]]:
        """(name, article) of each entity named by several words all in capitals, by name."""
        return sorted((name, article) for name, article in self.entities.values() if is_capitals_phrase(name))

    def split_capitals(self) -> list[str]:
        """Names in capitals whose ordinary spelling names another node (the two never merged)."""
        ordinary = {name.casefold() for name, _ in self.entities.values() if name.upper() != name}
        return sorted(name for name, _ in self.capitals() if name.casefold() in ordinary)

    def report(self) -> str:
        n, facts, distinct = max(self.articles, 1), self.facts, len(self.distinct)
        entities, split = len(self.entities), len(self.split_capitals())
        return (
            f"articles {self.articles}; facts besides quotes {facts} ({facts / n:.2f} per article); "
            f"distinct {distinct} ({distinct / n:.2f}); open fact statements {self.open_facts}\n"
            f"entity nodes {entities} ({entities / n:.2f} per article); names of several words in capitals "
            f"{len(self.capitals())}, of them beside the same name in ordinary spelling {split}"
        )


def count(extractions: Iterable[ArticleExtraction]) -> Counts:
    """The counts of these extractions."""
    counts = Counts()
    for extraction in extractions:
        counts.add(extraction)
    return counts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("files", nargs="+", help="JSON Lines files of the corpus, e.g. bbc_news_2225.jsonl")
    parser.add_argument("--news-dir", type=Path, default=DEFAULT_NEWS_DIR)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles of each file")
    parser.add_argument(
        "--capitals", type=Path, help="write each name in capitals with an article title (TSV)"
    )
    args = parser.parse_args(argv)
    settings = Settings()
    articles = [a for name in args.files for a in _read(args.news_dir / name, settings, args.limit)]
    counts = count(extract_articles(articles, build_nlp(settings), settings))
    print(counts.report())
    if args.capitals:
        args.capitals.write_text("".join(f"{name}\t{article}\n" for name, article in counts.capitals()))


def _read(path: Path, settings: Settings, limit: int | None) -> list[Article]:
    """The articles of one file, read as `kg ingest` reads them; a refused line is reported and left out."""
    with path.open("rb") as stream:
        items = list(islice(read_jsonl(stream, str(path), settings), limit))
    for failure in (item for item in items if isinstance(item, SourceFailure)):
        print(f"skipped {failure.message}", file=sys.stderr)
    return [item for item in items if not isinstance(item, SourceFailure)]


if __name__ == "__main__":
    main()
