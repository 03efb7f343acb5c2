"""Posts and occupations: the title lexicon's occupations, offices written after a name, positions the
tagger reads as verbs, and clean title boundaries (sentences written for these tests, the real pipeline)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.loaders.extraction_helpers import analyse, facts

#: A line of sport before a sentence makes the text a report on sport (two words of sport).
SPORT = "The coach named his side for the match on Saturday. "

#: A story about one firm: its headline and lead name it, then its officers by their posts alone.
FIRM_STORY = (
    "Kelbrook profits rise\n\nFood maker Kelbrook has posted a record profit thanks to cost cuts.\n\n"
)

ASSERTED = [
    ("Dan Vale QC told the court the ruling was wrong.", ("Dan Vale", "holdsPosition", "qc")),
    ("Three lawyers - Dan Vale QC, Ann Roe QC and Jo Kim - quit.", ("Ann Roe", "holdsPosition", "qc")),
    ("The bill was backed by Rhona Kerr MSP and the Law Society.", ("Rhona Kerr", "holdsPosition", "msp")),
    (
        "Ann Pryce, a senior barrister, resigned in protest.",
        ("Ann Pryce", "holdsPosition", "senior barrister"),
    ),
    ("Ms Dean wrote the show with playwright Lena Morrow.", ("Lena Morrow", "holdsPosition", "playwright")),
    (
        "The rights went to theatre impresario Paul Dunmore.",
        ("Paul Dunmore", "holdsPosition", "theatre impresario"),
    ),
    ('"It should win," said awards pundit Tom Halley.', ("Tom Halley", "holdsPosition", "awards pundit")),
    ("He spoke of his love for married publisher Kim Quist.", ("Kim Quist", "holdsPosition", "publisher")),
    ("Banned sprinter Jo Wellman says she took drugs.", ("Jo Wellman", "holdsPosition", "sprinter")),
    (
        '"Cables will go," said Jim Ravel, technology strategist at Intel.',
        ("Jim Ravel", "worksFor", "Intel"),
    ),
    (
        '"Growth will slow," Reserve Bank Governor Spencer Ross said.',
        ("Spencer Ross", "leaderOf", "Reserve Bank"),
    ),
    (
        '"We are pleased," said Tom Fenn, spokeswoman for search engine Ask Jeeves.',
        ("Tom Fenn", "holdsPosition", "spokeswoman"),
    ),
    (SPORT + "He sits alongside uncapped Blues prop John Yale.", ("John Yale", "holdsPosition", "prop")),
    (SPORT + "Mef Dale is fit and lock Rob Sidd replaces Gary Lew.", ("Rob Sidd", "holdsPosition", "lock")),
    (SPORT + "Up front, Mef Dale plays at hooker.", ("Mef Dale", "holdsPosition", "hooker")),
    # coordinated posts are two posts, each with its own words
    ("Jo Kim, a lawyer and former chairman of Acme, spoke.", ("Jo Kim", "holdsPosition", "former chairman")),
    ("Jo Kim, a lawyer and former chairman of Acme, spoke.", ("Jo Kim", "holdsPosition", "lawyer")),
    (
        "Paul Cave, a former professor and health care consultant, won.",
        ("Paul Cave", "holdsPosition", "health care consultant"),
    ),
    # a source's own titles say what the source is; a place after 'of' ends a bank's name
    (
        "Growth was faster, according to Bank of England deputy governor Ann Lomb.",
        ("Ann Lomb", "worksFor", "Bank of England"),
    ),
    (
        "Growth was faster, according to Bank of England deputy governor Ann Lomb.",
        ("Ann Lomb", "holdsPosition", "deputy governor"),
    ),
    # the 'of' after the last of coordinated names is every one's
    ("Jane Roe and Mark Poe of Acme Industries wrote it.", ("Jane Roe", "worksFor", "Acme Industries")),
    ("Jane Roe, Mark Poe and Sam Doe of IBM wrote the paper.", ("Jane Roe", "worksFor", "IBM")),
    ("Jane Roe, Mark Poe and Sam Doe of IBM wrote the paper.", ("Mark Poe", "worksFor", "IBM")),
    # a name before a hyphenated post the parser splits premodifies the whole word
    (
        "Officials said that Barclays chief executive Ann Lowe and HSBC co-founder Peter Kane had met.",
        ("Peter Kane", "worksFor", "HSBC"),
    ),
    (
        "Jo Poe said that Barclays chief executive Ann Lowe and HSBC vice-president Tom Hale had met.",
        ("Tom Hale", "worksFor", "HSBC"),
    ),
    # the slash of a name joined to another ("Forrester/Jupiter") is no word of the post
    (
        '"Growth will slow," said Ann Lowe, Forrester/Jupiter analyst.',
        ("Ann Lowe", "holdsPosition", "analyst"),
    ),
    # a firm's analysts and economists: the one-word name before the post is a firm's, whatever NER said
    ('"It will grow," said Danvers analyst Ann Lowe.', ("Ann Lowe", "worksFor", "Danvers")),
    ('"It will grow," said Ann Lowe, Brannigan\'s principal analyst.', ("Ann Lowe", "worksFor", "Brannigan")),
    ('"It will grow," said Brannigan\'s chief economist Ann Lowe.', ("Ann Lowe", "worksFor", "Brannigan")),
    # a board post with no name of its own is held at the firm the story is about
    (
        FIRM_STORY + '"Sales were strong," said chief executive Tom Hale.',
        ("Tom Hale", "leaderOf", "Kelbrook"),
    ),
    (
        FIRM_STORY + '"Costs will rise," said chief financial officer Ann Lowe.',
        ("Ann Lowe", "worksFor", "Kelbrook"),
    ),
    # a coined name of digits and letters ends the post, however it is cased
    (
        '"That is not the case," said Tom Hale, managing director of 9ine. "It is not about staff."',
        ("Tom Hale", "holdsPosition", "managing director"),
    ),
]

REFUSED = [
    # an honour after a name is no post; a verb before a name outside sport is a verb
    ("Dan Vale OBE told the court the ruling was wrong.", ("Dan Vale", "holdsPosition", "obe")),
    ("Police will lock Rob Sidd out of the ground.", ("Rob Sidd", "holdsPosition", "lock")),
    # a seat before an office, whatever NER made of it
    (
        "Ms Kerr, a Cabinet Office minister and Bolton West MP, arrived.",
        ("Bolton West", "holdsPosition", "mp"),
    ),
    (SPORT + "Police will lock Rob Sidd out of the ground.", ("Rob Sidd", "holdsPosition", "lock")),
    # descriptions of the holder are no words of the post
    (
        "He spoke of his love for married publisher Kim Quist.",
        ("Kim Quist", "holdsPosition", "married publisher"),
    ),
    (
        '"We are pleased," said Tom Fenn, spokeswoman for search engine Ask Jeeves.',
        ("Tom Fenn", "holdsPosition", "spokeswoman for search engine"),
    ),
    # each has an 'of' of their own; a country's 'of' is no employer of the first name
    ("Jane Roe of Acme and Mark Poe of IBM wrote the paper.", ("Jane Roe", "worksFor", "IBM")),
    ("Tony Blair and Gerhard Schroeder of Germany met.", ("Tony Blair", "citizenOf", "Germany")),
    # a post left ties nothing, though coordinated with one held
    ("Jo Kim, a lawyer and former chairman of Acme Corp, spoke.", ("Jo Kim", "leaderOf", "Acme Corp")),
    # domains coordinated before one post are no second post
    ("Trade and industry minister Jo Kim spoke.", ("Jo Kim", "holdsPosition", "industry minister")),
    (
        "Growth was faster, according to Bank of England deputy governor Ann Lomb.",
        ("Ann Lomb", "citizenOf", "England"),
    ),
    # a source is no actor of the events its sentence reports
    ("According to Jo Kim, Tom Hill criticised Ann Lee.", ("Jo Kim", "criticizes", "Ann Lee")),
    # a governor of a country's state leads no country
    ("Nigerian governor James Ibor was arrested.", ("James Ibor", "leaderOf", "Nigeria")),
    # a description is no post
    ("The father of three, Tom Smith, was arrested.", ("Tom Smith", "holdsPosition", "father")),
    ("The architect of the reform, Tom Smith, spoke.", ("Tom Smith", "holdsPosition", "architect")),
    (SPORT + "Tom Lee will play at the back of the scrum.", ("Tom Lee", "holdsPosition", "back")),
    (
        '"Growth will slow," said Ann Lowe, Forrester/Jupiter analyst.',
        ("Ann Lowe", "holdsPosition", "/ analyst"),
    ),
    # not in a paragraph about another firm, in a story about two, or for a post left
    (
        FIRM_STORY + 'Rival Danbury Foods Ltd also backed the plans. "This is good news. It will help," '
        "chief executive Tom Hale said.",
        ("Tom Hale", "leaderOf", "Kelbrook"),
    ),
    (
        "Kelbrook and Hartwell merge\n\nFood makers Kelbrook and Hartwell are to merge.\n\n"
        '"Sales were strong," said chief executive Tom Hale.',
        ("Tom Hale", "leaderOf", "Kelbrook"),
    ),
    (
        FIRM_STORY + '"Sales were strong," said former chief executive Tom Hale.',
        ("Tom Hale", "leaderOf", "Kelbrook"),
    ),
    # a full name's economist is left to what NER made of the name
    ('"It will grow," said Tom Hale\'s economist Ann Lowe.', ("Ann Lowe", "worksFor", "Tom Hale")),
]


@pytest.mark.parametrize(("text", "fact"), ASSERTED)
def test_post_is_found(nlp: Language, text: str, fact: tuple[str, str, str]) -> None:
    found = facts(analyse(nlp, text))
    assert fact in found, found


@pytest.mark.parametrize(("text", "fact"), REFUSED)
def test_post_is_not_found(nlp: Language, text: str, fact: tuple[str, str, str]) -> None:
    found = facts(analyse(nlp, text))
    assert fact not in found, found


#: Words beside a post that are not the post's: how its holder is described, a word that stands for the
#: body, a judge's rank after another post; and a playing position used as a figure of speech.
CLEAN_POSTS = [
    ("The late Westbury singer Tom Vane was remembered.", ("Tom Vane", "holdsPosition", "singer"), True),
    (
        "The late Westbury singer Tom Vane was remembered.",
        ("Tom Vane", "holdsPosition", "late singer"),
        False,
    ),
    ("Tom Wick was a strong defender of the treaty.", ("Tom Wick", "holdsPosition", "defender"), False),
    (
        "Tom Wick was a strong defender of the treaty.",
        ("Tom Wick", "holdsPosition", "strong defender"),
        False,
    ),
    ("Ann Roe is a key player in the talks.", ("Ann Roe", "holdsPosition", "key player"), False),
    (SPORT + "Tom Wick is a defender of Westbury Rovers.", ("Tom Wick", "holdsPosition", "defender"), True),
    ("Tribunal President Justice Ann Roe said so.", ("Ann Roe", "holdsPosition", "president"), True),
    ("Tribunal President Justice Ann Roe said so.", ("Ann Roe", "holdsPosition", "president justice"), False),
    ("Chief Justice Ann Roe swore him in.", ("Ann Roe", "holdsPosition", "chief justice"), True),
    ("Party leader Tom Wick said the plan would work.", ("Tom Wick", "holdsPosition", "leader"), True),
    ("Party leader Tom Wick said the plan would work.", ("Tom Wick", "leaderOf", "Party"), False),
    # a demonym that opens a show's name is the show's, not the presenter's nationality
    (
        "It will be hosted by American Idol presenter Tom Wick.",
        ("Tom Wick", "citizenOf", "United States"),
        False,
    ),
    ("It will be hosted by American presenter Tom Wick.", ("Tom Wick", "citizenOf", "United States"), True),
    # a firm's name inside a hyphenated word is the firm's, not the post's; "ex-" is written "former"
    (
        "Kelbrook shares fell. It hurt ex-Kelbrook boss Tom Wick.",
        ("Tom Wick", "holdsPosition", "former boss"),
        True,
    ),
]


@pytest.mark.parametrize(
    ("text", "fact", "held"), CLEAN_POSTS, ids=[f"{t[1][2]}:{t[0][:30]}" for t in CLEAN_POSTS]
)
def test_a_post_keeps_only_its_own_words(
    nlp: Language, text: str, fact: tuple[str, str, str], held: bool
) -> None:
    found = facts(analyse(nlp, text))
    assert (fact in found) == held, f"{text!r} gave {found}"


def test_a_firm_s_possessive_before_a_source_it_quotes_is_the_employer(nlp: Language) -> None:
    lead = "Shares in Acme Holdings Inc fell 5 pct on Monday.\n\n"
    quoted = facts(analyse(nlp, f'{lead}"The outlook is poor," said Acme Holdings\' Peter Walsh.'))
    assert ("Peter Walsh", "worksFor", "Acme Holdings Inc") in quoted
    # in another role the possessive says nothing of a tie; a leader's title elsewhere says another one
    visit = facts(analyse(nlp, f"{lead}Acme Holdings' Peter Walsh visited the plant on Monday."))
    assert not [f for f in visit if f[1] == "worksFor"]
    led = f'{lead}Acme Holdings chairman Peter Walsh spoke. "It is poor," said Acme Holdings\' Walsh.'
    assert not [f for f in facts(analyse(nlp, led)) if f[1] == "worksFor"]


#: A story about one band: its headline and lead name it, then its members by their roles alone.
BAND_STORY = "Larkspur cancel tour\n\nRock band Larkspur have cancelled their autumn tour.\n\n"


def test_a_band_role_with_no_name_of_its_own_in_a_story_about_a_band(nlp: Language) -> None:
    found = facts(
        analyse(nlp, f"{BAND_STORY}The shows were called off after drummer Carl Mendes broke his arm.")
    )
    assert ("Carl Mendes", "memberOf", "Larkspur") in found
    # a singer is as often a solo act; a name before the role is another band's, found or not
    solo = facts(analyse(nlp, f"{BAND_STORY}Other acts include soul singer Ana Silva and Peter Walsh."))
    assert not [f for f in solo if f[1] == "memberOf"]
    other = facts(analyse(nlp, f"{BAND_STORY}Kestrel drummer Carl Mendes said he was sorry for them."))
    assert ("Carl Mendes", "memberOf", "Larkspur") not in other


def test_a_demonym_after_an_indefinite_article_names_no_one_s_nationality(nlp: Language) -> None:
    # "an Iraqi Kurd": a people's noun entity recognition took for a name
    found = facts(analyse(nlp, "The victim, an Iraqi Kurd, died in Swansea."))
    assert not [f for f in found if f[1] == "citizenOf"]
