"""Who did it (issue 14, round 10): facts stated of the wrong entity or stated where the text does not state
them, each cause fixed in general and pinned here with sentences written for the test."""

from __future__ import annotations

from extraction_helpers import analyse, facts
from spacy.language import Language


def _claims(nlp: Language, text: str) -> set[tuple[str, str, str, str]]:
    found = analyse(nlp, text)
    return {
        (f.subject.rsplit("/", 1)[-1], f.predicate, f.object.rsplit("/", 1)[-1], f.polarity)
        for f in found.claims
    }


def test_who_is_quoted_as_saying_did_what_the_clause_says(nlp: Language) -> None:
    text = (
        "Energy minister Tom Hale visited Kestrelia. The state news agency, KNA, quoted Hale as saying "
        "before leaving Cairo that prices should stay stable."
    )
    found = facts(analyse(nlp, text))
    assert ("Tom Hale", "departedFrom", "Cairo") in found
    assert not [f for f in found if f[0] == "KNA" and f[1] == "departedFrom"]


def test_neither_nor_negates_what_its_subjects_do(nlp: Language) -> None:
    text = "Neither Tom Hale nor Ann Dale are currently living in the United States, the official said."
    assert not [f for f in facts(analyse(nlp, text)) if f[1] == "livesIn"]
    assert ("Tom Hale", "livesIn", "United States", "negated") in _claims(nlp, text)


def test_what_one_is_accused_of_is_no_fact(nlp: Language) -> None:
    text = "Tom Hale accused the Kestrel Party of signing up to a deal with the Zenith Party in Europe."
    assert not [f for f in facts(analyse(nlp, text)) if f[1] == "signedAgreementWith"]
    done = "The Kestrel Party signed a deal with the Zenith Party in Europe."
    assert [f for f in facts(analyse(nlp, done)) if f[1] == "signedAgreementWith"]


def test_a_firms_address_in_a_list_is_no_party(nlp: Language) -> None:
    text = "Kestrel Inc said it signed agreements with Zenith Chemical Co Ltd, Osaka, Japan, on Monday."
    found = facts(analyse(nlp, text))
    assert ("Kestrel Inc", "signedAgreementWith", "Zenith Chemical Co Ltd") in found
    assert not [f for f in found if f[1] == "signedAgreementWith" and f[2] in ("Osaka", "Japan")]
    listed = facts(analyse(nlp, "Kestrel Inc signed agreements with Zenith Corp, Japan and Korea."))
    assert ("Kestrel Inc", "signedAgreementWith", "Japan") in listed


def test_a_participle_or_a_description_in_an_apposition_is_its_one_items(nlp: Language) -> None:
    text = (
        "Others named in the suit were Daniel Safer, an Israeli citizen living in Jerusalem, and two "
        "corporations, <Plenhill Ltd>, a British company, and <Noda Establishment>, a Lichtenstein "
        "corporation."
    )
    found = facts(analyse(nlp, text))
    assert not [f for f in found if f[1] == "livesIn" and f[0] != "Daniel Safer"]
    # the description after a second name the parser hung on the first is the second's
    assert not [f for f in found if f[0] == "Daniel Safer" and f[1] == "basedIn"]
    assert ("Plenhill Ltd", "basedIn", "United Kingdom") in found


def test_a_contest_is_held_in_a_place_and_based_nowhere(nlp: Language) -> None:
    for text in (
        "He believes the European Indoors in Madrid represent a chance for him.",
        "England must win the Rugby World Cup Sevens in Hong Kong next month.",
    ):
        assert not [f for f in facts(analyse(nlp, text)) if f[1] == "basedIn"], text


def test_he_after_a_possessor_goes_on_with_the_person_the_sentence_is_about(nlp: Language) -> None:
    text = (
        "Party chairman Tom Hale opened the conference with a speech criticising Peter Kane's record. "
        "He also attacked the government and criticised the Kestrel Party."
    )
    found = facts(analyse(nlp, text))
    assert ("Tom Hale", "criticizes", "Kestrel Party") in found
    assert not [f for f in found if f[0] == "Peter Kane" and f[1] == "criticizes"]


