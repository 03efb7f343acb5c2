"""The pure pieces of loaders.sources: decoding, paragraphs, furniture, truncation, front matter, dates."""

from __future__ import annotations

import codecs
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from loaders.language import Detection, detect_language
from loaders.sources import SourceError, sniff
from loaders.sources.dates import parse_published
from loaders.sources.plain import read_plain
from loaders.sources.text import decode, drop_furniture, normalise, paragraphs, truncate

REUTERS = Path(__file__).resolve().parents[3] / "shared" / "data" / "news" / "reuters21578_with_body.jsonl"


def test_decode_utf8_and_bom_variants() -> None:
    assert decode("Zürich".encode()) == ("Zürich", None)
    assert decode(codecs.BOM_UTF8 + "Zürich".encode()) == ("Zürich", None)
    assert decode(codecs.BOM_UTF16_LE + "Zürich".encode("utf-16-le")) == ("Zürich", None)


def test_decode_prefers_a_declared_legacy_charset() -> None:
    assert decode("Zürich".encode("iso-8859-1"), declared="ISO-8859-1") == ("Zürich", None)


def test_decode_drops_a_character_split_by_a_size_cap() -> None:
    data = "Zürich €".encode()[:-1]  # the euro sign's last byte is cut off
    assert decode(data, complete=False) == ("Zürich ", None)


def test_decode_cp1252_smart_quotes_with_a_note() -> None:
    text, note = decode("“Quoted” — said".encode("cp1252"))
    assert text == "“Quoted” — said"
    assert note == "not valid UTF-8 (byte 0x93 at offset 0); decoded as cp1252"


def test_decode_rejects_nul_bytes() -> None:
    with pytest.raises(SourceError, match=r"^binary file \(contains NUL bytes\)$"):
        decode(b"text\x00more")


def test_normalise_gives_nfc_and_unix_newlines_without_invisible_characters() -> None:
    assert normalise("Cafe\u0301\r\nline\rnext\u2028end\u200b") == "Café\nline\nnext\nend"


def test_paragraphs_join_hard_wraps_and_split_indented_and_bulleted_lines() -> None:
    block = (
        "Showers continued in\nthe Bahia cocoa zone.\n    The dry period means\nlate arrivals.\n- first point"
    )
    assert paragraphs(block) == [
        "Showers continued in the Bahia cocoa zone.",
        "The dry period means late arrivals.",
        "- first point",
    ]


def test_furniture_is_dropped_only_when_it_is_the_whole_paragraph() -> None:
    paras = [
        "Credit: Reuters",
        "The bank said its credit: debt ratio fell, and that it would share more data with regulators soon.",
        "Share Tweet Email",
        "We use cookies to improve your experience on our site. Accept all",
        "Officials said the website uses cookies only for essential functions, the regulator found.",
        "Advertisement",
    ]
    assert drop_furniture(paras) == [paras[1], paras[4]]


def test_wrapped_lines_that_look_like_furniture_stay_in_their_sentence() -> None:
    block = "Profit rose to 1.12 dlrs per\nshare on sales of 40.8 mln dlrs.\nCredit: Reuters"
    sentence = "Profit rose to 1.12 dlrs per share on sales of 40.8 mln dlrs."
    assert paragraphs(block) == [sentence, "Credit: Reuters"]
    assert drop_furniture(paragraphs(block)) == [sentence]


def test_recommended_list_is_dropped_but_not_a_long_paragraph_after_it() -> None:
    tail = [
        "Body text of the article, long enough to be prose.",
        "Recommended For You",
        "Other story",
        "More",
    ]
    assert drop_furniture(tail) == tail[:1]
    long_after = ["Intro.", "Related", "A long paragraph " * 20]
    assert drop_furniture(long_after) == long_after


def test_truncate_cuts_at_a_paragraph_break_with_a_note() -> None:
    text = "First paragraph.\n\nSecond paragraph.\n\nThird paragraph."
    assert truncate(text, 40) == (
        "First paragraph.\n\nSecond paragraph.",
        "truncated from 53 to 35 characters at a paragraph break (max_article_chars=40)",
    )
    assert truncate(text, 100) == (text, None)


def test_front_matter_and_markdown_markup() -> None:
    fields = read_plain(
        '---\ntitle: "Talks: Day Two"\nurl: https://x.test/a\ndate: 2024-05-01\n'
        "source: Wire\ntags: [a, b]\n---\n"
        "Leaders **met** in [Rome](https://x.test/rome) on _Tuesday_.\n\n"
        "![photo](p.jpg)\n> A `quoted` line\n",
        markdown=True,
    )
    assert (fields.title, fields.url, fields.published, fields.source) == (
        "Talks: Day Two",
        "https://x.test/a",
        date(2024, 5, 1),
        "Wire",
    )
    assert fields.body == "Leaders met in Rome on Tuesday.\n\nA quoted line"


