"""The recall-gap table accounts for every gold fact, and its found facts are the ones `kg eval news` scores
right (real pipeline, on dev articles read from ../shared/data/news)."""

from __future__ import annotations

from pathlib import Path

from kg.iri import content_hash, mint_article_iri, mint_entity_iri
from kg.model import Article
from kg.settings import Settings
from kg.vocab import KG
from loaders.entities.coref import Referent
from loaders.evaluation import news
from loaders.evaluation.news_gold import POSITION, Annotation, read_annotations
from loaders.evaluation.recall_gaps import STAGES, _unnamed_end, gaps
from loaders.extract import extract_articles, referent_entities, to_extraction
from loaders.facts.assemble import Mention, TextAnalysis
from loaders.nlp import build_nlp

DEV = Path(__file__).resolve().parents[2] / "eval" / "news" / "dev"
FILES = [DEV / "bbc-business-005.json", DEV / "bbc-politics-011.json"]


def test_every_gold_fact_is_found_or_lost_at_one_stage_and_found_agrees_with_the_evaluation() -> None:
    counts = gaps(FILES)
    total = counts["all"]
    gold = read_annotations(FILES, news.SYMMETRIC)
    scored = [f for a in gold for f in a.facts if not f.is_open and POSITION not in f.predicates]
    assert total["gold"] == len(scored) == total["found"] + sum(total[s] for s in STAGES)
    nlp = build_nlp(Settings())
    result = news.run(gold, lambda articles: list(extract_articles(articles, nlp, Settings())))
    right = [r for r in result.records if r.correct and r.predicate != POSITION and ":" not in r.predicate]
    assert total["found"] == len({(r.article, r.subject, r.predicate, r.object) for r in right}) > 0


def test_a_location_geonames_knows_as_a_city_is_one_node_to_the_extraction_and_to_recall_gaps() -> None:
    """referent_entities mints a place GeoNames knows as a city a City whatever its class in the analysis;
    the extraction's node and the IRI recall_gaps reads the town's mentions with are that one (r18d)."""
    town = Referent(cls="Location", name="Toronto")
    analysis = TextAnalysis("Toronto", referents={"Location/Toronto": town})
    referents = referent_entities(analysis)
    city = mint_entity_iri(KG.City, "Toronto")
    assert referents["Location/Toronto"].iri == city
    article = Article(mint_article_iri(None, analysis.text), analysis.text, content_hash(analysis.text))
    assert [e.iri for e in to_extraction(article, analysis, referents).entities] == [city]


def test_the_towns_of_a_list_of_routes_are_nodes_not_lost_at_no_entity() -> None:
    """ "Presidential will serve Albany, N.Y., Birmingham and Huntsville in Alabama, ...": the towns are
    nodes (locatedIn is unread there); before r18d five such facts were counted at "no entity"."""
    counts = gaps([DEV.parent / "dev2" / "reuters21578-482.json"])
    assert counts["places"]["no entity"] <= 1


def test_an_end_that_is_no_node_is_listed_with_its_class_its_words_and_what_was_read_in_them() -> None:
    """--list tells which names NER misses or cuts (r24g): "Vera Drake" read as a firm, "The Lantern Hour"
    as nothing."""
    text = "Ana Costa won the best director prize for Vera Drake and The Lantern Hour."
    gold = Annotation(
        "bbc-x",
        entities={"VeraDrake": {"vera drake"}, "LanternHour": {"lantern hour"}, "Ghost": {"no such name"}},
        classes={"VeraDrake": "Work", "LanternHour": "Work", "Ghost": "Work"},
    )
    start = text.index("Vera")
    mentions = [Mention(start, start + 10, "Vera Drake", "Organization", "Organization/Vera Drake")]
    assert _unnamed_end(gold, "VeraDrake", text, mentions) == (
        "no node: VeraDrake (Work) written 'Vera Drake', read as Vera Drake/Organization"
    )
    assert _unnamed_end(gold, "LanternHour", text, mentions).endswith(
        "written 'Lantern Hour', read as nothing"
    )
    assert _unnamed_end(gold, "Ghost", text, mentions).endswith("no name of it written as the gold spells it")
