"""Alias precision counts a curated name of the annotated identity as its name (loaders.evaluation.news)."""

from __future__ import annotations

import json
from pathlib import Path

from loaders.evaluation.news import Predicted, curated_names, format_table, score
from loaders.evaluation.news_gold import Annotation, Fact, align_entities, read_annotation


def test_the_gazetteer_names_of_an_annotated_identity_are_its_names() -> None:
    assert {"united kingdom", "britain", "uk"} <= curated_names({"uk"})
    assert "tony blair" in curated_names({"blair", "tony blair"})


def test_names_the_gazetteer_does_not_know_stay_as_annotated() -> None:
    assert curated_names({"time warner", "timewarner"}) == {"time warner", "timewarner"}
    assert "united kingdom" not in curated_names({"little britain"})


def test_an_entity_the_article_never_names_is_matched_by_its_id(tmp_path: Path) -> None:
    # "Finnish firm F-Secure": the guideline's Finland has names [] and must still align with the
    # pipeline's Finland, or its right basedIn fact counts as wrong.
    gold = {
        "id": "x",
        "entities": [
            {"id": "FSecure", "type": "Organization", "names": ["F-Secure"]},
            {"id": "Finland", "type": "Country", "names": []},
            {"id": "UnitedStates", "type": "Country", "names": []},
        ],
        "facts": [{"s": "FSecure", "p": "basedIn", "o": "Finland"}],
    }
    path = tmp_path / "x.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    annotation = read_annotation(path, frozenset())
    found = Annotation("x", entities={"k1": {"f secure"}, "k2": {"finland"}, "k3": {"united states"}})
    assert align_entities(annotation, found) == {"k1": "FSecure", "k2": "Finland", "k3": "UnitedStates"}


def test_a_tie_of_shared_names_goes_to_the_longer_name() -> None:
    # "Mrs Howard" beside Michael Howard: the pipeline's node for her is named "mrs howard" and "howard";
    # it shares one name with each gold entity, and "mrs howard" is the one that says whom it names.
    gold = Annotation(
        "x",
        entities={"MichaelHoward": {"michael howard", "howard"}, "SandraHoward": {"sandra", "mrs howard"}},
    )
    found = Annotation("x", entities={"k1": {"mrs howard", "howard"}, "k2": {"howard"}})
    assert align_entities(gold, found) == {"k1": "SandraHoward", "k2": "MichaelHoward"}


def test_each_article_says_whether_its_headline_fact_was_found() -> None:
    # the per-article record names the articles whose headline fact was missed (None: the gold has none)
    def article(key: str, headline: bool) -> Annotation:
        fact = Fact("Acme", frozenset({"acquired"}), "Kestrel")
        entities = {"Acme": {"acme"}, "Kestrel": {"kestrel"}}
        return Annotation(key, entities=entities, facts=[fact], headline=fact if headline else None)

    gold = [article("a", True), article("b", True), article("c", False)]
    found = Annotation("a", entities={"k1": {"acme"}, "k2": {"kestrel"}})
    found.facts.append(Fact("k1", frozenset({"acquired"}), "k2"))
    predicted = {
        "a": Predicted(found, {}),
        "b": Predicted(Annotation("b", entities={"k1": {"acme"}}), {}),
        "c": Predicted(Annotation("c"), {}),
    }
    result = score(gold, predicted)
    assert [a["headline"] for a in result.per_article] == [True, False, None]
    assert (result.headlines, result.headlines_found) == (2, 1)
    # -v names the missed headline fact under its article, and only the missed one
    table = format_table(result, "dev", verbose=True)
    assert table.count("headline missed:") == 1
    assert "headline missed: acme acquired kestrel" in table.split("  b ", 1)[1]
