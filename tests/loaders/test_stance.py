"""Polarity and modality of statements (docs/claims.md), on sentences of the reference article and the BBC
corpus, named by article id and a short fragment (the text is read from ../shared/data, never copied)."""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction_helpers import analyse, bbc_article, paragraph_with
from spacy.language import Language

from loaders.extract import FactMention, TextAnalysis
from loaders.facts.stance import stance

SEED = Path(__file__).resolve().parents[3] / "shared" / "data" / "seed" / "xi-zelenskyy-kirby.txt"


def seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"{SEED} is not here")
    return SEED.read_text(encoding="utf-8")


def text_of(source: str) -> str:
    return seed_text() if source == "seed" else bbc_article(source)


@pytest.mark.parametrize(
    ("source", "fragment", "cue", "expected"),
    [
        ("bbc-politics-209", "Israel will not attend", "attend", ("negated", "future", None)),
        ("bbc-politics-209", "is said to be closely watching", "watching", ("asserted", "reported", None)),
        ("seed", "has not communicated with", "communicated", ("negated", "stated", None)),
        ("seed", "a conversation that could get Russia", "get", ("asserted", "hedged", "said")),
        ("bbc-business-116", "The firms denied that they are about to link up", "link",
         ("negated", "reported", "denied")),
        ("bbc-politics-197", "He is said to have discussed", "discussed", ("asserted", "reported", None)),
        ("bbc-sport-272", "Benitez could yet turn", "turn", ("asserted", "hedged", None)),
        # the negation of 'did not rule out' is not that of its conjunct 'but said'
        ("bbc-politics-073", "He did not rule out change", "said", ("asserted", "stated", None)),
        # 'denied' governs its complement, not the clause attached to it
        ("bbc-business-246", "denied all the charges, saying", "saying", ("asserted", "stated", None)),
        ("bbc-politics-400", "When he refused to support", "support", ("negated", "reported", "said")),
    ],
)  # fmt: skip
def test_stance_of_a_cue(
    nlp: Language, source: str, fragment: str, cue: str, expected: tuple[str, str, str | None]
) -> None:
    _, paragraph = paragraph_with(text_of(source), fragment)
    at = paragraph.index(fragment)
    doc = nlp(paragraph)
    token = next(t for t in doc if t.idx >= at and t.text == cue)
    found = stance(token)
    assert found is not None
    assert (found.polarity, found.modality, found.speaker and found.speaker.text) == expected


def test_a_question_and_a_wish_are_no_claims(nlp: Language) -> None:
    # our own sentences: the corpus's questions are quoted speech
    doc = nlp("Did Blair meet Chirac? Blair wants to meet Chirac.")
    meets = [t for t in doc if t.lemma_ == "meet"]
    assert [stance(t) for t in meets] == [None, None]


def statements(analysis: TextAnalysis, predicate: str) -> list[FactMention]:
    return [f for f in analysis.facts + analysis.claims if f.predicate == predicate]


def by_names(found: FactMention) -> tuple[str, str, str, str]:
    return found.subject.split("/", 1)[1], found.object.split("/", 1)[1], found.polarity, found.modality


def test_has_not_communicated_with_is_a_negated_claim_by_breitbart_not_a_fact(nlp: Language) -> None:
    analysis = analyse(nlp, seed_text())
    negated = [f for f in analysis.claims if f.polarity == "negated" and f.predicate == "metWith"]
    assert [by_names(f) for f in negated] == [("Xi Jinping", "Volodymyr Zelenskyy", "negated", "stated")]
    assert negated[0].reported_by == "Organization/Breitbart"
    facts = [(f.subject, f.predicate, f.object) for f in analysis.facts]
    assert (negated[0].subject, "metWith", negated[0].object) not in facts


def test_could_and_will_make_hedged_and_future_claims(nlp: Language) -> None:
    could = analyse(nlp, bbc_article("bbc-sport-272"))  # "Benitez could yet turn ... to the younger Anelka"
    assert ("Rafa Benitez", "Nicolas Anelka", "asserted", "hedged") in map(by_names, could.claims)
    will = analyse(nlp, bbc_article("bbc-entertainment-107"))  # "Nicky Wire will join Phil Jupitus"
    assert ("Nicky Wire", "Phil Jupitus", "asserted", "future") in map(by_names, will.claims)
    assert not {f.object for f in could.facts + will.facts} & {"Person/Nicolas Anelka", "Person/Phil Jupitus"}


def test_a_statement_with_said_x_is_reported_by_x_and_stays_a_fact(nlp: Language) -> None:
    # "President Joe Biden has been seeking to speak with ..., said Kirby"
    analysis = analyse(nlp, seed_text())
    sought = [(*by_names(f), f.reported_by) for f in analysis.facts if f.predicate == "seeksTalksWith"]
    assert ("Joe Biden", "Xi Jinping", "asserted", "reported", "Person/John Kirby") in sought


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("John Smith will make a visit to Peru and hold talks with Ana Ruiz.", ("future", "future")),
        ("John Smith may pay a visit to Peru.", ("hedged",)),
    ],
)
def test_a_support_verb_lends_its_modal_to_its_event_noun(
    nlp: Language, text: str, expected: tuple[str, ...]
) -> None:
    analysis = analyse(nlp, text)
    found = [c for c in analysis.claims if c.predicate in ("visited", "metWith")]
    assert tuple(c.modality for c in found) == expected
    assert not [f for f in analysis.facts if f.predicate in ("visited", "metWith")]


