"""Posts of ministers for a region's or a body's affairs and firms whose own name opens with a demonym (lane
r22h, read on outside articles), through the real pipeline, on invented sentences: "EC affairs minister"
is one post of a French minister, not a post at the EC; "American Barlow Resources Corp" keeps its
"American", which NER cuts off at the start of a Reuters body."""

from __future__ import annotations

from spacy.language import Language

from tests.loaders.extraction_helpers import FactsOf, PostsOf, minted_classes


def test_a_bodys_affairs_are_the_ministers_portfolio(facts_of: FactsOf, posts_of: PostsOf) -> None:
    text = (
        "French EC affairs minister Paul Vernet told journalists that his country would not agree. "
        "The EC said no."
    )
    facts = facts_of(text)
    assert ("Paul Vernet", "citizenOf", "France") in facts, facts
    assert not any(p == "worksFor" for s, p, o in facts if s == "Paul Vernet"), facts
    assert posts_of(text, "Paul Vernet") == ["ec affairs minister"]


def test_a_regions_affairs_are_the_ministers_portfolio(facts_of: FactsOf, posts_of: PostsOf) -> None:
    text = (
        "Turkey's European Affairs Minister Ali Kaya will arrive on Saturday to discuss joining the "
        "European Community."
    )
    facts = facts_of(text)
    assert ("Ali Kaya", "citizenOf", "Turkey") in facts, facts
    assert ("Ali Kaya", "worksFor", "European Community") not in facts, facts
    assert posts_of(text, "Ali Kaya") == ["european affairs minister"]


def test_a_demonym_before_social_affairs_is_the_ministers_country(
    facts_of: FactsOf, posts_of: PostsOf
) -> None:
    text = "Dutch Social Affairs Minister Jan de Wit announced he is withdrawing the subsidy."
    facts = facts_of(text)
    assert ("Jan de Wit", "citizenOf", "Netherlands") in facts, facts
    assert posts_of(text, "Jan de Wit") == ["social affairs minister"]


def test_a_firm_named_with_its_demonym_keeps_it(nlp: Language) -> None:
    text = "SWEDISH HARBOUR CREDIT TO RAISE FUNDS\n\nSwedish Harbour Credit Corp is raising 300 mln crowns."
    classes = minted_classes(nlp, text)
    assert classes.get("Swedish Harbour Credit Corp") == "Organization", classes
    assert "Harbour Credit Corp" not in classes, classes


def test_the_headlines_short_name_joins_the_firm_with_its_demonym(nlp: Language) -> None:
    text = (
        "AMERICAN BARLOW <ABT> SELLS OHIO ASSETS\n\nAmerican Barlow Resources Corp said it sold its two coal "
        "mines in Ohio to a rival."
    )
    classes = minted_classes(nlp, text)
    assert classes.get("American Barlow Resources Corp") == "Organization", classes
    assert "Barlow Resources Corp" not in classes and "Barlow" not in classes, classes


def test_a_demonym_describing_a_firm_stays_apart(nlp: Language) -> None:
    text = "The stake was sold to the Dutch group Akzo NV last year."
    classes = minted_classes(nlp, text)
    assert classes.get("Akzo NV") == "Organization", classes
    assert classes.get("Netherlands") == "Country", classes