def test_he_after_a_name_of_no_gender_goes_on_with_the_man_the_sentence_opens_with(nlp: Language) -> None:
    text = (
        "Mr Hale is the man behind acts including Tina Brook and Lune. "
        "He also criticised the Kestrel Party on Monday."
    )
    found = facts(analyse(nlp, text))
    assert ("Hale", "criticizes", "Kestrel Party") in found
    assert not [f for f in found if f[0] != "Hale" and f[1] == "criticizes"]
    # what he said is about the subject of the clause he said: "Mr Hale said Tom Lune was ... He"
    reported = "Mr Hale said Tom Lune was a fine singer. He also criticised the Kestrel Party on Monday."
    assert ("Tom Lune", "criticizes", "Kestrel Party") in facts(analyse(nlp, reported))


def test_a_need_denied_or_past_urges_nobody(nlp: Language) -> None:
    past = "Tom Hale said that Iran did not need missiles to close the strait."
    assert not [f for f in facts(analyse(nlp, past)) if f[1] == "urges"]
    now = "Tom Hale said that Iran needs to close the strait."
    assert [f for f in facts(analyse(nlp, now)) if f[1] == "urges"]


def test_a_counted_group_is_no_party(nlp: Language) -> None:
    text = "The Kestrel Development Bank and 20 Islamic Banks signed an agreement to finance trade."
    assert not [f for f in facts(analyse(nlp, text)) if f[1] == "signedAgreementWith"]
    named = "The Kestrel Development Bank and the Zenith Bank signed an agreement to finance trade."
    assert [f for f in facts(analyse(nlp, named)) if f[1] == "signedAgreementWith"]
    dated = "Tom Hale, who competed at the 2000 Sydney Games, was banned."
    assert [f for f in facts(analyse(nlp, dated)) if f[2] == "Sydney Games"]


def test_what_one_declined_to_do_is_not_done_but_what_one_rejected_was_offered(nlp: Language) -> None:
    bid = "Kestrel Corp rejected Zenith Holdings Inc's offer for Dune Corp on Monday."
    assert ("Zenith Holdings Inc", "bidFor", "Dune Corp") in facts(analyse(nlp, bid))
    declined = "Tom Hale declined to meet Ann Dale in Cairo on Monday."
    assert not [f for f in facts(analyse(nlp, declined)) if f[1] == "metWith"]


def test_what_describes_a_party_holds_whatever_is_done_to_the_party(nlp: Language) -> None:
    for text in (
        "The union rejected a proposal by Kestrel Meats, a subsidiary of Zenith Brands Inc, he said.",
        "The union did not meet Kestrel Meats, a subsidiary of Zenith Brands Inc, on Monday.",
    ):
        assert ("Kestrel Meats", "subsidiaryOf", "Zenith Brands Inc") in facts(analyse(nlp, text)), text


def test_what_allegations_or_reports_say_is_no_fact(nlp: Language) -> None:
    text = "Tom Hale rejected allegations he pressured finance chief Ann Dale to falsify the accounts."
    assert not [f for f in facts(analyse(nlp, text)) if f[1] == "urges"]
    told = "Tom Hale pressured finance chief Ann Dale to falsify the accounts."
    assert ("Tom Hale", "urges", "Ann Dale") in facts(analyse(nlp, told))


def test_who_after_a_persons_origin_is_the_person(nlp: Language) -> None:
    # the parser hangs "who" on the place after "from" or "of"; a place beats nobody (issue 14, round 11)
    text = "Ana Costa will face eighth seed Maria Lopez from Switzerland, who defeated Eva Hale 6-3 7-6."
    found = facts(analyse(nlp, text))
    assert ("Maria Lopez", "defeated", "Eva Hale") in found
    assert not [f for f in found if f[0] == "Switzerland" and f[1] == "defeated"]
