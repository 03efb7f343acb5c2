"""Alias precision counts a curated name of the annotated identity as its name (loaders.evaluation.news)."""

from __future__ import annotations

from loaders.evaluation.news import curated_names


def test_the_gazetteer_names_of_an_annotated_identity_are_its_names() -> None:
    assert {"united kingdom", "britain", "uk"} <= curated_names({"uk"})
    assert "tony blair" in curated_names({"blair", "tony blair"})


def test_names_the_gazetteer_does_not_know_stay_as_annotated() -> None:
    assert curated_names({"time warner", "timewarner"}) == {"time warner", "timewarner"}
    assert "united kingdom" not in curated_names({"little britain"})
