"""Articles that are hard on the extraction, made up here (no corpus text): tests/loaders/test_bad_input.py
checks what comes out, bench/bad_input.py how long it takes and how much memory it needs, beside bare spaCy
on the same text. Each maker takes its size, so the bench's smoke run can use small ones."""

from __future__ import annotations

import itertools

from kg.iri import content_hash, mint_article_iri
from kg.model import Article

_SYLLABLES = ("ka", "lo", "ven", "mar", "ti", "su", "ran", "del", "bo", "nu")


def article(title: str, body: str) -> Article:
    """The article as loaders.sources builds one: title, blank line, body."""
    text = f"{title}\n\n{body}"
    return Article(mint_article_iri(None, text), text, content_hash(text), title=title)


def figures_table(rows: int = 400) -> Article:
    """A table of figures and nothing else: no verb, no sentence (a Reuters price table)."""
    lines = [
        f"Grade {k % 7} wheat  {k * 1.37 % 100:6.2f}  {k * 2.11 % 100:6.2f}  -{k % 9}.{k % 5}0"
        for k in range(rows)
    ]
    return article("WHEAT PRICES", "\n".join(lines))


def distinct_names(count: int) -> list[str]:
    """``count`` different made-up person names ("Kaka Lolos")."""
    firsts = [(a + b).title() for a, b in itertools.product(_SYLLABLES, _SYLLABLES[:5])]
    lasts = [(a + b + c).title() for a, b, c in itertools.product(_SYLLABLES, _SYLLABLES, ("s", "ne"))]
    return [f"{first} {last}" for first, last in itertools.islice(itertools.product(firsts, lasts), count)]


def many_entities(count: int = 5000) -> Article:
    """An article naming ``count`` different people, two to a sentence ("A met B.")."""
    names = distinct_names(count)
    body = " ".join(f"{a} met {b}." for a, b in zip(names[0::2], names[1::2], strict=True))
    return article("Delegates meet", body)


def long_sentences(tokens: int = 2000, count: int = 3) -> Article:
    """``count`` sentences of about ``tokens`` tokens each, names at both ends of each."""
    filler = ["the", "old", "red", "barn", ","] * (tokens // 5)
    sentence = " ".join(["Maria Lopez", "visited", *filler, "and", "met", "Carlos Mendes", "in", "Lisbon"])
    return article("A long day", " ".join([sentence + "."] * count))


def capitals_only(lines: int = 60) -> Article:
    """Reuters headlines and a body in capitals only."""
    body = " ".join(
        f"JAPAN AND CHINA SIGNED TRADE PACT NUMBER {k} IN BEIJING. OFFICIALS SAID THE UNITED STATES WOULD "
        f"STUDY IT, THE MINISTRY SAID."
        for k in range(lines)
    )
    return article("U.S. WHEAT EXPORTS RISE, OFFICIALS SAY", body)


#: name -> (maker at the size the issue names, maker at a smoke run's size)
ALL = {
    "figures table": (figures_table, lambda: figures_table(20)),
    "5,000 named entities": (many_entities, lambda: many_entities(100)),
    "sentences of 2,000 tokens": (long_sentences, lambda: long_sentences(200, 1)),
    "capitals only": (capitals_only, lambda: capitals_only(3)),
}
