"""Product mentions and facts -> SpERT predictions over the gold tokens (no NLP needed)."""

from __future__ import annotations

from loaders.evaluation.predict import PredictedFact, PredictedMention, to_spert
from loaders.evaluation.spert import SpertEntity, SpertRelation, SpertSentence

WORDS = "The spokesman for the United Nations , Ann Lee , spoke in Paris on June 30 ."
TOKENS = tuple(WORDS.split(" "))
SENTENCE = SpertSentence(TOKENS)
TEXT = SENTENCE.text


def span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def test_mentions_become_typed_token_spans_without_leading_determiners() -> None:
    mentions = [
        PredictedMention(*span("the United Nations"), "Organization"),
        PredictedMention(*span("Ann Lee"), "Person"),
        PredictedMention(*span("Paris"), "City"),
        PredictedMention(*span("June 30"), "DATE"),
        PredictedMention(*span("spokesman"), "Position"),  # not scored
        PredictedMention(*span("Ann Lee"), "Organization"),  # same span again: the first type stays
    ]
    out = to_spert(SENTENCE, mentions, [])
    assert out.entities == (
        SpertEntity("Org", 4, 6),
        SpertEntity("Peop", 7, 9),
        SpertEntity("Loc", 12, 13),
        SpertEntity("Other", 14, 16),
    )


def test_facts_become_relations_by_predicate_and_end_types() -> None:
    mentions = [
        PredictedMention(*span("United Nations"), "Organization"),
        PredictedMention(*span("Ann Lee"), "Person"),
        PredictedMention(*span("Paris"), "City"),
    ]
    facts = [
        PredictedFact("worksFor", span("Ann Lee"), span("United Nations")),
        PredictedFact("worksFor", span("Ann Lee"), span("the United Nations")),  # same after stripping
        PredictedFact("leaderOf", span("Ann Lee"), span("Paris")),  # Peop -> Loc: Live_In
        PredictedFact("metWith", span("Ann Lee"), span("United Nations")),  # not a CoNLL04 relation
        PredictedFact("basedIn", span("United Nations"), span("June 30")),  # object is no mention
    ]
    out = to_spert(SENTENCE, mentions, facts)
    assert out.relations == (SpertRelation("Work_For", 1, 0), SpertRelation("Live_In", 1, 2))


def test_a_mention_is_scored_over_its_title_and_facts_still_find_it() -> None:
    words = "President Ann Lee visited Paris ."
    sentence = SpertSentence(tuple(words.split(" ")))
    name, place = sentence.text.index("Ann Lee"), sentence.text.index("Paris")
    mentions = [
        PredictedMention(name, name + 7, "Person", lead=len("President ")),
        PredictedMention(place, place + 5, "City"),
    ]
    facts = [PredictedFact("livesIn", (name, name + 7), (place, place + 5))]
    out = to_spert(sentence, mentions, facts)
    assert out.entities == (SpertEntity("Peop", 0, 3), SpertEntity("Loc", 4, 5))
    assert out.relations == (SpertRelation("Live_In", 0, 1),)
