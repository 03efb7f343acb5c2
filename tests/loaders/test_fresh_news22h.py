"""Posts of ministers for a region's or a body's affairs (lane r22h, read on outside articles), through the
real pipeline, on invented sentences: "EC affairs minister" is one post of a French minister, not a post at
the EC."""

from __future__ import annotations

from tests.loaders.extraction_helpers import FactsOf, PostsOf


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
