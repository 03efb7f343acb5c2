"""Wrong facts and names the judges of the twenty-second round and a reading by eye found (lane r23b),
through the real pipeline on invented sentences."""

from __future__ import annotations

from tests.loaders.extraction_helpers import ClassesOf, FactsOf, PostsOf


def test_a_partys_elections_chief_runs_its_campaign_not_the_party(facts_of: FactsOf) -> None:
    found = facts_of("Others were named, Lib Dem's elections chief Lord Tom Harrow said.")
    assert not any(p == "leaderOf" for _, p, _ in found), found


def test_a_partys_chief_still_leads_it(facts_of: FactsOf) -> None:
    found = facts_of("Others were named, Labour chief Tom Harrow said.")
    assert ("Tom Harrow", "leaderOf", "Labour Party") in found, found


def test_a_unions_name_before_its_leaders_name_is_no_word_of_it(classes_of: ClassesOf) -> None:
    found = classes_of("But general secretary of the public services union Unison Tom Harrow criticised it.")
    assert found.get("Tom Harrow") == "Person", found
    assert not any(name.startswith("Unison") and cls == "Person" for name, cls in found.items()), found


def test_a_three_word_name_after_a_title_keeps_its_words(posts_of: PostsOf) -> None:
    text = "But general secretary of the union, Anna Marie Pell, criticised the plans."
    assert posts_of(text, "Anna Marie Pell"), text


def test_an_abbreviated_first_name_is_a_word_of_the_name(posts_of: PostsOf) -> None:
    text = "The company's chairman, Chas. Tom Harrow, said it agreed to acquire Atwell Ltd."
    assert posts_of(text, "Chas. Tom Harrow") == ["chairman"], text


def test_an_abbreviated_first_name_keeps_a_firm_whole(classes_of: ClassesOf) -> None:
    found = classes_of("Acme Corp's Wm. P. Harrow Co subsidiary said it agreed to buy Atwell Ltd.")
    assert found.get("Wm. P. Harrow Co") == "Organization", found


def test_a_sentence_ending_in_a_short_word_still_ends(classes_of: ClassesOf) -> None:
    found = classes_of("The deal was signed by Tom Harrow. Anna Pell said it would close in May.")
    assert found.get("Tom Harrow") == "Person" and found.get("Anna Pell") == "Person", found


def test_a_people_named_in_a_quote_is_no_speakers_nationality(facts_of: FactsOf) -> None:
    text = 'Tom Harrow said trade grew. But he added: "Much went one way, with the Japanese selling us more."'
    assert not any(p == "citizenOf" for _, p, _ in facts_of(text)), text


def test_the_demonym_after_a_quote_still_gives_nationality(facts_of: FactsOf) -> None:
    found = facts_of('Tom Harrow won the final in three sets. "I played well," said the Swiss.')
    assert ("Tom Harrow", "citizenOf", "Switzerland") in found, found


def test_a_leader_in_parliament_is_a_member_of_it_not_its_staff(facts_of: FactsOf) -> None:
    found = facts_of("Tom Harrow, who is opposition leader in Parliament, has criticized the bid.")
    assert ("Tom Harrow", "memberOf", "Parliament") in found, found
    assert not any(p == "worksFor" for _, p, _ in found), found


def test_a_unions_congress_still_employs_its_secretary(facts_of: FactsOf) -> None:
    found = facts_of("Tom Harrow, general secretary of the Trades Union Congress, said so.")
    assert ("Tom Harrow", "worksFor", "Trades Union Congress") in found, found


def test_an_employer_ner_missed_after_a_posts_at_is_a_firm(facts_of: FactsOf) -> None:
    found = facts_of(
        "Tom Harrow, director of product at Ask Jeeves, pointed out that its engine had done so."
    )
    assert ("Tom Harrow", "worksFor", "Ask Jeeves") in found, found


def test_a_town_after_a_posts_at_is_no_employer(facts_of: FactsOf) -> None:
    found = facts_of("Tom Harrow, a lecturer at Hull, said so.")
    assert not any(p == "worksFor" for _, p, _ in found), found


def test_a_name_before_two_sets_scores_is_a_player(classes_of: ClassesOf) -> None:
    text = "The 10th seed reached the fourth round when she beat unseeded Russian Nadia Pellova 6-3 6-2."
    found = classes_of(text)
    assert found.get("Nadia Pellova") == "Person", found


def test_a_name_before_one_score_keeps_its_kind(classes_of: ClassesOf) -> None:
    found = classes_of("Anna Pell beat Acme Tennis Club 6-3 to win the cup.")
    assert found.get("Acme Tennis Club") == "Organization", found


def test_the_village_of_a_name_is_a_settlement(classes_of: ClassesOf) -> None:
    found = classes_of(
        "Work on a plant near the village of Aghia Pellia in the Greek province of Fokida began."
    )
    assert found.get("Aghia Pellia") == "City", found


def test_a_firm_after_the_town_of_keeps_its_kind(classes_of: ClassesOf) -> None:
    found = classes_of("He sued the head of the town of Acme Inc in London.")
    assert found.get("Acme Inc") == "Organization", found


def test_a_delegations_head_holds_no_post(facts_of: FactsOf) -> None:
    for text in (
        "Tom Harrow, head of the Malaysian delegation, said the talks went well.",
        "The head of the U.S. delegation, Tom Harrow, said the talks went well.",
        "Soviet delegation leader Tom Harrow said the talks went well.",
    ):
        found = facts_of(text)
        assert not any(p in ("holdsPosition", "leaderOf", "worksFor") for _, p, _ in found), (text, found)


def test_a_delegation_chiefs_own_office_stands(facts_of: FactsOf) -> None:
    found = facts_of("Yugoslav delegation chief Finance Minister Tom Harrow said the talks went well.")
    assert ("Tom Harrow", "holdsPosition", "finance minister") in found, found


def test_a_standing_missions_head_keeps_the_post(posts_of: PostsOf) -> None:
    assert posts_of("Tom Harrow, head of the EC delegation in Tokyo, said so.", "Tom Harrow") == ["head"]


def test_it_after_the_company_is_not_the_firm_named_last(facts_of: FactsOf) -> None:
    text = (
        "Acme Inc said it agreed to buy a unit of Pell Ltd, which Harrow Corp had sought.\n\n"
        "The company said it signed a definitive merger agreement with Pell in March."
    )
    found = facts_of(text)
    assert not any(s == "Harrow Corp" and p == "signedAgreementWith" for s, p, _ in found), found


def test_it_after_a_firms_name_still_is_the_firm(facts_of: FactsOf) -> None:
    found = facts_of("Acme Inc said it signed a definitive merger agreement with Pell Ltd in March.")
    assert ("Acme Inc", "signedAgreementWith", "Pell Ltd") in found, found


def test_a_name_before_two_sets_scores_in_a_tennis_report_is_a_player(classes_of: ClassesOf) -> None:
    text = (
        "Davenport dismantles young rival\n\nLindsay Davenport beat Anna Vaidisova in the Australian Open "
        "third round. The 10th seed equalled her best performance at a Grand Slam event when she beat "
        "unseeded Russian Nadia Pellova 6-3 6-2 to reach the fourth round."
    )
    found = classes_of(text)
    assert found.get("Nadia Pellova") == "Person", found
