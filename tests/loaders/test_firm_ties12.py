"""Round 12 (r12d): ties a sentence states between people, firms and their parts, read from structure
through the real pipeline (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.loaders.extraction_helpers import analyse, facts

# A post's "of", "at", "for" (or a person's "of", "from") before a kind noun and the name right after it:
# the parser makes the kind noun the object and hangs the name elsewhere.
FOUND = [
    (
        '"Prices will rise," said Tom Wick, managing director of media consultancy Kestrel.',
        ("Tom Wick", "leaderOf", "Kestrel"),
    ),
    (
        "Tom Wick, head of gaming industry body Kestrel, said the ban was wrong.",
        ("Tom Wick", "leaderOf", "Kestrel"),
    ),
    (
        "Tom Wick, executive chairman of messaging firm Kestrel, said operators cap messages.",
        ("Tom Wick", "leaderOf", "Kestrel"),
    ),
    (
        "Tom Wick, from security firm Kestrel, told the BBC there are two parts to the process.",
        ("Tom Wick", "worksFor", "Kestrel"),
    ),
    ("Tom Wick of research group Kestrel said sales would rise.", ("Tom Wick", "worksFor", "Kestrel")),
    (
        "Tom Wick, a spokesman for the Kestrel group, said prices would rise.",
        ("Tom Wick", "worksFor", "Kestrel"),
    ),
    # a place NER made of a name after a post's "at" is where the post is held
    (
        "Not least, said Tom Wick, principal security consultant at Kestrona, because defences are common.",
        ("Tom Wick", "worksFor", "Kestrona"),
    ),
    # an organisation's named possessive before a body named as its part
    (
        "One member of the Bank of England's Monetary Policy Committee voted to raise rates.",
        ("Monetary Policy Committee", "subsidiaryOf", "Bank of England"),  # a bare "Bank" is no name (r17o)
    ),
    (
        "The Senate's Foreign Relations Committee will hold hearings on Monday.",
        ("Foreign Relations Committee", "subsidiaryOf", "Senate"),
    ),
    (
        "Kestrel Corp's Electric Boat Division has been awarded a contract.",
        ("Electric Boat Division", "subsidiaryOf", "Kestrel Corp"),
    ),
]

# what a copula says an organisation is
FOUND += [
    ("Kestrel Inc is a German chemicals group.", ("Kestrel Inc", "basedIn", "Germany")),
    ("Kestrel Airways is India's premier private domestic carrier.", ("Kestrel Airways", "basedIn", "India")),
    ("Kestrel Inc was one of Japan's largest chip makers.", ("Kestrel Inc", "basedIn", "Japan")),
]

# a full name with a person's post in apposition is a person's, whatever NER took it for
FOUND += [
    (
        "Adebayo Okonkwo, the executive secretary of the Kestrel Commission, told the meeting so.",
        ("Adebayo Okonkwo", "worksFor", "Kestrel Commission"),
    ),
    ("Helmut Panke, BMW chief executive, said sales rose.", ("Helmut Panke", "leaderOf", "BMW")),
]

NOT_FOUND = [
    # a pronoun's part is left to context
    ("Kestrel Corp said its Audit Committee would review the accounts.", "subsidiaryOf"),
    # a country's body is based there, no part of it
    ("Britain's Competition Commission will review the deal.", "subsidiaryOf"),
    # what it is not, or would be after a merger
    ("Kestrel Inc is not a German company.", "basedIn"),
    ("Kestrel Inc would be Germany's biggest chemicals group.", "basedIn"),
    # after "of" a place is the post's domain
    ("Tom Wick, chief constable of Essex, said crime fell.", "worksFor"),
    # a kind noun with no name after it names no employer
    ("Tom Wick, managing director of a media consultancy, said prices would rise.", "leaderOf"),
]


@pytest.mark.parametrize(("text", "fact"), FOUND)
def test_tie_is_found(nlp: Language, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(analyse(nlp, text))


@pytest.mark.parametrize(("text", "predicate"), NOT_FOUND)
def test_tie_is_not_found(nlp: Language, text: str, predicate: str) -> None:
    assert not any(p == predicate for _, p, _ in facts(analyse(nlp, text)))


def test_a_bank_s_role_in_apposition_makes_no_person(nlp: Language) -> None:
    analysis = analyse(nlp, "Morgan Stanley, the lead manager, said the issue was priced.")
    assert not any(name.startswith("Person/") for name in analysis.referents)


@pytest.mark.parametrize(
    "text",
    [
        # the name after a post's "of" is the post's organisation, whatever apposition follows
        "The company named Tom Wick, formerly president of American Kestrel, vice chairman, on Monday.",
        # a name after "the" is no person's
        "A judge refused to halt supplies of tests to the Red Cross, a spokeswoman for Abbott said.",
    ],
)
def test_a_post_after_an_organisation_s_comma_makes_no_person(nlp: Language, text: str) -> None:
    analysis = analyse(nlp, text)
    assert not any(p == "holdsPosition" and s != "Tom Wick" for s, p, _ in facts(analysis))
