"""Titles, posts and nationalities a judge found wrong on articles read outside the eval sets (round 10):
sentences written for these tests, run through the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.loaders.extraction_helpers import analyse, facts

ASSERTED = [
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
    ("U.S. Senate Republican leader Tom Hale said so.", ("Tom Hale", "leaderOf", "Senate")),
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
