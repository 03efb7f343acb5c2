"""Posts and origins a judge found wrong on articles read outside the eval sets (round 7): sentences written
for these tests, run through the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.loaders.extraction_helpers import analyse, facts

ASSERTED = [
    # a chair leads the body it chairs; the post keeps none of the words the body's name leaves behind
    ("Ann Roe, the new chair of the Lexmoor Trust (LT), said so.", ("Ann Roe", "leaderOf", "Lexmoor Trust")),
    ("Ann Roe, the new chair of the Lexmoor Trust (LT), said so.", ("Ann Roe", "holdsPosition", "chair")),
    ("Tom Hale, ambassador to the Kelbrook Union, said so.", ("Tom Hale", "holdsPosition", "ambassador")),
    # a ministry's domain is the post's word, not an organisation
    ("Planning Minister Tom Hale spoke.", ("Tom Hale", "holdsPosition", "planning minister")),
    (
        "They named former Deputy Planning Minister Tom Hale.",
        ("Tom Hale", "holdsPosition", "former deputy planning minister"),
    ),
    ("Kenyan Tourism Minister Ann Roe spoke.", ("Ann Roe", "holdsPosition", "tourism minister")),
    # a word for the holder's size is no word of the post
    (
        "The coach named his side. Tom Kelly put giant prop Jon Hale over.",
        ("Jon Hale", "holdsPosition", "prop"),
    ),
    # a plural title before a list of names is each one's, however the parser hangs the list
    (
        "Senators Tom Lacey of Utah, Rob Wynn of Alabama and Ann Roe of Iowa said they would vote.",
        ("Rob Wynn", "holdsPosition", "senator"),
    ),
    (
        "Senators Tom Lacey of Utah, Rob Wynn of Alabama and Ann Roe of Iowa said they would vote.",
        ("Ann Roe", "holdsPosition", "senator"),
    ),
    # a member in apposition is a member
    (
        "The party included Tom Lacey, a member of the Kelbrook Union.",
        ("Tom Lacey", "memberOf", "Kelbrook Union"),
    ),
    # an untitled person's 'of' still says where the person is from
    ("Marie Vale, 50, of Bethany, was hurt.", ("Marie Vale", "livesIn", "Bethany")),
]

REFUSED = [
    # a legislator's 'of <state>' names the seat, not the home
    (
        "Senators Tom Lacey of Utah, Rob Wynn of Alabama and Ann Roe of Iowa said they would vote.",
        ("Tom Lacey", "livesIn", "Utah"),
    ),
    (
        "Senators Tom Lacey of Utah, Rob Wynn of Alabama and Ann Roe of Iowa said they would vote.",
        ("Ann Roe", "livesIn", "Iowa"),
    ),
    (
        "Two Republicans, Representatives Tom Lacey of Idaho and Rob Wynn of Texas, backed the bill.",
        ("Rob Wynn", "livesIn", "Texas"),
    ),
    ("Tourism Minister Ann Roe spoke.", ("Ann Roe", "worksFor", "Tourism")),
    # a noun in apposition that is no post ties no employer: a star of a film, a unit of a firm
    (
        "Chinese actress Ann Roe, star of Dragon Hill and House of Silver Knives, will present.",
        ("Ann Roe", "worksFor", "House"),
    ),
    (
        "The party included Tom Lacey, a member of the Kelbrook Union.",
        ("Tom Lacey", "worksFor", "Kelbrook Union"),
    ),
    # a list that another title or a possessive interrupts shares no title
    (
        "They join singers Tom Lacey and Rob Wynn plus actors Ann Roe and Jo Kim on stage.",
        ("Ann Roe", "holdsPosition", "singer"),
    ),
    ("The chair of the Lexmoor Trust (LT), Ann Roe, said so.", ("Ann Roe", "worksFor", "Lexmoor Trust")),
    # a title hung on a name with other people between them is the nearer one's
    (
        "The producers are Tom Hale and Rob Wynn - with Mr Lacey and Ann Roe, Mr Hale's former deputy, "
        "left off.",
        ("Tom Hale", "holdsPosition", "former deputy"),
    ),
    # a name inside an indefinite description says what kind of thing the unnamed show is, not its name
    (
        "Tom Hale is technology correspondent for The Hour, a Kelbrook Radio and WXYZ co-production.",
        ("Tom Hale", "worksFor", "Kelbrook Radio"),
    ),
]


@pytest.mark.parametrize(("text", "fact"), ASSERTED)
def test_judged_post_is_found(nlp: Language, text: str, fact: tuple[str, str, str]) -> None:
    found = facts(analyse(nlp, text))
    assert fact in found, found


@pytest.mark.parametrize(("text", "fact"), REFUSED)
def test_judged_post_is_not_found(nlp: Language, text: str, fact: tuple[str, str, str]) -> None:
    found = facts(analyse(nlp, text))
    assert fact not in found, found
