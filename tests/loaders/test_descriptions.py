"""Definite descriptions ("the company", "the film") and a band's "their" reach what they refer to, and only
when the text leaves one candidate (loaders/entities/descriptions.py; real pipeline, invented sentences)."""

from __future__ import annotations

from spacy.language import Language

from tests.loaders.extraction_helpers import analyse, facts

_OWNED = "The company, which is 60 pct owned by Borland Group Ltd, said the cuts would save money."


def _owned(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {f for f in facts(analyse(nlp, text)) if f[1] == "ownedBy"}


def test_the_company_is_the_one_firm_named_before(nlp: Language) -> None:
    found = _owned(nlp, f"Acme Holdings Inc said it would cut 500 jobs. {_OWNED}")
    assert found == {("Acme Holdings Inc", "ownedBy", "Borland Group Ltd")}


def test_the_company_after_two_firms_stays_unresolved(nlp: Language) -> None:
    assert not _owned(nlp, f"Acme Holdings Inc agreed to buy Zenith Tools Corp. {_OWNED}")


def test_the_company_may_be_the_headline_s_firm(nlp: Language) -> None:
    found = _owned(nlp, f"Zenith Tools Corp to cut jobs\n\nShares fell sharply on Monday. {_OWNED}")
    assert found == {("Zenith Tools Corp", "ownedBy", "Borland Group Ltd")}


def test_the_company_is_not_the_firm_its_own_sentence_names(nlp: Language) -> None:
    text = "Acme Holdings Inc bought Zenith Tools Corp. Zenith had sales of 2 mln dlrs, the company said."
    assert not [f for f in facts(analyse(nlp, text)) if f[1] == "says"]  # Acme said it, not Zenith


def test_the_film_is_left_unresolved(nlp: Language) -> None:
    # works typed organisations fooled the one-candidate test on articles read outside the eval sets
    text = "Critics praised the film Sunset Road. The film features Carlos Mendes and Ana Silva."
    assert not [f for f in facts(analyse(nlp, text)) if f[1] == "starsIn"]


def test_the_company_is_not_a_unit_nor_a_public_body(nlp: Language) -> None:
    unit = "Acme Holdings Inc sold its Zenith Tools Corp unit to a rival on Monday."
    assert _owned(nlp, f"{unit} {_OWNED}") == {("Acme Holdings Inc", "ownedBy", "Borland Group Ltd")}
    assert not _owned(nlp, f"The Federal Trade Commission ruled on Monday. {_OWNED}")


def test_their_records_are_the_band_s_unless_a_person_is_named_beside_it(nlp: Language) -> None:
    band = "The pop band Larkspur played in Leeds on Monday. Their singles include Blue Skies and Red Road."
    assert ("Larkspur", "created", "Blue Skies") in facts(analyse(nlp, band))
    member = (
        "Carlos Mendes joined the pop band Larkspur in 2001. Their singles include Blue Skies and Red Road."
    )
    assert not [f for f in facts(analyse(nlp, member)) if f[1] == "created"]  # the members' singles, maybe


def test_their_is_not_a_firm_that_is_no_band(nlp: Language) -> None:
    firm = "Acme Holdings Inc opened in Leeds on Monday. Their singles include Blue Skies and Red Road."
    assert not [f for f in facts(analyse(nlp, firm)) if f[1] == "created"]


def test_the_company_of_a_story_is_the_firm_its_headline_names(nlp: Language) -> None:
    assert not _owned(
        nlp, f"Steel jobs to go in Leeds\n\nAcme Holdings Inc said it would cut 500 jobs. {_OWNED}"
    )


def test_a_bare_they_is_not_the_band(nlp: Language) -> None:
    text = "The pop band Larkspur played in Leeds on Monday. They won the Mercury Prize in 2004."
    assert not [f for f in facts(analyse(nlp, text)) if f[0] == "Larkspur" and f[1] == "won"]


def _said(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {f for f in facts(analyse(nlp, text)) if f[1] in ("says", "holdsPosition")}


_CHANCELLOR = 'The chancellor said: "Growth is strong."'


def test_a_bare_post_is_the_one_person_given_that_post_before(nlp: Language) -> None:
    titled = f"Chancellor Marcus Webb spoke on Monday. Rival Dan Hollis said it was wrong. {_CHANCELLOR}"
    assert ("Marcus Webb", "says", "Growth is strong.") in _said(nlp, titled)
    apposed = f"Peter Walsh, the chancellor, spoke on Monday. Dan Hollis said it was wrong. {_CHANCELLOR}"
    assert ("Peter Walsh", "says", "Growth is strong.") in _said(nlp, apposed)


def test_a_bare_post_given_to_no_one_is_the_person_the_story_opens_with(nlp: Language) -> None:
    text = f"Budget row deepens\n\nDan Hollis has defended his budget plans. {_CHANCELLOR}"
    assert ("Dan Hollis", "holdsPosition", "chancellor") in _said(nlp, text)


def test_a_bare_post_given_to_no_one_after_another_person_stays_unresolved(nlp: Language) -> None:
    # "Hollis said ... The chancellor said" is as often someone the story has not named
    later = f"Budget row deepens\n\nPrices rose again in May. Dan Hollis spoke to reporters. {_CHANCELLOR}"
    assert not {f for f in _said(nlp, later) if f[0] == "Dan Hollis"}
    two = f"Budget row deepens\n\nDan Hollis has attacked Peter Walsh over the budget. {_CHANCELLOR}"
    assert not {f for f in _said(nlp, two) if f[1] == "holdsPosition"}


def test_a_bare_post_given_to_no_one_is_no_trade_nor_one_the_story_left_unnamed(nlp: Language) -> None:
    judge = 'Trial opens\n\nDan Hollis has denied the charges. The judge said: "Growth is strong."'
    assert not {f for f in _said(nlp, judge) if f[1] == "holdsPosition"}  # a judge is often never named
    unnamed = (
        "Budget row deepens\n\nDan Hollis has defended his budget plans. A chancellor spoke on Monday. "
        f"{_CHANCELLOR}"
    )
    assert not {f for f in _said(nlp, unnamed) if f[1] == "holdsPosition"}


def test_a_person_the_story_opens_with_holds_one_office(nlp: Language) -> None:
    text = (
        "Budget row deepens\n\nDan Hollis has defended his budget plans. The chancellor spoke on Monday. "
        'The prime minister said: "Growth is strong."'
    )
    assert {f for f in _said(nlp, text) if f[1] == "holdsPosition"} == {
        ("Dan Hollis", "holdsPosition", "chancellor")
    }


def test_a_bare_post_held_by_two_stays_unresolved(nlp: Language) -> None:
    two = f"Chancellor Marcus Webb met Chancellor Dieter Brandt on Monday. {_CHANCELLOR}"
    assert not {f for f in _said(nlp, two) if f[1] == "says"}


def test_a_post_with_more_words_is_no_bare_post(nlp: Language) -> None:
    # "the new chancellor", "the chancellor of the club" may be another one
    text = 'Chancellor Marcus Webb spoke on Monday. The new chancellor said: "Growth is strong."'
    assert not {f for f in _said(nlp, text) if f[1] == "says"}


_AGED = "The 45-year-old has criticised Acme Holdings Inc."


def _criticised(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {f for f in facts(analyse(nlp, text)) if f[1] == "criticizes"}


def test_an_age_is_the_one_person_named_before(nlp: Language) -> None:
    found = _criticised(nlp, f"Peter Walsh spoke on Monday. {_AGED}")
    assert found == {("Peter Walsh", "criticizes", "Acme Holdings Inc.")}


def test_an_age_another_age_was_given_to_stays_unresolved(nlp: Language) -> None:
    assert not _criticised(nlp, f"Peter Walsh, 52, spoke on Monday. {_AGED}")
    # the age names someone else the text gave it to
    assert not _criticised(nlp, f"Dan Hollis, 45, left. Peter Walsh spoke on Monday. {_AGED}")


def test_an_age_after_two_people_stays_unresolved(nlp: Language) -> None:
    assert not _criticised(nlp, f"Peter Walsh met Dan Hollis on Monday. {_AGED}")


def test_an_age_and_a_player_s_position_is_the_person_named_before(nlp: Language) -> None:
    text = "Mateja Kezman was injured on Saturday. The 25-year-old striker said he was upset."
    found = _said(nlp, text)
    assert ("Mateja Kezman", "holdsPosition", "striker") in found
    assert ("Mateja Kezman", "says", "he was upset") in found


def test_an_age_and_a_trade_is_no_post(nlp: Language) -> None:
    # "the 47-year-old director" of a film-maker names his trade, which annotators do not take for a post
    found = _said(nlp, "Peter Walsh spoke on Monday. The 47-year-old director said he was upset.")
    assert found == {("Peter Walsh", "says", "he was upset")}


def test_an_actor_who_played_a_person_is_not_the_person_a_post_describes(nlp: Language) -> None:
    text = (
        "Film tells label story\n\nMr Carlos Mendes spoke to the press on Monday. In the film his role was "
        'played by Peter Walsh. "It is a fine film," said the Larkspur Records founder.'
    )
    posts = {f for f in _said(nlp, text) if f[1] == "holdsPosition"}
    assert posts == {("Carlos Mendes", "holdsPosition", "founder")}


def test_a_person_described_by_one_nationality_is_not_described_by_another(nlp: Language) -> None:
    text = (
        "Keller into final\n\nTom Keller won his semi-final on Sunday. The Austrian served well all day.\n\n"
        '"I played badly," said the American after the match.'
    )
    found = {f for f in facts(analyse(nlp, text)) if f[1] == "citizenOf"}
    assert found == {("Tom Keller", "citizenOf", "Austria")}


def test_a_place_described_by_its_kind_is_the_place_it_names(nlp: Language) -> None:
    # "the sheikhdom of Qatar", "the island of Jersey": the kind noun and "of" name the place itself
    text = "Kestrel Energy has signed a deal with the Gulf sheikhdom of Qatar to supply gas."
    assert ("Kestrel Energy", "signedAgreementWith", "Qatar") in facts(analyse(nlp, text))


def test_the_state_of_a_city_s_name_is_no_city(nlp: Language) -> None:
    # "the state of Washington" is no city, whatever a city of that name would make of the sentence
    text = "Zenolite Corp has been criticized by the state of Washington for its safety record."
    assert not [f for f in facts(analyse(nlp, text)) if f[0] == "Washington"]


def test_his_side_is_the_side_the_subject_is_named_with(nlp: Language) -> None:
    text = "Wales fly-half Carlos Mendes hailed his side's 19-13 victory over Italy on Saturday."
    assert ("Wales", "defeated", "Italy") in facts(analyse(nlp, text))


def test_his_side_is_nobody_s_for_a_former_coach_or_two_sides(nlp: Language) -> None:
    former = "The former Wales coach Carlos Mendes watched his side's 3-2 victory over Italy."
    assert not [f for f in facts(analyse(nlp, former)) if f[1] == "defeated"]
    two = "Wales and Scotland fans Carlos Mendes and Ana Lake hailed their side's victory over Italy."
    assert not [f for f in facts(analyse(nlp, two)) if f[1] == "defeated"]


def test_a_trade_is_the_headline_s_firm_whose_name_says_that_trade(nlp: Language) -> None:
    airline = "Acme Airways cuts fares\n\nAcme Airways will cut fares from Monday. "
    assert _owned(nlp, airline + _OWNED.replace("company", "airline")) == {
        ("Acme Airways", "ownedBy", "Borland Group Ltd")
    }


def test_a_trade_no_name_nor_cue_says_is_not_the_headline_s_firm(nlp: Language) -> None:
    # "the airline" after a headline naming an aircraft maker is its customer, not the maker
    maker = "Zenith Aircraft wins order\n\nZenith Aircraft Corp will sell ten jets to a carrier. "
    assert not _owned(nlp, maker + _OWNED.replace("company", "airline"))


def test_a_nationality_passes_over_people_the_text_gives_another(nlp: Language) -> None:
    text = (
        "Federer reaches Dubai last eight\n\nRoger Federer beat Germany's Rainer Schuettler 6-3 6-4 on"
        " Tuesday. Schuettler had led early. But the Swiss star hit back to reach the quarter-finals."
    )
    citizens = {f for f in facts(analyse(nlp, text)) if f[1] == "citizenOf"}
    assert citizens == {
        ("Roger Federer", "citizenOf", "Switzerland"),
        ("Rainer Schuettler", "citizenOf", "Germany"),
    }


def test_a_described_post_is_the_one_person_the_text_gave_that_very_post(nlp: Language) -> None:
    text = (
        "Chirac meets Schroeder\n\nFrench President Jacques Chirac met German Chancellor Gerhard Schroeder in"
        " Paris on Monday. Both men spoke of unity. Later the French president told reporters he was pleased."
    )
    described = {
        (f.subject, f.predicate, f.object)
        for f in analyse(nlp, text).facts
        if f.extractor.endswith(":described-post")
    }
    assert ("Person/Jacques Chirac", "leaderOf", "Country/France") in described


def test_a_bare_post_goes_on_with_the_person_a_description_of_it_stood_for(nlp: Language) -> None:
    text = (
        "Brown rallies voters\n\nGordon Brown has issued a rallying cry to supporters. The chancellor said"
        " the poll would be close. Tony Blair also spoke in Gateshead. Later the chancellor criticised"
        " Michael Howard."
    )
    assert ("Gordon Brown", "criticizes", "Michael Howard") in facts(analyse(nlp, text))


def test_an_age_among_several_people_is_the_one_the_headline_and_lead_are_about(nlp: Language) -> None:
    text = (
        "Keller seals Leeds title\n\nAustria's Tom Keller won his first title with a victory over Carlos"
        ' Mendes in Leeds on Sunday. "I am very happy," said the 19-year-old.'
    )
    assert {f[0] for f in facts(analyse(nlp, text)) if f[1] == "says"} == {"Tom Keller"}


def test_an_age_is_nobody_s_when_the_headline_names_two(nlp: Language) -> None:
    text = (
        "Keller praises Mendes\n\nTom Keller has praised Carlos Mendes after the final in Leeds on Sunday."
        ' "I am very happy," said the 19-year-old.'
    )
    assert not {f for f in facts(analyse(nlp, text)) if f[1] == "says"}


def _based(nlp: Language, text: str) -> set[tuple[str, str, str]]:
    return {f for f in facts(analyse(nlp, text)) if f[1] == "basedIn"}


def test_a_firm_described_by_its_country_is_the_one_firm_named_before(nlp: Language) -> None:
    text = (
        "Robots learn to dance\n\nZenhart Tools Corp showed off a new robot on Monday. "
        "The Dutch company said it would sell the robot next year."
    )
    assert ("Zenhart Tools Corp", "basedIn", "Netherlands") in _based(nlp, text)  # the headline names no firm


def test_a_firm_described_by_its_country_is_the_one_firm_its_own_sentence_names(nlp: Language) -> None:
    text = (
        "Zenhart Tools Corp made a loss. "
        "Acme Holdings Inc will close two plants, staff at the Dutch company said."
    )
    found = {f for f in _based(nlp, text) if f[2] == "Netherlands"}
    assert found == {("Acme Holdings Inc", "basedIn", "Netherlands")}  # not Zenhart, named before


def test_a_firm_described_by_its_country_after_two_firms_of_its_sentence_stays_unresolved(
    nlp: Language,
) -> None:
    text = "Acme Holdings Inc made a loss. Acme Holdings Inc sold Zenhart Tools Corp, the Dutch company said."
    assert not [f for f in _based(nlp, text) if f[2] == "Netherlands"]


def test_a_firm_described_by_its_country_and_trade_is_the_one_firm_named_before(nlp: Language) -> None:
    text = (
        "Robots learn to dance\n\nZenhart Tools Corp showed off a new robot on Monday. "
        "The Dutch engineering giant said it would sell the robot next year."
    )
    assert ("Zenhart Tools Corp", "basedIn", "Netherlands") in _based(nlp, text)
    firm = text.replace("giant", "firm")
    assert ("Zenhart Tools Corp", "basedIn", "Netherlands") in _based(nlp, firm)


def test_a_giant_needs_a_trade_and_a_trade_no_adjective(nlp: Language) -> None:
    head = "Robots learn to dance\n\nZenhart Tools Corp showed off a new robot on Monday. "
    for described in ("The Dutch giant", "The Dutch new firm"):
        text = f"{head}{described} said it would sell the robot next year."
        assert not [f for f in _based(nlp, text) if f[2] == "Netherlands"], described


def test_a_firm_described_by_a_country_the_text_named_before_stays_unresolved(nlp: Language) -> None:
    # "to sell its unit to Norway's <Norska Design>": a firm of that country the NER may miss
    text = (
        "Zenhart Tools Corp will sell its printer unit to a buyer in the Netherlands. "
        "The Dutch company will take over the unit in May."
    )
    assert not [f for f in _based(nlp, text) if f[2] == "Netherlands"]


def test_a_firm_described_by_its_country_passes_over_a_firm_of_another(nlp: Language) -> None:
    text = (
        "Japan's Zenhart Tools Corp signed a deal with Acme Holdings Inc on Monday. "
        "The Dutch company said the deal was worth $2m."
    )
    assert ("Acme Holdings Inc", "basedIn", "Netherlands") in _based(nlp, text)


def test_a_described_post_is_nobody_the_text_gave_only_another_post(nlp: Language) -> None:
    text = (
        "Acme to close plant\n\nThe plant will close next year, spokesman Tom Hill said on Monday. Workers"
        " were told at a meeting. The Borland spokeswoman said talks had ended."
    )
    found = analyse(nlp, text).facts
    assert not [f for f in found if f.extractor.endswith(":described-post")]


def test_a_described_chief_may_be_a_person_given_another_post(nlp: Language) -> None:
    text = (
        "Fed holds rates\n\nFederal Reserve Chairman Alan Greenspan spoke in Dallas on Monday. Markets rose."
        " The Fed chief said inflation was low."
    )
    found = analyse(nlp, text).facts
    described = {f.subject for f in found if f.extractor.endswith(":described-post")}
    assert described == {"Person/Alan Greenspan"}


def test_a_described_captain_may_be_a_player_given_a_position(nlp: Language) -> None:
    text = (
        "Keller rules out coaching\n\nLeeds midfielder Tom Keller has no plans to become a coach. Fans were"
        ' surprised. "I want to play," the England captain said.'
    )
    found = analyse(nlp, text).facts
    assert {f.subject for f in found if f.extractor.endswith(":described-post")} == {"Person/Tom Keller"}


def test_a_described_nationality_may_be_a_person_given_a_post(nlp: Language) -> None:
    # a nationality is no post: it goes with the manager's post, and the quote is his
    text = (
        "Hale joy at Cup win\n\nHale Rovers manager Tom Keller praised his players after the 3-0 win over"
        ' Vane Town.\n\n"It was a professional sort of performance," the Dutchman said.'
    )
    found = facts(analyse(nlp, text))
    assert ("Tom Keller", "citizenOf", "Netherlands") in found, found


def test_a_firm_described_by_its_home_alone_is_the_one_firm_named_before(nlp: Language) -> None:
    """(r14j) "The Houston-based company said": a firm's description narrowed by its home alone refers as
    "the company" does, on the same terms, and says where the firm is based."""
    said = "The Houston-based company said it would drill more wells."
    found = facts(analyse(nlp, f"Kestrel Energy Corp said its profits doubled last year. {said}"))
    assert ("Kestrel Energy Corp", "basedIn", "Houston") in found, found
    found = facts(analyse(nlp, f"Kestrel Energy Corp agreed to buy Zenith Oil Inc. {said}"))
    assert not [f for f in found if f[1] == "basedIn"], found  # two firms before it: no one firm
    found = facts(analyse(nlp, "Kestrel Energy Corp said profits doubled. The new Houston-based firm grew."))
    assert not [f for f in found if f[1] == "basedIn"], found  # "the new ... firm" may be another


_KESTREL = (
    "Kestrel chief to leave company\n\nShares in engineering group Kestrel Holdings fell on Monday.\n\n"
)


def test_the_company_is_the_firm_its_sentence_names_only_as_the_owner_of_a_post(nlp: Language) -> None:
    # r20l: "X, who was also Acme's president, left the company" is Acme (bbc-business-304's headline fact)
    text = f"{_KESTREL}Tom Hale, who was also Kestrel Holdings' president, left the company amid a review."
    assert ("Tom Hale", "resignedFrom", "Kestrel Holdings") in facts(analyse(nlp, text))
    text = f"{_KESTREL}Tom Hale, who was also president of Kestrel Holdings, left the company amid a review."
    assert ("Tom Hale", "resignedFrom", "Kestrel Holdings") in facts(analyse(nlp, text))


def test_the_company_is_not_the_firm_its_sentence_names_otherwise(nlp: Language) -> None:
    # another firm's post, or the firm named other than as a post's owner, leaves "the company" unresolved
    other = f"{_KESTREL}Tom Hale, who was once Zenith Tools Corp's president, left the company amid a review."
    rival = f"{_KESTREL}Tom Hale, Kestrel Holdings' president, left the company for Kestrel Holdings' rival."
    for text in (other, rival):
        assert not [f for f in facts(analyse(nlp, text)) if f[1] == "resignedFrom"]
