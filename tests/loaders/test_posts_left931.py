"""Posts the judges of seed 931 found misread (lane r17j), through the real pipeline, on invented sentences:
a post the subject left ("resigned as chairman") given as held, and a hyphenated post the parser split into
sibling complements ("is vice-chairman") given as two posts, the second leading the firm."""

from __future__ import annotations

from tests.loaders.extraction_helpers import FactsOf, PostsOf


def test_a_post_resigned_or_retired_from_is_not_held(posts_of: PostsOf, facts_of: FactsOf) -> None:
    text = "Kestrel Corp said Tom Hale, who resigned as chairman in July, would stay on the board."
    assert posts_of(text, "Tom Hale") == []
    assert posts_of("Kestrel Corp said Tom Hale retired as chairman on Monday.", "Tom Hale") == []
    assert posts_of("Kestrel Corp said Tom Hale stepped down as chairman on Monday.", "Tom Hale") == []
    # the departure itself is still read
    found = facts_of("Tom Hale resigned as chairman of Kestrel Corp on Monday.")
    assert ("Tom Hale", "resignedFrom", "Kestrel Corp") in found, found
    assert posts_of("Tom Hale resigned as chairman of Kestrel Corp on Monday.", "Tom Hale") == []


def test_a_post_taken_through_as_is_still_held(posts_of: PostsOf) -> None:
    # a departure still to come leaves the post held ("steps down as chairman when the board meets")
    text = "Tom Hale steps down as chairman of Kestrel Corp when the board meets in March."
    assert posts_of(text, "Tom Hale") == ["chairman"]
    assert posts_of("Kestrel Corp said Tom Hale stepped in as chairman on Monday.", "Tom Hale") == [
        "chairman"
    ]
    assert posts_of("Kestrel Corp named Tom Hale as chairman on Monday.", "Tom Hale") == ["chairman"]


def test_a_split_hyphenated_post_is_one_post_that_leads_nothing(posts_of: PostsOf, facts_of: FactsOf) -> None:
    text = "Tom Hale is vice-chairman of Kestrel Corp."
    assert posts_of(text, "Tom Hale") == ["vice-chairman"]
    found = facts_of(text)
    assert ("Tom Hale", "worksFor", "Kestrel Corp.") in found, found
    assert not [f for f in found if f[1] == "leaderOf"], found
    assert posts_of("Kestrel Corp said Tom Hale was named vice-chairman.", "Tom Hale") == ["vice-chairman"]
    # an unhyphenated post keeps its own reading
    assert ("Tom Hale", "leaderOf", "Kestrel Corp.") in facts_of("Tom Hale is chairman of Kestrel Corp.")
