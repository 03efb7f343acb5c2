"""One-word names NER misses after a trade word (lane r21j): a band noun the tagger calls a proper noun
("US rap duo OutKast"), a band's name before a possessive ("duo OutKast's trio of trophies"), the act's
name written again, and a firm after "provider" that NER took for a person ("Wireless provider
Broadreach"). Invented sentences, real pipeline."""

from __future__ import annotations

from spacy.language import Language

from loaders.entities.records import doc_mentions
from tests.loaders.extraction_helpers import ClassesOf


def test_a_band_before_its_possessive_is_a_band(classes_of: ClassesOf) -> None:
    classes = classes_of("US rap duo OutKast's trio of trophies crowns a year of success for the band.")
    assert classes.get("OutKast") == "Organization", classes


def test_a_duo_the_tagger_calls_a_proper_noun_still_names_a_band(classes_of: ClassesOf) -> None:
    classes = classes_of("US rap duo OutKast won three trophies at the awards.")
    assert classes.get("OutKast") == "Organization", classes


def test_a_provider_names_a_firm_not_a_person(classes_of: ClassesOf) -> None:
    classes = classes_of("Wireless provider Broadreach and net telephony firm Telvane are rolling it out.")
    assert classes.get("Broadreach") == "Organization", classes


def test_a_one_word_act_is_named_again_where_the_text_repeats_it(nlp: Language) -> None:
    doc = nlp("US rap duo OutKast won three prizes in Rome. Fans cheered as OutKast took the stage.")
    mentions = [(m.surface, m.cls) for m in doc_mentions(doc)]
    assert mentions.count(("OutKast", "Organization")) == 2, mentions


def test_a_firms_kind_noun_with_a_modifier_names_a_one_word_firm(classes_of: ClassesOf) -> None:
    classes = classes_of("Strong growth in subscriptions to mobile phone network Orange has helped profits.")
    assert classes.get("Orange") == "Organization", classes


def test_a_name_that_runs_on_after_and_is_no_one_word_firm(classes_of: ClassesOf) -> None:
    classes = classes_of("But local group Victims and Citizens Against Crime said he should not be working.")
    assert "Victims" not in classes, classes
