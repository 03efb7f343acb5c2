"""Facts judges found damaged on random articles read outside the evaluation sets (round 15, seed 927): an
agreement typed an organisation, a minority stake read as ownership. Sentences written for these tests, run
through the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.loaders.extraction_helpers import FactsOf, analyse, facts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Delegates to the International Tin Agreement in London agreed on Friday to extend the pact.",
            "International Tin Agreement",
        ),
        ("Ministers met in Paris to reaffirm the Louvre Accord, Treasury officials said.", "Louvre Accord"),
    ],
)
def test_an_agreement_is_a_work_not_an_organisation(nlp: Language, text: str, name: str) -> None:
    analysis = analyse(nlp, text)
    assert f"Work/{name}" in analysis.referents, sorted(analysis.referents)
    assert not any(p == "basedIn" for s, p, _ in facts(analysis) if s == name), sorted(facts(analysis))


def test_an_agreement_keeps_its_bracketed_acronym(nlp: Language) -> None:
    text = "The U.S. belongs to the International Coffee Agreement (ICA), officials said. The ICA met in May."
    referents = analyse(nlp, text).referents
    assert "Work/International Coffee Agreement" in referents, sorted(referents)
    assert not any(key.endswith("/ICA") for key in referents), sorted(referents)


@pytest.mark.parametrize(
    ("text", "stake"),
    [
        ("Gorvan Mining Ltd is owned 31.8 pct by Kestrel Resources Ltd, the company said.", True),
        ("Gorvan Mining Ltd is owned by Kestrel Resources Ltd.", False),
    ],
)
def test_a_minority_share_on_the_verb_is_a_stake(facts_of: FactsOf, text: str, stake: bool) -> None:
    found = facts_of(text)
    invested = ("Kestrel Resources Ltd", "investedIn", "Gorvan Mining Ltd") in found
    owned = any(s == "Gorvan Mining Ltd" and p == "ownedBy" for s, p, _ in found)
    assert (invested, owned) == (stake, not stake), sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "Dan Kweku, secretary general of the Coastal Growers Alliance, said prices would rise.",
        "Coastal Growers Alliance secretary general Dan Kweku said prices would rise.",
    ],
)
def test_a_secretary_general_works_for_the_body(facts_of: FactsOf, text: str) -> None:
    found = facts_of(text)
    assert ("Dan Kweku", "worksFor", "Coastal Growers Alliance") in found, sorted(found)
    assert not any(p == "leaderOf" for _, p, _ in found), sorted(found)
