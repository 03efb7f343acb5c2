"""Nationality and a firm's home country from demonyms, possessives and brackets, in texts written for the
test (lane i14-nation5)."""

from __future__ import annotations

from spacy.language import Language

from tests.loaders.extraction_helpers import analyse, facts

TENNIS = """Harlow through in Doha

Mia Harlow beat Tunisian Selima Barek 6-2 6-3 in the first round on Tuesday.

Barek had won the title in 2003. Japan's Emi Tanabe lost to Spaniard Rosa Ibarra.

Tanabe said she was tired. French Open champion Lena Voss also went out."""


def test_a_demonym_ner_put_inside_a_persons_name_is_her_nationality(nlp: Language) -> None:
    found = facts(analyse(nlp, TENNIS))
    assert ("Selima Barek", "citizenOf", "Tunisia") in found, found
    assert not [f for f in found if f[0].startswith("Tunisian")], found
    assert ("Mia Harlow", "defeated", "Selima Barek") in found, found


def test_a_countrys_possessive_before_a_player_is_her_nationality(nlp: Language) -> None:
    found = facts(analyse(nlp, TENNIS))
    assert ("Emi Tanabe", "citizenOf", "Japan") in found, found
    assert not [f for f in found if f[1] == "basedIn"], found


def test_a_demonym_noun_before_a_name_is_no_part_of_it(nlp: Language) -> None:
    found = facts(analyse(nlp, TENNIS))
    assert ("Rosa Ibarra", "citizenOf", "Spain") in found, found
    assert not [f for f in found if "Spaniard" in f[0] or "Spaniard" in f[2]], found


def test_the_demonym_of_an_events_name_is_not_the_winners(nlp: Language) -> None:
    found = facts(analyse(nlp, TENNIS))
    assert not [f for f in found if f[0] == "Lena Voss" and f[1] == "citizenOf"], found
    prime = facts(analyse(nlp, "They met Greek Prime Minister Nikos Andreou in Athens on Monday."))
    assert ("Nikos Andreou", "leaderOf", "Greece") in prime, prime


RESULTS = """Referees named for the cup final

Referee: Paul O'Connell (New Zealand).

Touch judges: Ian Marsh (Scotland), Dai Pugh (Wales). Shares in Acme (Canada) rose."""


def test_a_country_in_brackets_after_a_persons_name_is_their_nationality(nlp: Language) -> None:
    found = facts(analyse(nlp, RESULTS))
    assert ("Paul O'Connell", "citizenOf", "New Zealand") in found, found
    assert ("Ian Marsh", "citizenOf", "Scotland") in found, found
    assert not [f for f in found if f[0] == "Acme"], found


FIRMS = """Operators order upgrades

US operator Vantel ordered a network upgrade on Monday. British car maker Aston Rowe launched a model.

He told the firm Tom Berry was ill."""


def test_a_firms_kind_noun_makes_the_name_after_it_a_firm(nlp: Language) -> None:
    found = facts(analyse(nlp, FIRMS))
    assert ("Vantel", "basedIn", "United States") in found, found
    assert ("Aston Rowe", "basedIn", "United Kingdom") in found, found
    assert not [f for f in found if f[1] == "citizenOf"], found


DESCRIBED = """Rain in Rome and Madrid

Tom Keller won his first title of the year on Sunday.

"I played well," said the American after the match. The Americans won the team event.

Rain stopped play in Madrid on Monday. The crowd waited for hours.

Ruud Jansen lost there on Tuesday. The Dutchman's serve let him down."""


def test_the_and_a_demonym_standing_for_the_one_person_named_before(nlp: Language) -> None:
    found = {f for f in facts(analyse(nlp, DESCRIBED)) if f[1] == "citizenOf"}
    assert ("Tom Keller", "citizenOf", "United States") in found, found
    assert ("Ruud Jansen", "citizenOf", "Netherlands") in found, found
    assert len(found) == 2, found


BEATEN = """Berg into semi-finals

Anna Berg won her first match in Paris on Monday.

The Swede reached the last four by beating Clara Holt 6-3 6-1."""


def test_the_demonym_standing_for_a_person_is_that_person_in_other_facts(nlp: Language) -> None:
    found = facts(analyse(nlp, BEATEN))
    assert ("Anna Berg", "defeated", "Clara Holt") in found, found
    assert ("Anna Berg", "citizenOf", "Sweden") in found, found
    assert not [f for f in found if f[0] == "Sweden"], found


CUP = """Cup report

Sweden's Carolina Kluft and Italy's Filippo Volandri won on Sunday.

The Swedes won the match 3-1."""


def test_a_countrys_possessive_before_a_name_in_a_report_on_sport_introduces_an_athlete(
    nlp: Language,
) -> None:
    found = {f for f in facts(analyse(nlp, CUP)) if f[1] in ("citizenOf", "basedIn")}
    assert found == {
        ("Carolina Kluft", "citizenOf", "Sweden"),
        ("Filippo Volandri", "citizenOf", "Italy"),
    }, found


def test_a_place_joined_to_born_before_a_name_is_the_birthplace(nlp: Language) -> None:
    """(r14j) "Dutch-born Tom Hale", "British-born actress X", "New Zealand-born X": the place or the people
    before a hyphened 'born' is where the person was born, whatever the clause plans; not "first-born"."""
    for text, fact in (
        (
            "The film is to be directed by Dutch-born Tom Hale, who has made music videos.",
            ("Tom Hale", "bornIn", "Netherlands"),
        ),
        ("British-born actress Maria Lopez was nominated.", ("Maria Lopez", "bornIn", "United Kingdom")),
        ("New Zealand-born Tom Hale scored twice.", ("Tom Hale", "bornIn", "New Zealand")),
    ):
        found = facts(analyse(nlp, text))
        assert fact in found, (text, found)
    found = facts(analyse(nlp, "Her first-born son Tom Hale was named after his grandfather."))
    assert not [f for f in found if f[1] == "bornIn"], found


def test_a_name_before_a_hyphened_born_is_a_place_whatever_ner_made_of_it(nlp: Language) -> None:
    """(r14j) "Sheffield-born Tom Hale": the name before '-born' is a place, even one NER took for a firm."""
    found = facts(analyse(nlp, "Sheffield-born Tom Hale won."))
    assert ("Tom Hale", "bornIn", "Sheffield") in found, found
