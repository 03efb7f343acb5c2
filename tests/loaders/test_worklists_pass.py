"""worklists.listed_works reads every frame of a title in one pass over the doc (real pipeline): each
reader still finds its titles, in the order the readers come, and the list of business words is one."""

from __future__ import annotations

from spacy.language import Language

from loaders.entities import cues, worklists
from loaders.entities.kinds import title_end
from loaders.entities.variants import kind_word


def _titles(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    doc.user_data.pop("kg_listed_works", None)  # read afresh, not the pipeline's cached list
    return [doc[start:end].text for start, end in worklists.listed_works(doc, title_end)]


def test_each_reader_finds_its_title_in_one_pass(nlp: Language) -> None:
    text = (
        "Ms Pellow, who presents The Quiet Harbour, starred in Lantern Street. "
        "Her first album was called The Copper Kettle. "
        "Radio 4's Morning Tide is on air."
    )
    titles = _titles(nlp, text)
    for title in ("The Quiet Harbour", "Lantern Street", "The Copper Kettle", "Morning Tide"):
        assert title in titles


def test_titles_keep_the_readers_order(nlp: Language) -> None:
    # a list after a plural work noun comes before what the per-word readers find, as it always did
    text = (
        "His hit films, including Grey Orchard and Salt Meadow, made money. "
        "Joan Pellow starred in Lantern Street."
    )
    assert _titles(nlp, text) == ["Grey Orchard", "Salt Meadow", "Lantern Street"]


def test_the_business_words_are_one_list() -> None:
    # the words both readers share are listed once; each adds the words of its own shape
    assert cues.BUSINESS_WORDS <= cues.FIRM_NAME_WORDS & cues.SUBSIDIARY_WORDS
    assert kind_word("credit") and kind_word("motors")  # "Toyota Motor Credit": a subsidiary's words
    assert not kind_word("brothers")  # "Shearson" is "Shearson Lehman Brothers Inc"
    assert "brothers" in cues.FIRM_NAME_WORDS and "banking" in cues.FIRM_NAME_WORDS
