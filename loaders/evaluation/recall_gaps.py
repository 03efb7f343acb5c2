"""Where recall is lost: each gold vocabulary fact the pipeline misses, by the first stage that loses it.

    python -m loaders.evaluation.recall_gaps eval/news/dev ... eval/news/dev6 [--list]

The stages, in the order a fact needs them:
- ``no entity``: an end of the fact is no node of the pipeline's graph (no name of it recognised, or
  recognised as a name that aligns with another gold entity);
- ``not in one sentence``: both ends are nodes, but no sentence names both (the text refers to one of them
  by a pronoun the pipeline leaves unresolved, a description, a demonym, or a list);
- ``other sentence``: both are named in one sentence, but not in the sentence the annotator took the fact
  from (which says it by reference);
- ``unread``: both are named in the fact's sentence and no rule reads the fact from it.
Entities are aligned and facts matched exactly as `kg eval news` does; mentions are the pipeline's own,
pronouns it resolved included. ``--list`` prints each missed fact with its stage and sentence, and for a fact
lost at ``no entity`` each end that is no node, with its class and what the pipeline read in its words.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from kg.settings import Settings
from loaders.entities.gazetteer import load_gazetteer
from loaders.evaluation.news import SYMMETRIC, family_of, from_extraction
from loaders.evaluation.news_articles import load_articles
from loaders.evaluation.news_gold import (
    POSITION,
    Annotation,
    align_entities,
    fact_matches,
    read_annotations,
)
from loaders.extract import article_chunks, referent_entities, to_extraction
from loaders.facts.assemble import Mention, analyse_chunks
from loaders.nlp import build_nlp

STAGES = ("no entity", "not in one sentence", "other sentence", "unread")


def gaps(paths: Sequence[Path], listing: bool = False) -> dict[str, Counter[str]]:
    """Stage counts per family (and ``all``) of the gold vocabulary facts the pipeline misses."""
    settings = Settings()
    nlp = build_nlp(settings)
    gaz = load_gazetteer()
    gold = read_annotations(paths, SYMMETRIC)
    articles = load_articles([g.article_id for g in gold])
    listed = [articles[g.article_id] for g in gold]
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for index, chunks in article_chunks(listed, nlp, settings.nlp_batch_size):
        annotation, article = gold[index], listed[index]
        analysis = analyse_chunks(article.text, chunks, gaz, min_confidence=settings.min_confidence)
        referents = referent_entities(analysis)
        extraction = to_extraction(article, analysis, referents)
        predicted = from_extraction(annotation.article_id, extraction).annotation
        aligned = align_entities(annotation, predicted)
        iri = {key: str(entity.iri) for key, entity in referents.items()}  # a town's is its City's (r18d)
        starts = sorted({offset + s for offset, _, _, sents in chunks for s in sents})
        named: dict[str, set[int]] = defaultdict(set)  # gold entity -> sentences that name it
        for mention in analysis.mentions:
            target = aligned.get(iri.get(mention.entity or "", ""))
            if target is not None:
                named[target].add(_sentence(starts, mention.start))
        for number, fact in enumerate(annotation.facts):
            if fact.is_open or POSITION in fact.predicates or fact.subject == fact.object:
                continue
            counts["all"]["gold"] += 1
            family = family_of(fact.predicates)
            if any(fact_matches(fact, found, aligned) for found in predicted.facts):
                counts["all"]["found"] += 1
                counts[family]["found"] += 1
                continue
            at = annotation.offsets[number]
            together = named[fact.subject] & named[fact.object]
            if not named[fact.subject] or not named[fact.object]:
                stage = "no entity"
            elif not together:
                stage = "not in one sentence"
            elif _sentence(starts, at) not in together:
                stage = "other sentence"
            else:
                stage = "unread"
            counts["all"][stage] += 1
            counts[family][stage] += 1
            if listing:
                sentence = _sentence(starts, at)
                end = next((s for s in starts if s > sentence), len(article.text))
                said = " ".join(article.text[sentence:end].split())[:160]
                predicate = "|".join(sorted(fact.predicates))
                print(f"{stage:20} {annotation.article_id} {fact.subject} {predicate} {fact.object}")
                print(f"{'':21}{said}")
                for key in (fact.subject, fact.object) if stage == "no entity" else ():
                    if not named[key]:
                        print(f"{'':21}{_unnamed_end(annotation, key, article.text, analysis.mentions)}")
    return counts


def _unnamed_end(annotation: Annotation, key: str, text: str, mentions: Sequence[Mention]) -> str:
    """A gold end that is no node: its class, where the text first writes one of its names (case and
    punctuation aside) and what the pipeline made of those words ("Vera Drake" an Organization, a DATE, or
    nothing), to sort the names NER misses or cuts by kind."""
    cls = annotation.classes.get(key, "?")
    folded = text.lower()
    for name in sorted(annotation.entities.get(key, ())):
        found = re.search(r"\W+".join(re.escape(w) for w in name.split()), folded) if name else None
        if found is not None:
            start, end = found.span()
            made = [f"{m.text}/{m.label}" for m in mentions if m.start < end and start < m.end]
            return (
                f"no node: {key} ({cls}) written {text[start:end]!r}, read as {', '.join(made) or 'nothing'}"
            )
    return f"no node: {key} ({cls}), no name of it written as the gold spells it"


def _sentence(starts: Sequence[int], offset: int) -> int:
    before = [s for s in starts if s <= offset]
    return before[-1] if before else 0


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--list", action="store_true", help="print every missed fact with its sentence")
    args = parser.parse_args(argv)
    counts = gaps(args.sets, args.list)
    total = counts.pop("all")
    header = f"{'family':28}{'gold':>6}{'found':>7}" + "".join(f"{s:>21}" for s in STAGES)
    print(header)
    for name, row in [*sorted(counts.items()), ("all", total)]:
        gold = sum(row[s] for s in ("found", *STAGES))
        print(f"{name:28}{gold:6d}{row['found']:7d}" + "".join(f"{row[s]:21d}" for s in STAGES))


if __name__ == "__main__":
    main()