def test_plain_text_first_line_is_a_title_only_when_it_stands_alone() -> None:
    assert read_plain("Headline\n\nBody text.", markdown=False).title == "Headline"
    assert read_plain("A single paragraph with no headline.", markdown=False).title is None
    assert read_plain("Wrapped first\nparagraph.\n\nSecond.", markdown=False).title is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-03-22", date(2023, 3, 22)),
        ("2023-03-22T10:15:00Z", datetime(2023, 3, 22, 10, 15, tzinfo=UTC)),
        ("Wed, 22 Mar 2023 10:15:00 GMT", datetime(2023, 3, 22, 10, 15, tzinfo=UTC)),
        ("26-FEB-1987 15:01:01.79", datetime(1987, 2, 26, 15, 1, 1, 790000)),
        ("March 22, 2023", date(2023, 3, 22)),
        # Reuters-21578 as the corpus holds it: SGML control characters (raw or as references), category
        # codes, doubled spaces, a comment
        ("27-MAR-1987 14:04:26.14&#5;&#5;&#5;F RM", datetime(1987, 3, 27, 14, 4, 26, 140000)),
        ("27-MAR-1987 14:04:26.14\x05\x05\x05T C", datetime(1987, 3, 27, 14, 4, 26, 140000)),
        ("3-MAR-1987  09:15:05.40", datetime(1987, 3, 3, 9, 15, 5, 400000)),
        ("7-APR-1987 16:22:00.0", datetime(1987, 4, 7, 16, 22)),
        ("9-APR-1987 00:00:00.00    # date added as guesswork", datetime(1987, 4, 9)),
    ],
)
def test_published_dates_in_common_formats(value: str, expected: date) -> None:
    assert parse_published(value, []) == expected


def test_unreadable_date_is_left_out_with_a_note() -> None:
    notes: list[str] = []
    assert parse_published("last Tuesday", notes) is None
    assert notes == ["published date 'last Tuesday' not understood; left out"]


def test_an_impossible_time_of_day_keeps_the_day_with_a_note() -> None:
    notes: list[str] = []
    assert parse_published("31-MAR-1987 605:12:19.12", notes) == date(1987, 3, 31)
    assert notes == ["published date '31-MAR-1987 605:12:19.12': time of day not understood; the day kept"]


def test_every_date_of_the_reuters_corpus_is_understood() -> None:
    """All 18,153 Reuters-21578 dates of ../shared/data/news (skipped where the corpus is absent)."""
    if not REUTERS.exists():
        pytest.skip(f"{REUTERS} is not here")
    notes: list[str] = []
    with REUTERS.open(encoding="utf-8") as lines:
        dates = [json.loads(line)["date"] for line in lines]
    failed = [value for value in dates if parse_published(value, notes) is None]
    assert failed == []


@pytest.mark.parametrize(
    ("head", "fmt"),
    [
        (b'<?xml version="1.0"?><rss version="2.0">', "feed"),
        (b"\xef\xbb\xbf<feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
        (b"<!DOCTYPE html><html>", "html"),
        (b'{"title": "x", "text": "y"}\n', "jsonl"),
        (b"---\ntitle: x\n---\n", "markdown"),
        (b"Headline\n\nBody", "text"),
    ],
)
def test_sniff(head: bytes, fmt: str) -> None:
    assert sniff(head) == fmt


def _reuters_text(article_id: str) -> str:
    with REUTERS.open(encoding="utf-8") as lines:
        for line in lines:
            if f'"id": "{article_id}"' in line:
                record = json.loads(line)
                return f"{record['title']}\n\n{record['text']}"
    raise AssertionError(f"{article_id} not in {REUTERS}")


@pytest.mark.parametrize("article_id", ["reuters21578-1111", "reuters21578-3668"])
def test_english_earnings_tables_are_english_when_english_is_wanted(article_id: str) -> None:
    table = _reuters_text(article_id)  # "Shr 33 cts vs 28 cts / Net 3,722,000 vs ..."
    detected = detect_language(table)
    assert detected is not None and detected.language == "pcm"  # the model alone reads it as Pidgin
    as_english = detect_language(table, ["en"])
    assert isinstance(as_english, Detection) and as_english.language == "en"


def test_language_detection_abstains_on_short_text() -> None:
    assert detect_language("Hello") is None
    detected = detect_language("The ministers met in Brussels on Monday to discuss the trade agreement.")
    assert detected is not None and detected.language == "en"


def test_feed_text_of_missing_values_is_empty() -> None:
    from loaders.sources.feeds import _as_text  # feedparser hands None for elements a damaged feed garbled

    assert _as_text(None, None) == ""
    assert _as_text("<p>Ministers met.</p>", None) == "Ministers met."
