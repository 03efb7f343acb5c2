"""Open phrases the judges of seed 938 marked PARTLY where a vocabulary predicate fits, and open partners
fresh news had wrong (lane r22c), through the real pipeline on invented sentences."""

from __future__ import annotations

import pytest

from tests.loaders.extraction_helpers import FactsOf


def _open(found: set[tuple[str, str, str]], obj: str) -> list[tuple[str, str, str]]:
    return [f for f in found if obj in (f[0], f[2]) and f[1].startswith("open:")]


@pytest.mark.parametrize(
    "text",
    [
        "The Gulf Council, an economic alliance, comprises Bahrain, Kuwait and Oman.",
        "The Gulf Council consists of Bahrain, Kuwait and Oman.",
    ],
)
def test_a_body_that_comprises_names_has_them_as_members(facts_of: FactsOf, text: str) -> None:
    found = facts_of(text)
    for member in ("Bahrain", "Kuwait", "Oman"):
        assert (member, "memberOf", "Gulf Council") in found, found
    assert not _open(found, "Gulf Council"), found


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait has the full support of Saudi Arabia and other Gulf allies, an official said.",
        "Peter Hale, a Kansas farmer, has drawn support from Tom Grant and other members of the panel.",
    ],
)
def test_support_had_or_drawn_from_a_name_is_that_name_s_support(facts_of: FactsOf, text: str) -> None:
    found = facts_of(text)
    supporter, supported = ("Saudi Arabia", "Kuwait") if "Kuwait" in text else ("Tom Grant", "Peter Hale")
    assert (supporter, "supports", supported) in found, found
    assert (supported, "supports", supporter) not in found, found
    assert not _open(found, supporter), found


def test_a_business_bought_from_a_firm_is_an_acquisition(facts_of: FactsOf) -> None:
    found = facts_of("Kestrel Corp acquired a hospital systems business from Bilco Data Corp in May.")
    assert ("Kestrel Corp", "acquired", "Bilco Data Corp") in found, found
    assert not _open(found, "Bilco Data Corp"), found


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Corp said it has had preliminary discussions with Bilco Holdings about testing services.",
        "Kestrel Corp is holding discussions with Bilco Holdings regarding the purchase.",
    ],
)
def test_discussions_had_or_held_with_a_name_are_talks(facts_of: FactsOf, text: str) -> None:
    found = facts_of(text)
    assert ("Kestrel Corp", "metWith", "Bilco Holdings") in found, found
    assert not _open(found, "Bilco Holdings"), found


@pytest.mark.parametrize(
    "text",
    [
        "Tom Wick said the Green Party was joined by the Labour Party in criticising the plan.",
        "Kestrel Corp joined Bilco Holdings and Apex Corp in raising prices on Monday.",
    ],
)
def test_joined_in_a_deed_is_no_open_membership(facts_of: FactsOf, text: str) -> None:
    found = facts_of(text)
    assert not [f for f in found if f[1] == "open:join"], found


def test_a_person_joined_in_a_deed_stays(facts_of: FactsOf) -> None:
    found = facts_of(
        "Tom Grant has joined fellow stars Peter Hale and Anna Berg in attacking the standards of TV."
    )
    assert ("Tom Grant", "open:join", "Peter Hale") in found, found


def test_some_of_a_party_is_not_the_party(facts_of: FactsOf) -> None:
    found = facts_of("Tom Grant has dismissed fears from some Conservatives that his plans are too modest.")
    assert not [f for f in found if f[2] == "Conservative Party" and f[1].startswith("open:")], found


def test_what_lies_beyond_a_deed_is_no_partner(facts_of: FactsOf) -> None:
    found = facts_of(
        "And Peter Hale, whose time in Erfurt lifted him to sixth place, is already looking beyond Madrid."
    )
    assert not _open(found, "Madrid"), found


def test_joining_a_body_stays_a_fact(facts_of: FactsOf) -> None:
    found = facts_of("Kestrel Corp joined Bilco Holdings last year as an analyst.")
    assert [f for f in found if f[1] == "open:join"], found


def test_the_second_term_of_a_comparison_is_no_partner(facts_of: FactsOf) -> None:
    found = facts_of(
        "The proposal had little chance of approval, with West Germany as strongly opposed to it as Britain."
    )
    assert not _open(found, "United Kingdom") and not _open(found, "Britain"), found
