"""Makers and prizes of works and products from the words around their names (loaders.facts.works)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.loaders.extraction_helpers import analyse, facts


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Oscar-winning actor Tom Vale opened the festival.", ("Tom Vale", "won", "Oscar")),
        ("The Bafta-nominated drama Low Tide returns.", ("Low Tide", "nominatedFor", "Bafta")),
        ("Booker Prize-winning novelist Ana Costa spoke.", ("Ana Costa", "won", "Booker Prize")),
        (
            "He told the Daily Courier's Money Hour programme that sales fell.",
            ("Daily Courier", "created", "Money Hour"),
        ),
        ("Users of Zentro Corp's Foxglove browser rose.", ("Zentro Corp", "makes", "Foxglove")),
        (
            "Tom Vale has made more than 20 films, including Cold Harbour and Red Sky.",
            ("Tom Vale", "created", "Red Sky"),
        ),
        ("Ana Costa's albums include Low Tide and Paper Boats.", ("Ana Costa", "created", "Paper Boats")),
        ("Ana Costa's hits include Low Tide and Paper Boats.", ("Ana Costa", "created", "Low Tide")),
        (  # "whose" is the owner the relative clause speaks of
            "The band Blue Lanterns, whose hits include Golden Days and Summer Rain, will tour.",
            ("Blue Lanterns", "created", "Summer Rain"),
        ),
        (
            "If you bought an IBM DeskVantage computer, you may have got more.",
            ("IBM", "makes", "DeskVantage"),
        ),
        (
            "The drama won awards including best director for Tom Vale and supporting actor for Ed Nash.",
            ("Ed Nash", "won", "supporting actor"),
        ),
        (
            "The film earned nominations for best actress for Ana Costa.",
            ("Ana Costa", "nominatedFor", "best actress"),
        ),
        ("Zentro Corp has expanded its zPlayer family with two models.", ("Zentro Corp", "makes", "zPlayer")),
        (  # the title between a channel's possessive and a work noun: NER saw no name, or a place
            "Mr Hale told BBC Radio 5's Today programme that he was sad.",
            ("BBC Radio 5", "created", "Today"),
        ),
        (
            "Mr Hale told Kestrel Radio 5's Tonight programme that he was sad.",
            ("Kestrel Radio 5", "created", "Tonight"),
        ),
        ("Critics loved the film Ray. The Ray star Jamie Foxx won.", ("Jamie Foxx", "starsIn", "Ray")),
        ("Fans cheered as Paper Moon actress Ana Costa arrived.", ("Ana Costa", "starsIn", "Paper Moon")),
        (
            "Critics praised the film Cold Harbour. Cold Harbour director Ed Nash spoke.",
            ("Ed Nash", "directed", "Cold Harbour"),
        ),
        (
            "Viewers loved the sitcom Low Tide. Low Tide creator Ana Costa is back.",
            ("Ana Costa", "created", "Low Tide"),
        ),
        (  # (r16d) a work's producer made it, as the guideline's created says
            "Critics praised the film Cold Harbour. Cold Harbour producer Ed Nash spoke.",
            ("Ed Nash", "created", "Cold Harbour"),
        ),
        (
            "Novelist Ana Costa won the prize, after winning novel of the year with her book Low Tide.",
            ("Ana Costa", "created", "Low Tide"),
        ),
        (  # a work noun with a named owner, and the title it sets off by commas
            "Ana Costa's third album, Paper Boats, reached number two.",
            ("Ana Costa", "created", "Paper Boats"),
        ),
        (
            "Critics loved his new comedy, Red Sky, which also stars Ed Nash and Ana Costa.",
            ("Ana Costa", "starsIn", "Red Sky"),
        ),
        (  # a name before "starring" and a name is a film's (NER: a place; the whole title)
            "The Last Samurai, starring Tom Cruise, opened in Tokyo.",
            ("Tom Cruise", "starsIn", "The Last Samurai"),
        ),
        (  # the tagger takes "show" after a channel's name for a verb
            "It will do battle with mainstream BBC One show Low Tide.",
            ("BBC One", "created", "Low Tide"),
        ),
    ],
)
def test_words_around_a_name_say_who_made_or_won_it(
    nlp: Language, text: str, fact: tuple[str, str, str]
) -> None:
    found = facts(analyse(nlp, text))
    assert fact in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Tom Vale, winning the Oscar race, smiled.",  # no hyphenated adjective
        "The Oscar - winning streak ended, said Tom Vale.",  # spaced hyphen: no adjective
        "Ana Costa's Low Tide film opened.",  # a person's film: actor or director?
        "Tom Vale has seen many films, including Cold Harbour and Red Sky.",  # seeing makes nothing
        "Ana Costa's films include Cold Harbour and Red Sky.",  # an actor's films, or a director's?
        "The drama did not win best director for Tom Vale.",  # negated
        "The Oscar-winning Cold Harbour director spoke.",  # the director won it
        "Tom Vale sang. Later his song, Paper Boats, reached number two.",  # "his": anyone's in the article
        "The BBC is a broadcaster. BBC producer Ed Nash spoke.",  # a firm's producer made no work (r16d)
    ],
)
def test_no_prize_or_maker_without_the_shape(nlp: Language, text: str) -> None:
    found = facts(analyse(nlp, text))
    assert not {f for f in found if f[1] in ("won", "nominatedFor", "created")}, found


@pytest.mark.parametrize(
    "text",
    [
        "The band released the single Paper Boats in May. Paper Boats reached number two.",  # NER: nothing
        "Critics loved the reality show The Costas. Fans said The Costas made them laugh.",  # NER: a place
    ],
)
def test_a_title_named_once_is_that_work_wherever_the_text_repeats_it(nlp: Language, text: str) -> None:
    mentions = [(m[6], m[4]) for m in nlp(text)._.kg_mentions if m[4] not in ("PRON", "Quote")]
    assert len(mentions) == 2 and {cls for _, cls in mentions} == {"Work"}, mentions


def test_a_prize_a_person_won_for_something_is_not_that_things(nlp: Language) -> None:
    found = facts(analyse(nlp, "Tom Vale won best actor for Ed Nash, his new film."))
    assert ("Tom Vale", "won", "best actor") in found and not {f for f in found if f[0] == "Ed Nash"}, found


def test_a_one_word_title_is_not_repeated_where_a_sentence_starts(nlp: Language) -> None:
    mentions = [
        (m[6], m[4]) for m in nlp("Viewers loved the soap Doctors. Doctors warned of flu.")._.kg_mentions
    ]
    assert mentions == [("Doctors", "Work")], mentions


def test_a_pronoun_names_an_author_only_through_its_clauses_named_subject(nlp: Language) -> None:
    # "her" may stand for anyone; the clause's subject is a band, not a woman: no author
    text = "Tom Vale won song of the year. The Kestrels picked up a Grammy for her song Low Tide."
    found = facts(analyse(nlp, text))
    assert not {f for f in found if f[1] == "created"}, found


@pytest.mark.parametrize(
    "text",
    [
        "Hollywood star Tom Vale arrived in London.",  # an industry, not a work
        "Chelsea star Tom Vale scored twice in the match on Saturday.",  # a club, in a sport report
        "Channel 4 presenter Tom Vale left the station.",  # the channel's presenter
        "Former Kestrels star Tom Vale sang.",  # a band's star: "star" alone says no work
    ],
)
def test_a_role_before_a_person_names_no_work_that_is_none(nlp: Language, text: str) -> None:
    found = facts(analyse(nlp, text))
    assert not {f for f in found if f[1] in ("starsIn", "presents")}, found


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("The talk was on Channel 6's Nightowls and later online.", ("Channel 6", "created", "Nightowls")),
        (
            "She told Radio 3's Farming Today on Tuesday that sales fell.",
            ("Radio 3", "created", "Farming Today"),
        ),
        ("The couple won on BBC Four's Tango Time last week.", ("BBC Four", "created", "Tango Time")),
        (
            "Critics prefer Channel 6's Supper Club and BBC Four's Tango Time.",
            ("BBC Four", "created", "Tango Time"),
        ),
        ("Viewers liked Channel 6's Woman's Hour.", ("Channel 6", "created", "Woman's Hour")),
        ("He spoke on BBC Radio 3's Word for the Week.", ("BBC Radio 3", "created", "Word for the Week")),
    ],
)
def test_a_channels_possessive_names_its_programme(
    nlp: Language, text: str, fact: tuple[str, str, str]
) -> None:
    found = facts(analyse(nlp, text))
    assert fact in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Asked on BBC Radio 3's Tom Vale show, Mr Hale said no.",  # Tom Vale's show, named after him
        "Tom Vale presents the news. Mr Hale told Radio 3's Vale he was sad.",  # the presenter
        "Viewers watched Channel 6's Saturday night film.",  # a day, no title
    ],
)
def test_a_channels_presenter_or_day_is_no_programme(nlp: Language, text: str) -> None:
    found = facts(analyse(nlp, text))
    assert not {f for f in found if f[1] == "created"}, found


def test_a_second_possessive_is_not_the_first_channels(nlp: Language) -> None:
    """ "Channel 6's X and BBC Four's Y": the parser may hang Channel 6 on Y; the nearest name made it."""
    found = facts(analyse(nlp, "Critics prefer Channel 6's Supper Club and BBC Four's Tango Time."))
    assert ("Channel 6", "created", "Tango Time") not in found, found


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("He sang on 1960s hits such as Come Tomorrow and Paper Boats.", {"Come Tomorrow", "Paper Boats"}),
        ("Her hits include What a Girl Wants and Dirrty.", {"What a Girl Wants", "Dirrty"}),  # "a Girl Wants"
        ("The channel is home of hits such as Sex And The City.", {"Sex And The City"}),  # one title
        ("Her debut single, Paper Boats, reached number two.", {"Paper Boats"}),
        ("Ana Costa's latest film, Howl's Moving Castle, opens in May.", {"Howl's Moving Castle"}),
        ("His 1959 signature song What'd I Say made him a star.", {"What'd I Say"}),  # a contraction inside
        ("Viewers saw the Channel 4 show Paper Boats on Tuesday.", {"Paper Boats"}),  # no day in it
        ("He spoke in a documentary called 'No More Mr Nice' last year.", {"No More Mr Nice"}),  # quoted
    ],
)
def test_a_list_after_such_as_or_a_title_set_off_by_commas_names_works(
    nlp: Language, text: str, titles: set[str]
) -> None:
    works = {m[6] for m in nlp(text)._.kg_mentions if m[4] == "Work"}
    assert works == titles, works


@pytest.mark.parametrize(
    "text",
    [
        "In the film, Ana Costa plays a nurse.",  # no comma closes the name: the clause's subject
        "During the show, Tom Vale said, the crowd sang.",  # a person's name between the commas
        "His song, which came out on Friday, was a hit.",  # no title
    ],
)
def test_a_name_after_a_work_noun_and_a_comma_is_no_title_unless_commas_set_it_off(
    nlp: Language, text: str
) -> None:
    works = {m[6] for m in nlp(text)._.kg_mentions if m[4] == "Work"}
    assert not works, works


def test_a_common_noun_before_starring_names_no_work(nlp: Language) -> None:
    found = facts(analyse(nlp, "The Cardiff gig starring Eric Clapton sold out."))
    assert not {f for f in found if f[1] == "starsIn"}, found


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # before "starring" and a name, with a comma, a dash or nothing between
        ("Sunset Over Harbour, starring Rita Pell and Joe Marr, opened on Friday.", {"Sunset Over Harbour"}),
        (
            "Rounding out the list was Good Neighbours - starring Joe Marr - at number ten.",
            {"Good Neighbours"},
        ),
        ("Her debut came in 1950 in No Way Home starring Sid Pole.", {"No Way Home"}),  # not the year
        ("Comedy Christmas with the Dawsons, starring Tim Hale, was second.", {"Christmas with the Dawsons"}),
        ("The sequel Meet The Neighbours and Will We Sing?, starring Ann Lowe, did well.", {"Will We Sing"}),
        (
            "Harbour's Nine, the crime caper sequel starring Joe Marr, is top.",
            {"Harbour's Nine"},
        ),  # one word's 's
        ("Films include Tom Vale's Finding Rose, starring Ann Lowe.", {"Finding Rose"}),  # a person's 's
        # a work noun in apposition after the title
        ("Critics loved Blue Lantern Street, a quirky comedy starring Rita Pell.", {"Blue Lantern Street"}),
        ("Among the winners were Low Tide, a drama about two sisters, and Red Sky.", {"Low Tide"}),
        # after "starred in" or a role's "in"
        ("Ann Lowe starred in Dark Harbour and Blue Gate in 1999.", {"Dark Harbour", "Blue Gate"}),
        ("Jill Pell's performance in Boys Can Cry won praise.", {"Boys Can Cry"}),
        ("Sam Cole was praised for the role in 24 Hour Dance People.", {"24 Hour Dance People"}),
        ("Ann Lowe was nominated for her role in Tom Vale's Closer Still.", {"Closer Still"}),  # the maker's
    ],
)
def test_titles_the_sentence_marks_as_works(nlp: Language, text: str, titles: set[str]) -> None:
    works = {m[6] for m in nlp(text)._.kg_mentions if m[4] == "Work"}
    assert titles <= works, works


@pytest.mark.parametrize(
    "text",
    [
        "The show opened in New York, starring Joe Marr.",  # a place
        "The band played in 1986, starring Ann Lowe.",  # a year
        "She starred in Paris last year.",
        "Baker played a key role in Volcker's reappointment to the Fed.",  # a person's, no title
        "Tom Vale is to star in Broadway play Red Sky.",  # the name modifies a noun
        "She starred in Red Harbour Lights last year.",  # a pronoun actor: coref often names another
        "Congress wants a larger role in Gulf policy.",
        "Tom Vale, a film director, was there.",  # a person: a noun after the work noun
        "The win over Leeds was the best performance in Cardiff this season.",  # a place
    ],
)
def test_no_work_where_no_title_is_marked(nlp: Language, text: str) -> None:
    works = {m[6] for m in nlp(text)._.kg_mentions if m[4] == "Work"}
    assert not works, works


def test_a_title_ends_before_a_full_persons_name_after_a_small_word(nlp: Language) -> None:
    text = "Critics praised the hit track Blue Velvet Sky with Joe Marr on Friday."
    works = {m[6] for m in nlp(text)._.kg_mentions if m[4] == "Work"}
    assert "Blue Velvet Sky with Joe Marr" not in works, works


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "The Long Road, starring Rita Pell, took $9m at the box office.",
            ("Rita Pell", "starsIn", "The Long Road"),
        ),
        ("Rita Pell starred in Dark Harbour in 1999.", ("Rita Pell", "starsIn", "Dark Harbour")),
        ("Jill Pell's performance in Boys Can Cry won praise.", ("Jill Pell", "starsIn", "Boys Can Cry")),
    ],
)
def test_stars_of_a_marked_title_star_in_it(nlp: Language, text: str, fact: tuple[str, str, str]) -> None:
    found = facts(analyse(nlp, text))
    assert fact in found, found


def test_everyone_starring_lists_after_a_title_stars_in_it(nlp: Language) -> None:
    text = "The list closed with Will We Sing?, starring Ann Lowe, Tom Hale and Rita Pell, at number five."
    found = facts(analyse(nlp, text))
    for star in ("Ann Lowe", "Tom Hale", "Rita Pell"):
        assert (star, "starsIn", "Will We Sing") in found, found


def test_the_name_after_and_closes_the_cast(nlp: Language) -> None:
    text = "Hits include Low Tide, starring Ann Lowe and Tom Hale, Rita Pell, with Sam Cole as the lead."
    found = facts(analyse(nlp, text))
    assert ("Tom Hale", "starsIn", "Low Tide") in found and (
        "Rita Pell",
        "starsIn",
        "Low Tide",
    ) not in found, found


def test_starring_after_a_common_noun_lists_no_cast(nlp: Language) -> None:
    found = facts(analyse(nlp, "The charity gig, starring Ann Lowe and Tom Hale, sold out."))
    assert not {f for f in found if f[1] == "starsIn"}, found


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Ms Pell, who presents The Lucky Ladder, spoke to the paper.",
            ("Pell", "presents", "The Lucky Ladder"),
        ),
        (
            "Tom Hale, who hosted the Midnight Hour for 20 years, died.",
            ("Tom Hale", "presents", "Midnight Hour"),
        ),
        (
            "Rita Pell has been hosting The Sam Cole Show since May.",
            ("Rita Pell", "presents", "The Sam Cole Show"),
        ),
        (
            "Guests included Top of the Charts presenter Ann Lowe and chef Ed Nash.",
            ("Ann Lowe", "presents", "Top of the Charts"),
        ),
        (  # the nationality word glued to the title is its first word, not "Idol" alone
            "The gala was hosted by American Idol presenter Tom Vale.",
            ("Tom Vale", "presents", "American Idol"),
        ),
        (
            "The panel included Paper Moon Falls actress Ana Costa.",
            ("Ana Costa", "starsIn", "Paper Moon Falls"),
        ),
    ],
)
def test_what_a_person_presents_and_a_role_before_a_name_are_titles(
    nlp: Language, text: str, fact: tuple[str, str, str]
) -> None:
    found = facts(analyse(nlp, text))
    assert fact in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Wales will host Ireland in Cardiff after the match against Scotland in the championship.",
        "Tom Hale presented Congress with his budget on Monday.",
        "Judge Ann Lowe will present Kestrel television's live coverage of the event.",
        "Ana Costa hosted the Brit Awards last year.",
        "Rita Pell will host the Winter Festival in June.",
        "And British actor Ed Nash won the prize.",
        "Native American actress Ana Costa spoke.",
        "New Zealand actor Tom Hale spoke.",
        "Radio One presenter Ann Lowe spoke.",
        "BBC Radio Scotland presenter Ann Lowe spoke.",
    ],
)
def test_no_title_after_presenting_an_event_or_a_person_nor_before_a_nationality_or_a_channel(
    nlp: Language, text: str
) -> None:
    found = facts(analyse(nlp, text))
    assert not {f for f in found if f[1] in ("presents", "starsIn")}, found


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "The song was a hit. Robert Palmer's Only Yesterday Again went to number one.",
            ("Robert Palmer", "created", "Only Yesterday Again"),
        ),
        (
            "Critics praised the novel. Michael Harding's Only Yesterday Again sold a million copies.",
            ("Michael Harding", "created", "Only Yesterday Again"),
        ),
    ],
)
def test_a_persons_possessive_before_an_unnamed_title_made_the_work(
    nlp: Language, text: str, fact: tuple[str, str, str]
) -> None:
    found = facts(analyse(nlp, text))
    assert fact in found, found


@pytest.mark.parametrize(
    "text",
    [
        # no kind of work named in the text: a person's capitalised words are a party's, a body's
        "Tom Vale's New Labour won the vote in the spring.",
        # the possessive is inside a title
        "The film was a hit. Bill and Ted's Excellent Adventure made him a star.",
        # a lower-case noun after the words: they say what it is of
        "The show was long. Tom Vale's State of the Union address lasted an hour.",
    ],
)
def test_no_work_after_a_persons_possessive_outside_a_title(nlp: Language, text: str) -> None:
    found = facts(analyse(nlp, text))
    assert not {f for f in found if f[1] == "created"}, found
