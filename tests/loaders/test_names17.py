"""Names the judges found cut (round 17, judges' seeds 929 and 930): a firm's legal form "Co" before a post
stays the firm's, a firm named by two pairs of partners is one firm, and a headline's one-word name that
ends the name of a firm the body gives a Reuters ticker is that firm. Sentences written for these tests, run
through the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.loaders.extraction_helpers import analyse, facts, referent_names


@pytest.mark.parametrize(
    ("text", "person", "firm", "tie"),
    [
        (
            "Halvorsen and Co analyst Peter Quill said the shares were cheap.",
            "Peter Quill",
            "Halvorsen and Co",
            "worksFor",
        ),
        (
            "Brantley Power Co chairman Walter Dunmore said the plant would close.",
            "Walter Dunmore",
            "Brantley Power Co",
            "leaderOf",
        ),
    ],
)
def test_a_legal_form_before_a_post_stays_the_firms(
    nlp: Language, text: str, person: str, firm: str, tie: str
) -> None:
    found = facts(analyse(nlp, text))
    assert (person, tie, firm) in found, sorted(found)
    posts = {o for s, p, o in found if s == person and p == "holdsPosition"}
    assert posts and not any(post.startswith("co ") for post in posts), sorted(found)


def test_a_co_before_a_hyphen_opens_the_post(nlp: Language) -> None:
    found = facts(analyse(nlp, "Tory co-chairman Liam Fox said the party would win."))
    assert ("Liam Fox", "holdsPosition", "co-chairman") in found, sorted(found)


def test_two_pairs_of_partners_name_one_firm(nlp: Language) -> None:
    text = "Dunmore Barney, Harlow Upham and Co analyst James Quill cut his rating on Delcor Inc."
    analysis = analyse(nlp, text)
    firm = "Dunmore Barney, Harlow Upham and Co"
    assert f"Organization/{firm}" in analysis.referents, sorted(analysis.referents)
    assert ("James Quill", "worksFor", firm) in facts(analysis)


def test_a_firm_with_its_own_legal_form_before_the_comma_is_another(nlp: Language) -> None:
    text = "The issue is managed by Dunmore Harlow Lambert Inc, Kessler Peabody and Co and Delcor Inc."
    referents = analyse(nlp, text).referents
    assert "Organization/Kessler Peabody and Co" in referents, sorted(referents)
    assert "Organization/Dunmore Harlow Lambert Inc" in referents, sorted(referents)


def test_a_headline_name_that_ends_a_ticker_firm_is_the_firm(nlp: Language) -> None:
    text = (
        "HALDORSSON WINS ORDER FROM ALGERIA\n\n"
        "L M Haldorsson <HALD ST> said it signed a contract with the ministry of telecommunications.\n"
    )
    referents = analyse(nlp, text).referents
    assert not any(key.startswith("Person/") for key in referents), sorted(referents)


def test_a_territory_ner_took_for_a_person_is_a_place(nlp: Language) -> None:
    text = "Kessler Holdings said it moved its place of domicile from Hong Kong to Bermuda last year."
    referents = analyse(nlp, text).referents
    assert "Person/Bermuda" not in referents, sorted(referents)
    assert "Location/Bermuda" in referents, sorted(referents)


def test_a_person_named_in_full_keeps_a_countrys_name(nlp: Language) -> None:
    text = "Chelsea signed Michael Jordan on Monday. Jordan said he was delighted to join the club."
    referents = analyse(nlp, text).referents
    assert any(key.startswith("Person/") and "Jordan" in key for key in referents), sorted(referents)


@pytest.mark.parametrize(
    ("text", "name", "padded"),
    [
        (
            "Iran's leader, Ayatollah Hassan Torabi, warned the army. Ayatollah Torabi spoke on radio.",
            "Hassan Torabi",
            "Ayatollah Hassan Torabi",
        ),
        (
            "The crowd included Hojatoleslam Mehdi Karimi, speaker of the assembly.",
            "Mehdi Karimi",
            "Hojatoleslam Mehdi Karimi",
        ),
        (
            "Adm. John Harlow, a former national security adviser, refused to testify.",
            "John Harlow",
            "Adm. John Harlow",
        ),
        (
            "Witnesses included Gen. Peter Quill and Adm. James Delcor, who resigned.",
            "Peter Quill",
            "Gen. Peter Quill",
        ),
    ],
)
def test_a_religious_honorific_or_an_abbreviated_rank_is_no_word_of_the_name(
    nlp: Language, text: str, name: str, padded: str
) -> None:
    names = referent_names(analyse(nlp, text))
    assert name in names, sorted(names)
    assert not any(padded in aliases for aliases in names.values()), sorted(names)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Delcor Inc said it completed the acquisition of Harlow, Quill, Upham and Associates of Denver.",
            "Harlow, Quill, Upham and Associates",
        ),
        ("The firm hired Dunmore and Associates as its agency.", "Dunmore and Associates"),
        ("Kessler Upham and Partners LP holds the remaining stake.", "Kessler Upham and Partners LP"),
    ],
)
def test_partners_names_before_and_associates_name_one_firm(nlp: Language, text: str, firm: str) -> None:
    referents = analyse(nlp, text).referents
    assert f"Organization/{firm}" in referents, sorted(referents)