def test_a_visit_named_as_a_thing_stays_a_fact_whatever_its_clause_says(nlp: Language) -> None:
    analysis = analyse(nlp, "John Smith's visit to Peru will boost trade.")
    assert [f.predicate for f in analysis.facts if f.predicate == "visited"] == ["visited"]


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Critics will see Cold Harbour, a drama starring Tom Vale, next week.", "starsIn"),
        ("Acme may buy Zenith Corp, which owns Brightco.", "ownedBy"),
    ],
)
def test_what_describes_a_noun_holds_whatever_its_host_clause_plans(
    nlp: Language, text: str, predicate: str
) -> None:
    analysis = analyse(nlp, text)
    assert [f.modality for f in analysis.facts if f.predicate == predicate] == ["stated"]


def test_a_host_clause_modal_still_reaches_its_own_verb(nlp: Language) -> None:
    analysis = analyse(nlp, "Acme may buy Zenith Corp, which owns Brightco.")
    assert not [f for f in analysis.facts if f.predicate == "acquired"]


def test_a_bare_present_meets_below_the_headline_is_a_fixture_ahead(nlp: Language) -> None:
    # a one-line text has no headline; the present below one is the future's tense
    analysis = analyse(nlp, "Tom Vale beat Carl Dorn on Monday. Vale now meets Ivo Brandt in the final.")
    assert [c.modality for c in analysis.claims if c.predicate == "metWith"] == ["future"]
    assert not [f for f in analysis.facts if f.predicate == "metWith"]
    headline = analyse(nlp, "Ana Ruiz meets Peter Kane\n\nThe two ministers spoke about trade in Lima.")
    assert [f.modality for f in headline.facts if f.predicate == "metWith"] == ["stated"]


def test_talks_with_other_members_of_a_party_are_not_talks_with_the_party(nlp: Language) -> None:
    analysis = analyse(nlp, "Ana Ruiz held talks with other Republicans in Washington.")
    assert not [f for f in analysis.facts + analysis.claims if f.predicate in ("metWith", "seeksTalksWith")]
    named = analyse(nlp, "Ana Ruiz held talks with the Republican Party in Washington.")
    assert [f.predicate for f in named.facts if f.predicate == "metWith"] == ["metWith"]


def test_an_urging_on_an_open_condition_is_a_conditional_claim(nlp: Language) -> None:
    analysis = analyse(nlp, "Ana Ruiz said Peter Kane should resign if the report finds against him.")
    assert [c.modality for c in analysis.claims if c.predicate == "urges"] == ["conditional"]
    plain = analyse(nlp, "Ana Ruiz said Peter Kane should resign.")
    assert [f.predicate for f in plain.facts if f.predicate == "urges"] == ["urges"]


def test_a_participle_after_a_passive_clause_is_done_by_its_subject(nlp: Language) -> None:
    analysis = analyse(nlp, "Dana Holt was honoured by the critics, winning the Golden Rose award.")
    assert ("Dana Holt", "won", "Golden Rose") in {
        (f.subject.split("/", 1)[1], f.predicate, f.object.split("/", 1)[1]) for f in analysis.facts
    }


def test_a_to_clause_after_trying_is_tried_not_done(nlp: Language) -> None:
    # the parser hangs "to get" on "trying" as an adverbial clause; it is what was tried
    tried = analyse(
        nlp, "The team had been trying for a while to get Tom Vale to direct an episode of Dark Rooms."
    )
    assert not [f for f in tried.facts if f.predicate == "directed"]
    went = analyse(nlp, "Tom Vale flew to Lima to meet Ana Ruiz.")
    assert [f.predicate for f in went.facts if f.predicate == "metWith"] == ["metWith"]


def test_a_clause_of_time_hung_on_a_noun_keeps_its_hosts_future(nlp: Language) -> None:
    analysis = analyse(
        nlp, "Trade would be the main theme when Peru took over the presidency of the Andean Pact."
    )
    assert not [f for f in analysis.facts if f.predicate.startswith("open:") or f.predicate == "leaderOf"]


@pytest.mark.parametrize(
    ("text", "cue", "modality"),
    [
        # the present with a time ahead is a schedule, a plan not yet done
        ("Tom Hale takes on Bill Stone later on Wednesday.", "takes", "future"),
        ("Ruritania takes over the presidency from Freedonia in July.", "takes", "future"),
        ("Kestrel Rovers are playing Zenith United on Sunday.", "playing", "future"),
        # a past, a time behind, or a verb whose present is spelt as its past tells what was done
        ("Tom Hale took on Bill Stone on Wednesday.", "took", "stated"),
        ("Wales beat England 11-9 on Saturday.", "beat", "stated"),
        ("Acme Corp opens a shop every Monday.", "opens", "stated"),
        # a clause of condition makes its main clause conditional; "even if" does not, nor a say-verb's
        ("Kestrel Rovers face Zenith United if they win the replay.", "face", "conditional"),
        ("Acme Corp bought Zenith Corp even if the price was high.", "bought", "stated"),
        ("Deficits should rise, Tom Hale argued, if countries meet the criteria.", "argued", "stated"),
    ],
)
def test_a_schedule_and_a_condition(nlp: Language, text: str, cue: str, modality: str) -> None:
    token = next(t for t in nlp(text) if t.text == cue)
    found = stance(token)
    assert found is not None
    assert found.modality == modality
