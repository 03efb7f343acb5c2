"""Open facts where a vocabulary predicate fits, and open facts of the wrong partner (r19c, judged seeds 934
and 935): each made-up sentence has the shape the judges marked."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from loaders.facts.open_checks import nearer_noun
from tests.loaders.extraction_helpers import analyse, bbc_article, facts


def _open(text: str, nlp: Language) -> set[tuple[str, str, str]]:
    return {f for f in facts(analyse(nlp, text)) if f[1].startswith("open:")}


def test_control_acquired_is_an_acquisition(nlp: Language) -> None:
    found = facts(analyse(nlp, "Acme Corp acquired control of Zenith Holdings Inc in a recent tender offer."))
    assert ("Acme Corp", "acquired", "Zenith Holdings Inc") in found
    assert not [f for f in found if f[1].startswith("open:")]


def test_a_mounted_attack_is_an_attack(nlp: Language) -> None:
    found = facts(analyse(nlp, "Iran mounted fresh attacks on Iraq near the border."))
    assert ("Iran", "attacked", "Iraq") in found
    assert not [f for f in found if f[1].startswith("open:")]


def test_projects_discussed_with_a_president_are_talks(nlp: Language) -> None:
    found = facts(analyse(nlp, "Maria Lopez discussed farm projects with President Peter Kane for one hour."))
    assert ("Maria Lopez", "metWith", "Peter Kane") in found
    assert not [f for f in found if f[1].startswith("open:")]


def test_an_election_the_appointment_frame_read_gives_no_open_elect(nlp: Language) -> None:
    # the frame of "elect" reads John Smith appointedTo Acme; the open "Acme elect John Smith" says it again
    found = facts(analyse(nlp, "Acme Corp said it elected John Smith as chief financial officer."))
    assert ("John Smith", "appointedTo", "Acme Corp") in found
    assert ("Acme Corp", "open:elect", "John Smith") not in found


def test_a_name_before_a_subjectless_clause_is_its_subject_not_an_object(nlp: Language) -> None:
    # what John Smith anticipated is that Zenith would net an amount: nothing done to Zenith
    text = "John Smith said he had anticipated Zenith Holdings would net 600 mln dlrs from the sale."
    assert not [f for f in _open(text, nlp) if f[2] == "Zenith Holdings"]
    # a plain named object stays the verb's
    kept = _open("John Smith visited Zenith Holdings in Ohio.", nlp)
    assert ("John Smith", "open:visit", "Zenith Holdings") in kept


def test_a_firm_after_a_partners_name_is_where_the_partner_works(nlp: Language) -> None:
    # the judged article (seed 935): the professor teamed up with a colleague "at" the colleague's university
    found = _open(bbc_article("bbc-tech-199"), nlp)
    assert any(p == "open:team up with" and o == "Eric Brewer" for _, p, o in found)
    assert not [f for f in found if f[1] == "open:team up at"]


def test_a_to_after_a_noun_of_rivalry_is_that_nouns(nlp: Language) -> None:
    # the parse the judged article had: "to" hung on the verb past "a stake in the proposed rival"
    words = ["Acme", "is", "seeking", "a", "stake", "in", "the", "proposed", "rival", "to", "Zenith", "."]
    heads = [2, 2, 2, 4, 2, 4, 8, 8, 5, 2, 9, 2]
    deps = ["nsubj", "aux", "ROOT", "det", "dobj", "prep", "det", "amod", "pobj", "prep", "pobj", "punct"]
    pos = ["PROPN", "AUX", "VERB", "DET", "NOUN", "ADP", "DET", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"]
    lemmas = ["Acme", "be", "seek", "a", "stake", "in", "the", "propose", "rival", "to", "Zenith", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert nearer_noun(doc[2], doc[9])
    # a buyer after "to" past a plain noun of another phrase stays the verb's ("sold its stake in it to X")
    doc[8].lemma_ = "company"
    assert not nearer_noun(doc[2], doc[9])
