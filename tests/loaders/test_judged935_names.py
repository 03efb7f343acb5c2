"""Names the judges of seed 935 found split or mistyped (lane r19a), through the real pipeline, on invented
sentences: a two-word demonym the gazetteer did not know ("West German", "Philippine", "Yugoslav") split
into an organisation and stray words of a post; a foreign firm's name typed as a person's."""

from __future__ import annotations

from spacy.language import Language

from tests.loaders.extraction_helpers import FactsOf, PostsOf, minted_classes


def test_west_german_is_the_demonym_of_west_germany(nlp: Language, facts_of: FactsOf) -> None:
    text = "West German Bundesbank President Karl Otto Poehl said the bank would hold its rates."
    classes = minted_classes(nlp, text)
    assert "West" not in classes, classes
    assert classes.get("West Germany") == "Country", classes
    assert ("Karl Otto Poehl", "leaderOf", "West") not in facts_of(text)


def test_west_german_leaves_no_stray_word_in_a_post(posts_of: PostsOf) -> None:
    text = "West German chancellor Helmut Kohl said the reform was acceptable."
    assert posts_of(text, "Helmut Kohl") == ["chancellor"]
    text = "West German Finance Minister Gerhard Stoltenberg said he was not surprised by the fall."
    assert posts_of(text, "Gerhard Stoltenberg") == ["finance minister"]


def test_philippine_and_yugoslav_are_demonyms(nlp: Language, facts_of: FactsOf, posts_of: PostsOf) -> None:
    text = "Philippine President Corazon Aquino said the talks would resume next week."
    assert "Philippine" not in minted_classes(nlp, text)
    assert ("Corazon Aquino", "leaderOf", "Philippines") in facts_of(text)
    text = "Yugoslav Prime Minister Branko Mikulic announced a wage freeze on Friday."
    assert posts_of(text, "Branko Mikulic") == ["prime minister"]


def test_a_foreign_firm_word_makes_the_name_a_firm(nlp: Language) -> None:
    text = "Cable and Wireless is seeking a stake in the proposed rival to Kokusai Denshin Denwa."
    assert minted_classes(nlp, text).get("Kokusai Denshin Denwa") == "Organization"
    text = "The loan was arranged by Banque Indosuez and two other banks, the borrower said."
    assert minted_classes(nlp, text).get("Banque Indosuez") == "Organization"
