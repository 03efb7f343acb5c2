"""The extraction API: chunking, order, blank and long texts, and the RDF it feeds."""

from __future__ import annotations

from spacy.language import Language

from kg.iri import content_hash, mint_article_iri
from kg.model import Article
from kg.rdf import to_dataset
from kg.vocab import KG, RDF
from loaders.extract import analyse_texts, chunk_text, extract_articles, paragraphs


def test_paragraphs_keep_their_offsets() -> None:
    text = "Title line\n\n  First paragraph.\n\n\n\nSecond one.  \n"
    found = paragraphs(text)
    assert [piece for _, piece in found] == ["Title line", "First paragraph.", "Second one."]
    for offset, piece in found:
        assert text[offset : offset + len(piece)] == piece


def test_chunks_pack_whole_paragraphs_up_to_the_limit() -> None:
    text = "\n\n".join(f"Paragraph number {i} is here." for i in range(30))
    assert chunk_text(text) == [(0, text)]
    chunks = chunk_text(text, max_chars=100)
    assert len(chunks) > 1 and all(len(piece) <= 100 for _, piece in chunks)
    assert all(piece.startswith("Paragraph") and piece.endswith("here.") for _, piece in chunks)
    for offset, piece in chunks:
        assert text[offset : offset + len(piece)] == piece


def test_long_paragraphs_are_cut_at_sentence_ends() -> None:
    text = "Maria Lopez met Carlos Mendes. " * 2000
    chunks = chunk_text(text, max_chars=1000)
    assert all(len(piece) <= 1000 for _, piece in chunks)
    assert all(piece.endswith(".") for _, piece in chunks)
    assert "".join(text[o : o + len(p)] for o, p in chunks).replace(" ", "") == text.replace(" ", "")


def test_results_come_in_input_order_even_for_blank_texts(nlp: Language) -> None:
    texts = ["Germany invaded Poland.", "   ", "", "Norway is a member of NATO."]
    analyses = list(analyse_texts(texts, nlp, batch_size=2))
    assert [a.text for a in analyses] == texts
    assert [len(a.facts) for a in analyses[1:3]] == [0, 0]
    assert analyses[3].facts[0].predicate == "memberOf"


def test_facts_in_a_long_article_keep_article_offsets(nlp: Language) -> None:
    filler = "Nothing happened here at all. " * 1500  # 45,000 characters: several chunks
    text = f"{filler}\n\nGermany invaded Poland in 1939.\n\n{filler}"
    article = Article(mint_article_iri(None, text), text, content_hash(text))
    [extraction] = extract_articles([article], nlp)
    [fact] = [f for f in extraction.facts if f.predicate == KG.invaded]
    sentence_start = fact.evidence.sentence_start
    assert text[sentence_start : sentence_start + len(fact.evidence.sentence)] == fact.evidence.sentence
    assert text[fact.evidence.subject.start : fact.evidence.subject.end] == "Germany"


def test_every_fact_gets_evidence_in_the_articles_graph(nlp: Language) -> None:
    text = "Maria Lopez urged Ukraine to join the talks."
    article = Article(
        mint_article_iri("https://example.org/a", text), text, content_hash(text), url="https://example.org/a"
    )
    graph = to_dataset(extract_articles([article], nlp)).graph(article.iri)
    evidence = list(graph.subjects(RDF.type, KG.Evidence))
    assert len(evidence) == len([t for t in graph if t[1] == KG.urges]) == 1
    assert graph.value(evidence[0], KG.extractor).toPython() == "kg_facts_v2:urges:urge"  # type: ignore[union-attr]


def test_a_paragraphs_first_word_is_not_cut_off_as_a_sentence(nlp: Language) -> None:
    # the small parser read "Media" alone as a sentence, losing the lead's subject
    doc = nlp("Firm sells arm\n\nMedia giant Kestrel has sold its radio arm for $3m.")
    assert [s.text.strip() for s in doc.sents][1] == "Media giant Kestrel has sold its radio arm for $3m."
