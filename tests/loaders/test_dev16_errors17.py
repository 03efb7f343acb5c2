"""The seventeenth round's reading of dev16's errors and of the open facts of dev7 to dev13 (lane r17c):
each rule with a sentence it must read and one it must leave alone (made-up sentences, real spaCy)."""

from __future__ import annotations

from tests.loaders.extraction_helpers import FactsOf, PostsOf


def test_a_posts_coordinated_domains_are_the_posts(posts_of: PostsOf) -> None:
    """ "vice president of sales and marketing" is one post; cut at "and" it is one no one holds."""
    text = "Tom Hale, Kestrel's vice president of sales and marketing in Europe, said the firm would grow."
    assert posts_of(text, "Tom Hale") == ["vice president of sales and marketing"]
    text = "Ann Cole, director of research and economics at the Zenith Institute, said prices rose."
    assert posts_of(text, "Ann Cole") == ["director of research and economics"]


def test_a_title_joined_to_a_posts_domain_is_a_second_post(posts_of: PostsOf, facts_of: FactsOf) -> None:
    text = "Tom Hale, vice president of finance and treasurer of Kestrel Corp, said the firm would grow."
    assert posts_of(text, "Tom Hale") == ["vice president of finance"]
    assert ("Tom Hale", "worksFor", "Kestrel Corp") in facts_of(text)
