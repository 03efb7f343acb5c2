"""A role won "for playing" someone in a work (r20j, twentieth round): the gerund has no subject of its own,
so the actor is the subject of the clause its "for" hangs on."""

from __future__ import annotations

import pytest

from tests.loaders.extraction_helpers import FactsOf


@pytest.mark.parametrize(
    ("text", "actor", "work"),
    [
        ("Tom Vale won an Oscar for playing a boxer in the film Cold Harbour.", "Tom Vale", "Cold Harbour"),
        ("Ann Bell took best actress for playing a nurse in the film Dark Rooms.", "Ann Bell", "Dark Rooms"),
    ],
)
def test_the_winner_for_playing_a_role_in_a_work_stars_in_it(
    facts_of: FactsOf, text: str, actor: str, work: str
) -> None:
    assert (actor, "starsIn", work) in facts_of(text)


def test_playing_in_a_place_is_no_starring(facts_of: FactsOf) -> None:
    """The object must be a work: "for playing in Paris" is a concert, not a role."""
    facts = facts_of("Tom Vale won praise for playing in Paris last week.")
    assert not any(p == "starsIn" for _, p, _ in facts)


def test_the_presenter_of_a_show_presents_it(facts_of: FactsOf) -> None:
    """ "X, who is the presenter of Y": the noun's holder presents the work its "of" names."""
    facts = facts_of("Tom Vale, who is the presenter of the BBC show Night Owls, left.")
    assert ("Tom Vale", "presents", "Night Owls") in facts


def test_the_star_of_a_film_stars_in_it_and_a_teams_star_in_nothing(facts_of: FactsOf) -> None:
    facts = facts_of("Ann Bell, star of the film Dark Rooms, arrived.")
    assert ("Ann Bell", "starsIn", "Dark Rooms") in facts
    facts = facts_of("Ann Bell, star of the Kestrel Rovers team, arrived.")
    assert not any(p == "starsIn" for _, p, _ in facts)
