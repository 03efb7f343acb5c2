"""Names, not mentions: what names and aliases may hold, which spellings are one name (real pipeline)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from loaders.entities.coref import Referent
from loaders.entities.names import (
    any_case_words,
    initialled_name,
    is_initial,
    opens_sentence,
    words_matching,
    written_inside_a_sentence,
)
from loaders.entities.records import doc_mentions
from tests.loaders.extraction_helpers import analyse, facts, referent_names

#: Words that belong to a mention but never to a name or an alias.
NOT_IN_NAMES = (
    "Mr", "Mrs", "chief", "chairman", "Secretary", "Wednesday", "no", "good", "and", "Unlike", "Labour and",
    "Washington -", "'s",
)  # fmt: skip


def _people(text: str, nlp: Language) -> dict[str, Referent]:
    return {r.name: r for r in analyse(nlp, text).referents.values() if r.cls == "Person"}


def _all_names(names: dict[str, set[str]]) -> set[str]:
    return {name for aliases in names.values() for name in aliases}


@pytest.mark.parametrize(
    "text",
    [
        "On Wednesday Mr Blair said it was no good Mr Blair complaining.",
        "Labour and Tony Blair won the vote on Wednesday.",
        "Fed chief Paul Volcker spoke. Unlike Paul Volcker, the Treasury wants lower rates.",
        "Washington - Federal Reserve Board chairman Paul Volcker said rates would rise.",
        "Ethiopia's Tirunesh Dibaba won, and US giant Seagram and rival Porsche gained.",
    ],
)
def test_no_title_day_quantifier_conjunction_or_possessor_in_a_name(nlp: Language, text: str) -> None:
    names = _all_names(referent_names(analyse(nlp, text)))
    assert names, text
    bad = [name for name in names for word in NOT_IN_NAMES if f" {word} " in f" {name} "]
    assert not bad, f"{text!r}: {sorted(names)}"


def test_two_people_in_one_span_are_two_names(nlp: Language) -> None:
    text = "Treasury Secretary James Baker and Federal Reserve Board chairman Paul Volcker met on Monday."
    people = _people(text, nlp)
    assert {"James Baker", "Paul Volcker"} <= set(people)
    assert all(" and " not in alias for p in people.values() for alias in p.aliases)


def test_a_title_of_another_gender_never_merges_two_people(nlp: Language) -> None:
    people = _people("Tony Blair arrived on Monday. Mrs Blair stayed at home. Mr Blair left.", nlp)
    assert people["Tony Blair"].aliases == {"Tony Blair", "Blair"}
    assert "Blair" in people  # Mrs Blair: another person, named by her surname
    assert len(people) == 2


def test_a_woman_of_a_gazetteer_surname_is_not_the_gazetteer_man(nlp: Language) -> None:
    people = _people("Mrs Blair opened the hospital wing on Friday.", nlp)
    assert "Tony Blair" not in people


def test_a_mr_and_a_mrs_of_one_surname_stay_two_people(nlp: Language) -> None:
    people = _people("Michael Howard's wife spoke first. Mrs Howard thanked Mr Howard.", nlp)
    howards = [p for p in people.values() if "Howard" in p.aliases | {p.name}]
    assert not [p for p in howards if p.name == "Michael Howard" and len(p.aliases) > 1]


def test_spellings_of_one_person_are_one_node(nlp: Language) -> None:
    people = _people("George W Bush spoke on Monday. Later George W. Bush and Bush met Tom Hale.", nlp)
    assert people["George W. Bush"].aliases >= {"George W Bush", "George W. Bush", "Bush"}
    assert set(people) == {"George W. Bush", "Tom Hale"}


def test_middle_names_and_initials_do_not_split_a_person(nlp: Language) -> None:
    people = _people("Paul A. Volcker spoke on Monday. On Tuesday Paul Volcker spoke again.", nlp)
    assert [p.aliases for p in people.values()] == [{"Paul A. Volcker", "Paul Volcker"}]


def test_a_surname_the_ner_missed_still_names_its_person(nlp: Language) -> None:
    names = referent_names(
        analyse(nlp, "President Maria Lopez of Portugal arrived on Monday. Lopez said little.")
    )
    assert names["Maria Lopez"] == {"Maria Lopez", "Lopez"}


def test_company_spellings_are_one_node(nlp: Language) -> None:
    text = (
        "TimeWarner said profits rose. Time Warner owns AOL. Tenneco Inc <TGT> sold a unit; Tenneco said so."
    )
    names = referent_names(analyse(nlp, text))
    assert {"TimeWarner", "Time Warner"} in names.values()
    assert any({"Tenneco Inc", "Tenneco"} <= aliases for aliases in names.values()), names
    assert not any("TGT" in aliases for aliases in names.values()), names  # the firm's ticker, no name


def test_an_acronym_joins_the_name_without_its_legal_form(nlp: Language) -> None:
    text = "International Business Machines Corp said on Monday that IBM would cut jobs."
    names = referent_names(analyse(nlp, text))
    assert names["International Business Machines Corp"] == {"International Business Machines Corp", "IBM"}


def test_an_acronym_with_a_legal_form_joins_the_name_it_spells(nlp: Language) -> None:
    text = "Northern Pacific Mills Corp said profits rose. NPM Company shares fell. NPM said it would hire."
    names = referent_names(analyse(nlp, text))
    assert {"NPM", "NPM Company"} <= names.get("Northern Pacific Mills Corp", set()), names


def test_a_possessive_company_name_stays_whole(nlp: Language) -> None:
    names = _all_names(referent_names(analyse(nlp, "McDonald's Corp said sales rose in March.")))
    assert "McDonald's Corp" in names


def test_a_parent_named_with_its_legal_form_is_not_its_subsidiary(nlp: Language) -> None:
    text = "Toshiba Corp said Toshiba Machine Co Ltd sold machines. Toshiba said so. Toshiba shares fell."
    names = referent_names(analyse(nlp, text))
    assert not [n for n, aliases in names.items() if {"Toshiba", "Toshiba Machine Co Ltd"} <= aliases], names


@pytest.mark.parametrize(
    "text",
    [
        "Davenport beat unseeded Russian Nadia Petrova 6-3 6-2 in Sydney.",
        "Davenport beat unseeded Russian Nadia Petrova 6-3 6-2.",
        "Henman lost to unseeded Russian Igor Andreev 7-6 (7-3) 6-4 on Monday.",
        "The Scot finished behind Ethiopian Kenenisa Bekele 7:39.89 in Birmingham.",
        "Wales beat Italy 38-8 in Rome.",
        "South African Retief Goosen 65 led American Tiger Woods 68 after the first round.",
        "Britain's Paula Radcliffe 2:15:25 broke the world record in London.",
    ],
)
def test_no_score_or_time_in_a_name(nlp: Language, text: str) -> None:
    names = _all_names(referent_names(analyse(nlp, text)))
    assert names, text
    assert not [name for name in names if any(c.isdigit() for c in name)], f"{text!r}: {sorted(names)}"


def test_a_number_that_is_part_of_a_name_stays(nlp: Language) -> None:
    text = "The broadcaster Channel 4 showed the Boeing 747-400 landing."
    names = _all_names(referent_names(analyse(nlp, text)))
    assert {"Channel 4", "Boeing 747-400"} & names, sorted(names)


@pytest.mark.parametrize(
    ("text", "name", "cut"),
    [
        ("Fans cheered when No Doubt singer Kira Velte walked on stage.", "No Doubt", "Doubt"),
        (
            "The dispute began with a remark by All England Club chairman Tom Varley.",
            "All England Club",
            "England Club",
        ),
        (
            "All Blacks captain Rua Tane is fit. Wales last beat the All Blacks in 1953.",
            "All Blacks",
            "Blacks",
        ),
        (
            "The ticket office of the All England Club opened late on Monday.",
            "All England Club",
            "England Club",
        ),
    ],
)
def test_all_or_no_opening_a_name_stays_in_it(nlp: Language, text: str, name: str, cut: str) -> None:
    names = _all_names(referent_names(analyse(nlp, text)))
    assert name in names and cut not in names, sorted(names)


@pytest.mark.parametrize(
    "text",
    [
        "All Labour MPs voted for the bill, said party chairman Ian Brodie.",
        "No Labour minister has resigned, said Tony Blair.",
        'Sheikh Omar told the daily Al-Qabas "All OPEC states keep to their quotas."',
        "The deal was struck by All Japan Seamen's Union leader Ken Oda.",
    ],
)
def test_all_or_no_quantifying_a_name_stays_out_of_it(nlp: Language, text: str) -> None:
    names = _all_names(referent_names(analyse(nlp, text)))
    assert not any(n.startswith(("All ", "No ")) for n in names), sorted(names)


@pytest.mark.parametrize(
    ("text", "domain", "post"),
    [
        (
            "Harbour talks stall\n\nFilm director Orlan Vesk is to shoot a thriller in Leeds.",
            "Film",
            "film director",
        ),
        ("Budget director Tamsin Orley said the deficit would grow.", "Budget", "budget director"),
    ],
)
def test_a_common_word_opening_a_sentence_before_a_title_is_no_organisation(
    nlp: Language, text: str, domain: str, post: str
) -> None:
    found = facts(analyse(nlp, text))
    assert not any(o == domain for _, _, o in found), found
    assert any(p == "holdsPosition" and o == post for _, p, o in found), found


def test_a_name_opening_a_sentence_before_a_title_stays_a_name(nlp: Language) -> None:
    doc = nlp("Zentrova chief John Peters said sales rose. Shares in Zentrova fell.")
    assert any(m.tok_start == 0 and m.cls == "Organization" for m in doc_mentions(doc))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Gritty return for an old hero\n\nThe game is back on the shelves of Leeds.", "Gritty"),
        ("Verdict delay for Welsh cyclists\n\nThe panel will meet again in March.", "Verdict"),
        ("Broadly, the lender said rates would fall.", "Broadly"),
        ("Revs 715,000 vs 1,941,000\n\nThe company said the quarter was weak.", "Revs"),
    ],
)
def test_a_common_word_capitalised_by_its_place_is_no_person(nlp: Language, text: str, word: str) -> None:
    mentions = analyse(nlp, text).mentions
    assert not any(m.text == word and m.entity for m in mentions), mentions


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Hudson said the plant would close.", "Hudson"),
        ("Hudson will close the plant in March.", "Hudson"),
        ("Deputy Sam Pierce spoke first. Pierce said the vote was lost.", "Pierce"),
    ],
)
def test_a_name_opening_a_sentence_as_its_subject_stays_a_person(nlp: Language, text: str, word: str) -> None:
    mentions = analyse(nlp, text).mentions
    assert any(m.text == word and m.label == "Person" for m in mentions), mentions


def test_a_team_sheet_initial_and_surname_joins_the_one_full_name(nlp: Language) -> None:
    text = (
        "Colby Hartnell kicked three penalties and Dane Orrick scored a try as Wessex beat Mercia.\n\n"
        "Wessex: C Hartnell, D Orrick, P Vance."
    )
    names = referent_names(analyse(nlp, text))
    assert "C Hartnell" in names.get("Colby Hartnell", set()), names
    assert "D Orrick" in names.get("Dane Orrick", set()), names


def test_an_initial_two_full_names_share_stays_apart(nlp: Language) -> None:
    text = "Colby Hartnell and Carl Hartnell both scored for Wessex.\n\nWessex: C Hartnell, D Orrick."
    names = referent_names(analyse(nlp, text))
    assert not any("C Hartnell" in aliases for name, aliases in names.items() if name != "C Hartnell"), names


@pytest.mark.parametrize(
    "text",
    [
        "Wessex: G Thorne (Cardiff, capt); K Morvan (Newport-Gwent), T Shankley (Cardiff), D Grewsby, "
        "B Kaye; J Worsfold, L Moodie, M Corran.",
        "Replacements: R McBrady (Llanelli), J Yapley (Cardiff), C Sweenor (Newport-Gwent).",
    ],
)
def test_a_team_sheet_initial_and_surname_is_a_person(nlp: Language, text: str) -> None:
    mentions = analyse(nlp, text).mentions
    initialled = [m for m in mentions if len(m.text.split()) == 2 and len(m.text.split()[0]) == 1]
    assert initialled, mentions
    assert all(m.label == "Person" for m in initialled), initialled


@pytest.mark.parametrize(
    ("name", "initialled"),
    [
        ("C Hartnell", True),
        ("C. Hartnell", True),
        ("I Hartnell", True),  # a team sheet's "I Jones"; coreference rules out the pronoun itself
        ("Colby Hartnell", False),
        ("C D Hartnell", False),
        ("c Hartnell", False),
        ("Hartnell", False),
    ],
)
def test_one_test_says_what_an_initial_and_a_surname_is(name: str, initialled: bool) -> None:
    assert initialled_name(name) is initialled
    assert is_initial(name.split()[0]) is (initialled or name.startswith("C D"))


def _sentences(*sentences: list[str]) -> Doc:
    words = [w for s in sentences for w in s]
    starts = [k == 0 for s in sentences for k in range(len(s))]
    return Doc(Vocab(), words=words, sent_starts=starts)


def test_a_word_written_inside_a_sentence_is_told_from_one_only_opening_sentences() -> None:
    doc = _sentences(["Harvest", "rose", "."], ["Output", "fell", "at", "Harvest", "."])
    assert opens_sentence(doc[0]) and written_inside_a_sentence(doc[0])
    assert not written_inside_a_sentence(doc[3])  # "Output" opens its sentence and nowhere else
    doc = _sentences(["Harvest", "rose", "."], ["The", "harvest", "was", "late", "."])
    assert not written_inside_a_sentence(doc[0])  # in lower case it is the common word


def test_a_word_after_an_opening_quote_still_opens_its_sentence() -> None:
    doc = _sentences(["Harvest", "rose", "."], ['"', "Harvest", "fell", '"', ",", "he", "said", "."])
    assert opens_sentence(doc[4]) and not opens_sentence(doc[5])
    assert not written_inside_a_sentence(doc[0])


def test_a_number_word_capitalised_inside_a_sentence_opens_a_name(nlp: Language) -> None:
    names = _all_names(referent_names(analyse(nlp, "England face Ireland in the Six Nations at Twickenham.")))
    assert "Six Nations" in names and "Nations" not in names, names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Microsoft is working on a new machine. It said the Xbox 3 console is due next year.", "Xbox 3"),
        ("Analysts expect a fall. Shares on the FTSE 100 index fell 2% on Monday.", "FTSE 100"),
    ],
)
def test_a_models_number_after_its_name_is_part_of_the_name(nlp: Language, text: str, name: str) -> None:
    names = referent_names(analyse(nlp, text))
    assert any(name in aliases for aliases in names.values()), names


def test_a_count_after_a_name_is_no_part_of_it(nlp: Language) -> None:
    text = (
        "The poll was out. It gave the Conservatives 44 pct "
        "and the Liberal-Social Democratic Alliance 27 pct each."
    )
    names = referent_names(analyse(nlp, text))
    assert not any(a.endswith("27") for aliases in names.values() for a in aliases), names


def test_the_words_inside_sentences_are_those_of_the_tokens_that_open_none() -> None:
    # (made in one walk over the doc: the same as asking opens_sentence of every token)
    doc = _sentences(
        ['"', "(", "Harvest", "rose", ")", '"', "."], ["Output", '"', "fell", '"', "at", "Harvest", "."]
    )
    inside = {t.text for t in doc if not opens_sentence(t)}
    assert inside == {"rose", ")", '"', ".", "fell", "at", "Harvest"}
    assert all(written_inside_a_sentence(t) == (t.text in inside) for t in doc)


def test_words_in_any_case_are_found_whole_by_one_scan_of_the_text() -> None:
    doc = Doc(
        Vocab(), words=["Acme", "Inc.", "and", "Zenith", "CO", "merged", "into", "Incorporated", "Cosmo"]
    )
    found = [t.text for t in words_matching(doc, any_case_words(frozenset({"inc.", "co", "incorporated"})))]
    assert found == ["Inc.", "CO", "Incorporated"]
