"""Facts that dev15 (blind until the sixteenth round) and the judges of outside articles (seeds 927, 928)
found wrong, by the shape that made them: a planned deal or membership read as done, a bank's role in one
bond issue read as a supply, the sale of a business read as a supply, a post left read as held. Sentences
written for these tests, run through the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from loaders.facts.frames import _clause_of_one_item
from tests.loaders.extraction_helpers import analyse, facts


def _predicates(text: str, nlp: Language, predicate: str) -> set[tuple[str, str, str]]:
    return {f for f in facts(analyse(nlp, text)) if f[1] == predicate}


@pytest.mark.parametrize(
    ("text", "done"),
    [
        ("Officials said Japan may arrange currency swap agreements with Britain if needed.", False),
        (
            "Officials said German, Dutch and some Belgian lenders had joined the package and that the"
            " remaining Belgian lenders would sign the accord next week.",
            False,
        ),
        ("Officials said Japan arranged currency swap agreements with Britain last year.", True),
    ],
)
def test_an_agreement_arranged_or_signed_takes_its_verbs_modal(nlp: Language, text: str, done: bool) -> None:
    found = _predicates(text, nlp, "signedAgreementWith")
    assert bool(found) is done, sorted(facts(analyse(nlp, text)))


@pytest.mark.parametrize(
    ("text", "done"),
    [
        (
            "The Bank of Kestria will become a member of Zenolite International this year, the bank said.",
            False,
        ),
        ("The Bank of Kestria became a member of Zenolite International last year, the bank said.", True),
    ],
)
def test_a_membership_to_come_is_no_membership(nlp: Language, text: str, done: bool) -> None:
    found = _predicates(text, nlp, "memberOf")
    assert bool(found) is done, sorted(facts(analyse(nlp, text)))


def test_the_lead_manager_of_an_issue_supplies_nothing(nlp: Language) -> None:
    text = (
        "Zenith Finance Corp is issuing a 100 mln dlr eurobond due 1992 paying 7-1/4 pct, lead manager "
        "Kestrel Securities Ltd said."
    )
    assert not _predicates(text, nlp, "supplies"), sorted(facts(analyse(nlp, text)))


@pytest.mark.parametrize(
    ("text", "supplied"),
    [
        (
            "Kestrel Corp said it sold the plant and other assets of its chemical unit to Zenith Holdings"
            " Inc.",
            False,
        ),
        ("Kestrel Corp said it sold its chemical operations to Zenith Holdings Inc.", False),
        ("Kestrel Corp said it sold its turbines to Zenith Holdings Inc.", True),
    ],
)
def test_a_business_sold_is_no_supply(nlp: Language, text: str, supplied: bool) -> None:
    found = _predicates(text, nlp, "supplies")
    assert bool(found) is supplied, sorted(facts(analyse(nlp, text)))


@pytest.mark.parametrize(
    ("text", "post", "tied"),
    [
        (
            "Tom Vale, former editor and managing editor of the Kestrel Tribune, joined the agency.",
            "former managing editor",
            False,
        ),
        (
            "Tom Vale, editor and managing editor of the Kestrel Tribune, joined the agency.",
            "managing editor",
            True,
        ),
    ],
)
def test_former_before_the_first_of_two_posts_leaves_both(
    nlp: Language, text: str, post: str, tied: bool
) -> None:
    found = facts(analyse(nlp, text))
    assert ("Tom Vale", "holdsPosition", post) in found, sorted(found)
    ties = {f for f in found if f[0] == "Tom Vale" and f[2] == "Kestrel Tribune"}
    assert bool(ties) is tied, sorted(found)


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Two rounds of talks between Tom Vale and Ana Ruiz, scheduled for Thursday, follow the row.", False),
        ("Two rounds of talks between Tom Vale and Ana Ruiz, held on Thursday, followed the row.", True),
    ],
)
def test_talks_their_own_participle_puts_ahead_are_not_held(nlp: Language, text: str, held: bool) -> None:
    found = _predicates(text, nlp, "metWith")
    assert bool(found) is held, sorted(facts(analyse(nlp, text)))


@pytest.mark.parametrize(
    ("text", "left"),
    [
        (
            "The Kestrel Museum unsuccessfully tried to buy the vase from a private collector after an order"
            " was issued preventing the vase from leaving Britain.",
            False,
        ),
        ("The Kestrel Museum said Tom Vale had left Britain for good.", True),
    ],
)
def test_a_deed_prevented_has_no_doer(nlp: Language, text: str, left: bool) -> None:
    found = _predicates(text, nlp, "departedFrom")
    assert bool(found) is left, sorted(facts(analyse(nlp, text)))


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Professor Ana Ruiz, project leader at Kestrel University, said the robot works.", "worksFor"),
        ("Professor Ana Ruiz, leader at Kestrel University, said the robot works.", "leaderOf"),
    ],
)
def test_a_project_leader_works_for_the_body_of_the_project(nlp: Language, text: str, predicate: str) -> None:
    found = {f[1] for f in facts(analyse(nlp, text)) if f[0] == "Ana Ruiz" and f[2] == "Kestrel University"}
    assert found == {predicate}, sorted(facts(analyse(nlp, text)))


def test_a_speaker_the_parser_joined_to_those_met_is_not_met(nlp: Language) -> None:
    # the conjunct right before "said" (which has no subject of its own) is its subject, not a partner
    text = (
        "Tom Grant was meeting this afternoon with his top advisers on developments in the markets and the"
        " White House said he would issue a statement."
    )
    assert ("Tom Grant", "metWith", "White House") not in _predicates(text, nlp, "metWith")
    met = _predicates("Tom Grant met Anna Berg and Lena Holm in Oslo.", nlp, "metWith")
    assert met == {("Tom Grant", "metWith", "Anna Berg"), ("Tom Grant", "metWith", "Lena Holm")}


def test_a_participle_clause_inside_a_list_is_said_of_its_own_item_only(nlp: Language) -> None:
    # "the fable X, starring Y, and the comedy Z" (judged seed 927): the clause before the next item is the
    # first item's; a clause after the last item, or with no item after it, keeps every conjunct
    listed = nlp("The strong yen making exports dear and signs of a slowdown worried traders.")
    making = next(t for t in listed if t.dep_ == "acl")
    assert _clause_of_one_item(making, [making.head])
    alone = nlp("Critics praised Cold Harbour, a quirky comedy starring Tom Vale.")
    starring = next(t for t in alone if t.lower_ == "starring")
    assert not _clause_of_one_item(starring, [starring.head])
    assert ("Tom Vale", "starsIn", "Cold Harbour") in facts(
        analyse(nlp, "Critics praised Cold Harbour, a quirky comedy starring Tom Vale.")
    )
