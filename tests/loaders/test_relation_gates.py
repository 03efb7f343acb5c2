"""The gates that decide which of the relation classifier's pairs become facts by default (invented
sentences)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.settings import Settings
from loaders.entities.names import initial_and_surname
from loaders.nlp import build_nlp
from loaders.trained import add_trained_components
from loaders.trained.components import RELATION_COMPONENT
from loaders.trained.relation_gates import passes, predicate_of


@pytest.fixture(scope="module")
def nlp() -> Language:
    """The pipeline the gates run in (its NER decides what a list's next name is), without the classifier."""
    return build_nlp(Settings(trained_relations="off"))


def span(doc: Doc, text: str) -> Span:
    start = doc.text.index(text)
    found = doc.char_span(start, start + len(text))
    assert found is not None, text
    return found


def pair(nlp: Language, text: str, head: str, tail: str) -> tuple[Span, Span]:
    doc = nlp(text)
    return span(doc, head), span(doc, tail)


def test_a_killing_needs_a_word_of_killing(nlp: Language) -> None:
    shot = pair(nlp, "Juan Perez shot Carlos Mendes in 1990.", "Juan Perez", "Carlos Mendes")
    met = pair(nlp, "Juan Perez met Carlos Mendes in 1990.", "Juan Perez", "Carlos Mendes")
    assassin = pair(nlp, "Carlos Mendes's assassin, Juan Perez, died.", "Juan Perez", "Carlos Mendes")
    assert passes("Kill", *shot, 0.9)
    assert passes("Kill", *assassin, 0.9)
    assert not passes("Kill", *met, 0.99)
    assert not passes("Kill", *shot, 0.3)  # below the gate's probability


def test_a_place_is_inside_the_place_right_after_it_never_a_country_nor_in_a_list(nlp: Language) -> None:
    text = "Flights will serve Akron, Ohio, from May."
    assert passes("Located_In", *pair(nlp, text, "Akron", "Ohio"), 0.6, "City")
    assert not passes("Located_In", *pair(nlp, text, "Ohio", "Akron"), 0.9, "Location")  # the larger first
    listed = "The firm mines in Australia, South Africa and Spain."
    assert not passes("Located_In", *pair(nlp, listed, "Australia", "South Africa"), 0.98, "Country")
    far = "Akron is a city where many people who work in the tyre trade live, far from Ohio."
    assert not passes("Located_In", *pair(nlp, far, "Akron", "Ohio"), 0.9, "City")
    ports = "The strike had no effect in Barcelona, Bilbao, Madrid and Seville."
    assert not passes("Located_In", *pair(nlp, ports, "Barcelona", "Bilbao"), 0.95, "City")
    parts = "Snow fell across Akron, Ohio and western Pennsylvania."  # the next item named by its part
    assert not passes("Located_In", *pair(nlp, parts, "Akron", "Ohio"), 0.95, "City")
    said = "At a briefing in Rockville, Md., Jim Bernero said the cones were a concern."
    assert passes("Located_In", *pair(nlp, said, "Rockville", "Md."), 0.6, "City")


def test_work_for_needs_the_person_first_by_apposition_and_not_former(nlp: Language) -> None:
    now = "It is a sign of strength, said Ann Lee, an economist with Acme Bank."
    former = "It named Ann Lee, formerly an economist with Acme Bank, president."
    headed = "Acme Bank, headed by Ann Lee, grew."
    assert passes("Work_For", *pair(nlp, now, "Ann Lee", "Acme Bank"), 0.7)
    assert not passes("Work_For", *pair(nlp, former, "Ann Lee", "Acme Bank"), 0.9)
    assert not passes("Work_For", *pair(nlp, headed, "Ann Lee", "Acme Bank"), 0.9)


def test_a_home_is_said_by_the_persons_own_words_not_another_clause(nlp: Language) -> None:
    governor = "Ohio Governor Richard Hale closed the savings banks."
    spoke = "President Tom Hale said Japan had not kept its promise."
    assert passes("Live_In", *pair(nlp, governor, "Richard Hale", "Ohio"), 0.9)
    assert not passes("Live_In", *pair(nlp, spoke, "Tom Hale", "Japan"), 0.9)
    assert not passes("Live_In", *pair(nlp, governor, "Richard Hale", "Ohio"), 0.6)  # below its probability


def test_no_organisation_is_based_anywhere_by_default(nlp: Language) -> None:
    named = "Trading on the London Metal Office rose."
    assert not passes("OrgBased_In", *pair(nlp, named, "Metal Office", "London"), 0.99)


def test_a_body_of_members_has_members_not_staff(nlp: Language) -> None:
    doc = nlp("Ann Lee of the Senate Budget Committee and Bob Hall of Acme Bank spoke.")
    assert predicate_of("Work_For", span(doc, "Senate Budget Committee")) == "memberOf"
    assert predicate_of("Work_For", span(doc, "Acme Bank")) == "worksFor"
    assert predicate_of("Live_In", span(doc, "Acme Bank")) == "livesIn"


@pytest.mark.parametrize(
    ("value", "mode"), [("true", "all"), ("false", "off"), ("gated", "gated"), ("all", "all"), ("off", "off")]
)
def test_the_switch_keeps_its_old_values(monkeypatch: pytest.MonkeyPatch, value: str, mode: str) -> None:
    monkeypatch.setenv("KG_TRAINED_RELATIONS", value)
    assert Settings(_env_file=None).trained_relations == mode  # type: ignore[call-arg]


def test_gated_is_the_default_and_configures_the_component() -> None:
    assert Settings(_env_file=None).trained_relations == "gated"  # type: ignore[call-arg]
    nlp = spacy.blank("en")
    add_trained_components(nlp, Settings(trained_ner=False, trained_relations="gated"))
    assert nlp.pipe_names == [RELATION_COMPONENT]
    assert nlp.get_pipe(RELATION_COMPONENT).gated  # type: ignore[attr-defined]


def test_a_team_sheets_initial_and_surname_is_a_player_not_a_place_or_firm(nlp: Language) -> None:
    doc = nlp("Kestrelia: W Servano, O Millot, G Lambert, I Haringo, P Migno. Ann Lee joined Acme Bank.")
    words = [t.text for t in doc]
    at = {w: words.index(w) for w in ("Millot", "Haringo", "Lee", "Acme")}
    assert initial_and_surname(doc, at["Millot"] - 1, at["Millot"] + 1)  # "O Millot"
    assert initial_and_surname(doc, at["Haringo"], at["Haringo"] + 1)  # "Haringo" after a listed "I "
    assert not initial_and_surname(doc, at["Lee"] - 1, at["Lee"] + 1)  # "Ann Lee"
    assert not initial_and_surname(doc, at["Acme"], at["Acme"] + 2)  # "Acme Bank"
