"""Posts and origins a judge found wrong on articles read outside the eval sets (rounds 7 and 10): sentences
written for these tests, run through the real pipeline."""

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
    # round 10: titles, parts led and nationalities
    # a country before the organisation is the organisation's: the chairman still leads it
    ("US Federal Reserve chairman Tom Hale spoke on Monday.", ("Tom Hale", "leaderOf", "Federal Reserve")),
    # a leader of a party's group in a house is a member of the party
    (
        "Lord Hale, Conservative leader in the House of Lords, spoke on Monday.",
        ("Hale", "memberOf", "Conservative Party"),
    ),
    # a division's president works for the firm
    (
        "Profits will rise, Kelbrook Hotels Corp division president Tom Hale said.",
        ("Tom Hale", "worksFor", "Kelbrook Hotels Corp"),
    ),
    # a demonym and a minister's domain: the domain is the post's, the demonym the country's
    (
        "Welsh Health Minister Ann Roe said no patient would wait a year.",
        ("Ann Roe", "holdsPosition", "health minister"),
    ),
    ("French-Canadian singer Ann Roe won the prize.", ("Ann Roe", "citizenOf", "Canada")),
    # words for the holder's standing are not the post's
    (
        "It was a snub to his political rival Chancellor Tom Hale, who stayed at home.",
        ("Tom Hale", "holdsPosition", "chancellor"),
    ),
    ("They met in honour of the pioneering economist, Tom Hale.", ("Tom Hale", "holdsPosition", "economist")),
    # the names listed inside a post are no words of it
    (
        "Tom Hale, the former Wales and Lions centre, played for St Helens.",
        ("Tom Hale", "holdsPosition", "former centre"),
    ),
    (
        "Kelbrook press secretary Tom Hale said so. Shares in Kelbrook fell.",
        ("Tom Hale", "worksFor", "Kelbrook"),
    ),
    # a post written in capitals keeps its unit written so
    (
        '"We will see," said Tom Hale, Kelbrook\'s Vice President for Financial Communications, on Monday.',
        ("Tom Hale", "holdsPosition", "vice president for financial communications"),
    ),
    # a demonym before a party is still the country the prime minister leads
    ("Finnish Social Democrat Prime Minister Tom Hale resigned.", ("Tom Hale", "leaderOf", "Finland")),
    ("White House budget chief Tom Hale spoke.", ("Tom Hale", "worksFor", "White House")),
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
    # round 10
    ("US Federal Reserve chairman Tom Hale spoke on Monday.", ("Tom Hale", "worksFor", "Federal Reserve")),
    (
        "Lord Hale, Conservative leader in the House of Lords, spoke on Monday.",
        ("Hale", "leaderOf", "Conservative Party"),
    ),
    (
        "Profits will rise, Kelbrook Hotels Corp division president Tom Hale said.",
        ("Tom Hale", "leaderOf", "Kelbrook Hotels Corp"),
    ),
    (
        "Welsh Health Minister Ann Roe said no patient would wait a year.",
        ("Ann Roe", "worksFor", "Welsh Health"),
    ),
    ("French-Canadian singer Ann Roe won the prize.", ("Ann Roe", "citizenOf", "France")),
    # a first name that is a demonym, after the title, is no nationality
    ("Economy minister German Hale told a newspaper so.", ("Hale", "citizenOf", "Germany")),
    # praise is no post, and an 'as' after a person object is the object's
    (
        "Mr Roe introduced Tom Hale to the guests as the world's greatest economist.",
        ("Roe", "holdsPosition", "greatest economist"),
    ),
    # a bank's part in a bond issue is no person's post
    (
        "Kelbrook Credit Corp is raising 300 mln francs, lead manager Banque Generale du Lexmoor SA said.",
        ("Banque Generale du Lexmoor", "holdsPosition", "lead manager"),
    ),
    ("White House budget chief Tom Hale spoke.", ("Tom Hale", "leaderOf", "White House")),
    # a party's leader in a house leads the party's group there, not the house
    ("U.S. Senate Republican leader Tom Hale said so.", ("Tom Hale", "leaderOf", "United States Senate")),
    # a headline's post NER took for a person holds no nationality
    ("IRANIAN OIL MINISTER IN UAE TALKS", ("Oil Minister", "citizenOf", "Iran")),
    # a thing's superlative is no post
    (
        "Kelbrook, the country's biggest copper producer, said so.",
        ("Kelbrook", "holdsPosition", "biggest copper producer"),
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
