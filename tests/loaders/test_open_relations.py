"""Open relations (loaders/facts/open_relations.py) through the real pipeline, on invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from loaders.entities.records import MentionRow
from loaders.facts.context import FactContext
from loaders.facts.frames import load_frames
from loaders.facts.open_checks import next_clause_subject, only_tried, own_subject_before, position_title
from loaders.facts.open_relations import _misread_object, _subject_between
from tests.loaders.extraction_helpers import analyse, facts


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # a phrasal verb is a word of its own, even when its verb alone is light
        ("Budget car maker Aston Martin takes on Porsche.", ("Aston Martin", "open:take on", "Porsche")),
        # a light verb with a noun object: the noun carries the meaning (a donation is supports now, and
        # test_an_open_fact_stands_when_assembly_refuses_the_rule_s_fact has "paid a visit to")
        # a frame's fact between the same two the other way round says something else: both stand
        (
            "Andy Roddick has split from coach Brad Gilbert.",
            ("Andy Roddick", "open:split from", "Brad Gilbert"),
        ),
        # a person's own work is hers to act on, not a copy she owns
        (
            "Anna Berg showed her Oscar to Tom Grant in Paris.",
            ("Anna Berg", "open:show", "Oscar"),
        ),
        # the subject a coordinated verb or a to-infinitive of purpose or control shares
        (
            "Tom Grant held a dinner last week to promote the Lyric Theatre.",
            ("Tom Grant", "open:promote", "Lyric Theatre"),
        ),
        (
            "Tom Grant chose to hire Brad Gilbert last year.",
            ("Tom Grant", "open:hire", "Brad Gilbert"),
        ),
        (
            "Tom Grant is a fine player but has hired Bill Stone as his agent.",
            ("Tom Grant", "open:hire", "Bill Stone"),
        ),
        # the firm's own report about itself: the pronoun is the speaker
        (
            "Acme Corp said it filed with the Securities and Exchange Commission for a debt offering.",
            ("Acme Corp", "open:file with", "Securities and Exchange Commission"),
        ),
        # the named examples of a common noun are the partners
        (
            "Acme Corp faces competition from rivals such as Kestrel Inc and Zenith Corp in Asia.",
            ("Acme Corp", "open:face competition from", "Zenith Corp"),
        ),
        # a country acting through its organs
        (
            "Argentina's authorities have banned the play The Silent Garden this week.",
            ("Argentina", "open:ban", "The Silent Garden"),
        ),
        # the parser's dative "to" is a preposition all the same (the phrase holds the object noun)
        (
            "Acme Corp sent a letter to Kestrel Inc on Monday.",
            ("Acme Corp", "open:send letter to", "Kestrel Inc"),
        ),
        # a name conjoined to a plain noun is a partner too, when no verb of its own follows it
        (
            "Tom Grant worked with the unions and Kestrel Corp for years.",
            ("Tom Grant", "open:work with", "Kestrel Corp"),
        ),
        # with a noun object, a light verb's phrase names the noun's owner ("took Y's place": replaced Y)
        (
            "Aston Martin took Porsche's place in the ranking.",
            ("Aston Martin", "open:take place of", "Porsche"),
        ),
    ],
)
def test_open_relation_is_found(nlp: Language, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(analyse(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "Aston Martin took a place in the ranking.",  # a light verb alone says nothing
        "The World Bank linked new borrowing by Indonesia to trade reforms.",  # "by" after an active verb
        "Microsoft had talks with IBM in Seattle on Monday.",  # the meeting rule says it already
        # the noun's own possessor is the partner, not the subject
        "Tom Grant hailed Ireland's victory over England on Saturday.",
        # a direct quotation is the speaker's, not the article's
        'Bill Stone said: "Tom Grant has been campaigning with Anne Grant on many visits."',
        # where a deed was done is a circumstance, not a partner
        "Tom Grant held a dinner party in New York on Monday.",
        # whom a thing was made for is no partner of the deed
        "Tom Grant created a fine chance for Bill Stone in the first half.",
        # object control: Japan sells, not the accuser
        "Washington accused Japan of selling chips in Malaysia.",
        # a noun the parser took for a verb: 'hits' (singular) and 'are' (plural) share no subject
        "BBC hits Little Britain and Strictly Come Dancing are among the shows nominated for the award.",
        "BBC hits Little Britain and Top Gear are among the shows nominated for the Golden Rose award.",
        # a pronoun outside a firm's report of itself is left alone
        "Tom Grant was tired. Later he joined Bill Stone on the bench.",
        # a name owned by a person is a thing of hers, a common noun's use, not a named partner
        "Anna Berg will leave her iPod at home.",
        "Tom Grant sold his Ferrari last year.",
        # 'stars' is who was named (a noun the parser took for a verb: the subject of 'named')
        "Kestrel Street stars Tom Hale and Bill Stone have been named the funniest people in radio.",
        # a person's post as object: the deed was done to the person, the post's firm is no partner
        "The SEC said it charged a managing director of Kestrel Holdings Ltd with insider trading.",
        "Tom Grant sacked Kestrel Corp's chief executive on Monday.",
        # a name conjoined to the object but before a verb of its own is another clause's subject
        "Scotland made two changes, Tom Hale replacing Bill Stone on the wing and Mark Duff returning.",
        # a chamber after "in" is where the deed was done, like a place
        "The Liberal Democrats have promised to raise the issue in Parliament.",
        # a side or a player faced is a fixture still to be played
        "Tom Hale faces Bill Stone in the final on Sunday.",
        "Tom Hale beat Mark Duff and goes on to face Bill Stone in the final.",
        # a substitution is the play of a minute, and its object plays for the subject
        "Kestrel Rovers sent on Tom Hale and Bill Stone in the second half.",
        "Tom Hale came on for Bill Stone after 76 minutes.",
        "Tom Hale and Mark Duff come in for Bill Stone and Ian Rowe.",  # a change to the side
        # a sentence about the ball tells the moves of a match between its players
        "Tom Hale picked up a pass from Bill Stone and drove a shot past the keeper.",
        "Tom Hale sent Bill Stone away on the right but his shot went wide.",
    ],
)
def test_no_open_relation(nlp: Language, text: str) -> None:
    found = facts(analyse(nlp, text))
    assert not [f for f in found if f[1].startswith("open:")], found


def test_the_talks_are_a_meeting_not_an_open_relation_too(nlp: Language) -> None:
    found = facts(analyse(nlp, "Microsoft had talks with IBM in Seattle on Monday."))
    assert ("Microsoft", "metWith", "IBM") in found


def test_the_lead_main_clause_has_its_own_extractor(nlp: Language) -> None:
    text = (
        "Andy Roddick splits from coach Brad Gilbert\n\n"
        "The American said on Monday he was happy.\n\n"
        "Separately, Andy Roddick hired Tom Grant last year.\n\n"
        "Andy Roddick later worked with Tom Grant in Miami."
    )
    rows = [f for f in analyse(nlp, text).facts if f.predicate.startswith("open:")]
    lead = {(f.predicate, f.extractor.rsplit(":", 1)[-1]) for f in rows}
    assert ("open:split from", "open-lead") in lead or ("open:split", "open-lead") in lead
    # an active verb with its own subject and a named direct object calibrates apart from the rest
    assert ("open:hire", "open-object") in lead
    assert ("open:work with", "open") in lead


def test_reports_denials_and_the_moves_of_a_match_make_no_open_relation(nlp: Language) -> None:
    for text in (
        "Kestrel Corp is reported by Zenith News to have won the contract.",
        "Kestrel Corp denied to Zenith News that it had bid.",
        "Tom Grant saved well from Mark Duff in the second half.",
        "Mark Duff rounded Tom Grant and scored.",
    ):
        found = facts(analyse(nlp, text))
        assert not [f for f in found if f[1].startswith("open:")], (text, found)


def test_company_kept_is_no_partner(nlp: Language) -> None:
    found = facts(analyse(nlp, "Mark Duff won a place on the bench alongside Tom Grant."))
    assert not [f for f in found if f[1].startswith("open:") and f[2] == "Tom Grant"], found


def test_an_open_fact_stands_when_assembly_refuses_the_rule_s_fact(nlp: Language) -> None:
    # "visit" states visited, whose range is a place; a firm is none, so assembly refuses it, and the open
    # relation the frame's fact would have restated is all the sentence says.
    found = facts(analyse(nlp, "Dan Brown paid a visit to Acme Corp in March."))
    assert ("Dan Brown", "open:pay visit to", "Acme Corp") in found, found
    assert not [f for f in found if f[1] == "visited"], found


def test_a_firm_s_report_of_its_own_deed_in_the_lead_is_the_lead_s_claim(nlp: Language) -> None:
    text = "Acme to sell debt\n\nAcme Corp said it filed with the Securities and Exchange Commission today."
    rows = [f for f in analyse(nlp, text).facts if f.predicate.startswith("open:")]
    assert {f.extractor.rsplit(":", 1)[-1] for f in rows} == {"open-lead"}, rows


def test_the_one_pleaded_with_acts_not_the_pleader(nlp: Language) -> None:
    # object control through a preposition: Bill Stone would reject the offers, not Tom Grant
    found = facts(analyse(nlp, "Tom Grant pleaded with Bill Stone to reject any offers from Acme Corp."))
    assert not [f for f in found if f[0] == "Tom Grant" and f[2].startswith("Acme")], found


def test_the_persuaded_one_acts_not_the_persuader(nlp: Language) -> None:
    found = facts(analyse(nlp, "Acme Corp persuaded Kestrel Inc to buy shares in Zenith Corp last year."))
    assert not [f for f in found if f[0] == "Acme Corp" and f[2] == "Zenith Corp"], found


def test_taking_over_from_someone_is_succeeding_them(nlp: Language) -> None:
    found = facts(analyse(nlp, "Tom Grant took over the captaincy from Bill Stone in May."))
    assert ("Tom Grant", "succeeded", "Bill Stone") in found, found


def test_a_playing_position_between_club_and_player_is_a_title_not_a_verb(nlp: Language) -> None:
    # the parser sometimes reads "lock" in "Ulster lock Sam Reed" as a verb; build that reading by hand
    words = ["Ulster", "lock", "Sam", "Reed", "resigned", "."]
    doc = Doc(nlp.vocab, words=words, pos=["PROPN", "VERB", "PROPN", "PROPN", "VERB", "PUNCT"])
    assert position_title(doc[1])
    locked = Doc(nlp.vocab, words=["Tom", "locked", "Kestrel", "out"], pos=["PROPN", "VERB", "PROPN", "ADP"])
    assert not position_title(locked[1])


def test_the_owner_of_the_object_is_the_partner(nlp: Language) -> None:
    rows = analyse(nlp, "Kestrel Corp monitored Zenith TV's output for 171 hours.").facts
    found = {(f.predicate, f.extractor.rsplit(":", 1)[-1]) for f in rows}
    assert ("open:monitor output of", "open-owner") in found, found
    # a country's market is no partner; what a frame says of the owner is no open relation too
    found = facts(analyse(nlp, "Zenith Records had Spain's best-selling album of 2004."))
    assert not [f for f in found if f[1].startswith("open:")], found
    found = facts(analyse(nlp, "Peter Kane criticised Maria Lopez's plans."))
    assert not [f for f in found if f[1].startswith("open:")], found


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Peter Kane hit out at Maria Lopez over the cuts.", ("Peter Kane", "criticizes", "Maria Lopez")),
        ("Peter Kane rounded on Maria Lopez in the debate.", ("Peter Kane", "criticizes", "Maria Lopez")),
        ("Peter Kane voted against the Green Party in 2001.", ("Peter Kane", "opposes", "Green Party")),
        ("Kestrel Corp filed a lawsuit against Zenith Ltd in May.", ("Kestrel Corp", "sued", "Zenith Ltd")),
        ("Czech seed Jan Novak was eliminated by Tom Grant.", ("Tom Grant", "defeated", "Jan Novak")),
        # a headline's upset is a result; a work developed is created (a product developed is made)
        (
            "Anna Berg shocks Maria Lopez in Sydney\n\nAnna Berg won 6-2 6-1.",
            ("Anna Berg", "defeated", "Maria Lopez"),
        ),
        ("Judy Kane developed the musical Summer Nights in 1999.", ("Judy Kane", "created", "Summer Nights")),
        (
            "Tom Hale and Mark Duff touched down for Wales in the second half.",
            ("Mark Duff", "playsFor", "Wales"),
        ),
        ("Anna Berg, the fifth seed, saw off Maria Lopez 6-3 6-2.", ("Anna Berg", "defeated", "Maria Lopez")),
        # a chamber after "in" is the deed's venue, but a seat in it is membership
        ("Tom Grant served in the Senate for 12 years.", ("Tom Grant", "memberOf", "Senate")),
        # a narrow win, a captain's side, a launch, and a contest lost out (the other side won)
        ("Anna Berg pipped Maria Lopez to the title.", ("Anna Berg", "defeated", "Maria Lopez")),
        ("Tom Hale captained England to the title.", ("Tom Hale", "playsFor", "England")),
        ("Zenix Corp brought out the Zenbox console last year.", ("Zenix Corp", "launched", "Zenbox")),
        (
            "Kestrel Corp lost out to Zenith Ltd in the race for the contract.",
            ("Zenith Ltd", "defeated", "Kestrel Corp"),
        ),
    ],
)
def test_an_idiom_of_the_phrase_table_states_its_predicate(
    nlp: Language, text: str, triple: tuple[str, str, str]
) -> None:
    found = facts(analyse(nlp, text))
    assert triple in found, found
    assert not [f for f in found if f[1].startswith("open:")], found


def test_a_mapped_phrase_whose_ends_do_not_fit_its_predicate_stays_open(nlp: Language) -> None:
    # "develop" means created only for a work; a technology developed stays the open phrase
    found = facts(analyse(nlp, "Intel developed UWB with Kestrel Inc."))
    assert ("Intel", "open:develop", "UWB") in found, found


def test_a_product_developed_is_made_not_created(nlp: Language) -> None:
    found = facts(analyse(nlp, "Acme Corp developed the Zephyr phone with Kestrel Inc."))
    assert ("Acme Corp", "makes", "Zephyr") in found, found
    assert not [f for f in found if f[1] == "created"], found


def test_a_headline_noun_read_as_a_verb_leaves_its_modifier_no_object(nlp: Language) -> None:
    # "misses England clash": the parser made "clash" a bare verb beside "England"; the clash is missed
    text = "Duff misses England clash\n\nTom Hale will start on Saturday."
    found = facts(analyse(nlp, text))
    assert not [f for f in found if f[1].startswith("open:")], found


def _parsed(nlp: Language, words: list[str], heads: list[int], deps: list[str], tags: list[str]) -> Doc:
    """A parse built by hand: the parser's misreadings these checks guard against are not reproducible on
    demand with invented sentences."""
    pos = {
        "NNP": "PROPN",
        "NN": "NOUN",
        "VBZ": "VERB",
        "VBD": "VERB",
        "VB": "VERB",
        "TO": "PART",
        "IN": "ADP",
    }
    return Doc(
        nlp.vocab,
        words=words,
        heads=heads,
        deps=deps,
        tags=tags,
        pos=[pos.get(t, "PUNCT") for t in tags],
        lemmas=[w.lower().rstrip("s") if t.startswith("VB") else w for w, t in zip(words, tags, strict=True)],
    )


def test_a_ticker_apart_from_its_name_is_no_object(nlp: Language) -> None:
    # the parser's reading of "... agreed that ... the merger with Kestrel Inc <KES>": the code hangs on
    # "agreed" as its object, far from the name it codes; under the name ("hired Kestrel Inc <KES>") it stays
    words = ["Acme", "agreed", "to", "help", "Kestrel", "Inc", "<", "KES", ">"]
    apart = _parsed(
        nlp,
        words,
        [1, 1, 3, 1, 5, 3, 7, 1, 7],
        ["nsubj", "ROOT", "aux", "xcomp", "compound", "dobj", "punct", "dobj", "punct"],
        ["NNP", "VBD", "TO", "VB", "NNP", "NNP", "-LRB-", "NNP", "-RRB-"],
    )
    assert _misread_object(apart[7])
    words = ["Acme", "hired", "Kestrel", "Inc", "<", "KES", ">"]
    under = _parsed(
        nlp,
        words,
        [1, 1, 3, 5, 5, 1, 5],
        ["nsubj", "ROOT", "compound", "nmod", "punct", "dobj", "punct"],
        ["NNP", "VBD", "NNP", "NNP", "-LRB-", "NNP", "-RRB-"],
    )
    assert not _misread_object(under[5])


def test_a_conjunct_with_its_own_subject_cuts_the_shared_subject(nlp: Language) -> None:
    # "Hale plays, Stone is fit and replaces Cole" as the parser read a team sheet's sentence: "replaces"
    # lost its own subject (Duff), and Hale's is not its subject
    words = ["Hale", "plays", ",", "Stone", "is", "fit", "and", "replaces", "Cole"]
    doc = _parsed(
        nlp,
        words,
        [1, 1, 1, 4, 1, 4, 1, 1, 7],
        ["nsubj", "ROOT", "punct", "nsubj", "conj", "acomp", "cc", "conj", "dobj"],
        ["NNP", "VBZ", ",", "NNP", "VBZ", "JJ", "CC", "VBZ", "NNP"],
    )
    assert _subject_between(doc[1], doc[7])
    plain = _parsed(
        nlp,
        ["Hale", "plays", "and", "replaces", "Cole"],
        [1, 1, 1, 1, 3],
        ["nsubj", "ROOT", "cc", "conj", "dobj"],
        ["NNP", "VBZ", "CC", "VBZ", "NNP"],
    )
    assert not _subject_between(plain[1], plain[3])


def test_a_playing_position_is_no_partner(nlp: Language) -> None:
    text = "Up front, Tom Hale plays at hooker, open-side Bill Stone is fit to start."
    found = facts(analyse(nlp, text))
    assert not [f for f in found if f[1].startswith("open:")], found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a prepositional phrase after a clause of the verb's own belongs to that nearer clause
        (
            "Kestrel have made two changes, Tom Hale replacing Bill Stone on the wing and Mark Duff "
            "returning for his first Test in a year, for injured flanker Sam Reed.",
            ("Tom Hale", "Sam Reed"),
        ),
    ],
)
def test_an_argument_that_is_not_the_verb_s_own_makes_no_open_relation(
    nlp: Language, text: str, wrong: tuple[str, str]
) -> None:
    found = facts(analyse(nlp, text))
    assert not [f for f in found if f[1].startswith("open:") and (f[0], f[2]) == wrong], found


def test_a_name_cut_at_a_possessive_is_no_partner(nlp: Language) -> None:
    text = "The Council of Colonels proposed the merger of the Royal Scots and the King's Own Borderers."
    found = facts(analyse(nlp, text))
    partners = {f[2] for f in found if f[1].startswith("open:")}
    assert not [p for p in partners if p.startswith("Own")], found


def test_a_kind_noun_after_a_product_s_name_stands_for_the_product(nlp: Language) -> None:
    found = facts(analyse(nlp, "Kestrel Corp is adopting the Zenith software for its phones."))
    assert ("Kestrel Corp", "open:adopt", "Zenith") in found, found
    # copies of it are not the thing: no open relation to the name through a plural
    found = facts(analyse(nlp, "Kestrel Corp is selling the Zenith phones in Asia."))
    assert not [f for f in found if f[1].startswith("open:") and f[2] == "Zenith"], found


def test_the_verb_s_own_arguments_still_make_open_relations(nlp: Language) -> None:
    for text, triple in (
        (
            "Tom Grant bought Kestrel Corp in May and sold Zenith Corp in June.",
            ("Tom Grant", "open:sell", "Zenith Corp"),
        ),
        ("Tom Grant returned to Acme Corp in 2004.", ("Tom Grant", "open:return to", "Acme Corp")),
        (
            "Acme Corp has been hired by Zenith Corp for the project.",
            ("Zenith Corp", "open:hire", "Acme Corp"),
        ),
    ):
        found = facts(analyse(nlp, text))
        assert triple in found, (text, found)


def test_a_conjoined_verb_after_a_noun_has_its_own_subject(nlp: Language) -> None:
    # "Hale plays and lock Duff replaces Reed", Duff read as the object of "lock": "replaces" is Duff's
    words = ["Hale", "plays", "and", "lock", "Duff", "replaces", "Reed", "."]
    heads = [1, 1, 1, 1, 3, 1, 5, 1]
    deps = ["nsubj", "ROOT", "cc", "conj", "dobj", "conj", "dobj", "punct"]
    doc = _parsed(nlp, words, heads, deps, ["NNP", "VBZ", "CC", "VB", "NNP", "VBZ", "NNP", "."])
    assert own_subject_before(doc[5])
    shared = ["Hale", "bought", "Acme", "and", "sold", "Zenith", "."]
    doc = _parsed(
        nlp,
        shared,
        [1, 1, 1, 1, 1, 4, 1],
        [*deps[:2], "dobj", "cc", "conj", "dobj", "punct"],
        ["NNP", "VBD", "NNP", "CC", "VBD", "NNP", "."],
    )
    assert not own_subject_before(doc[4])


def test_a_deed_only_tried_for_is_none(nlp: Language) -> None:
    # "trying to get Hale to direct Dune", "to get" hung as a purpose clause of "trying"
    words = ["They", "were", "trying", "to", "get", "Hale", "to", "direct", "Dune", "."]
    heads = [2, 2, 2, 4, 2, 7, 7, 4, 7, 2]
    deps = ["nsubj", "aux", "ROOT", "aux", "advcl", "nsubj", "aux", "ccomp", "dobj", "punct"]
    tags = ["PRP", "VBD", "VBG", "TO", "VB", "NNP", "TO", "VB", "NNP", "."]
    doc = _parsed(nlp, words, heads, deps, tags)
    doc[2].lemma_ = "try"
    assert only_tried(doc[7])
    done = ["Hale", "held", "a", "party", "to", "promote", "Dune", "."]
    doc = _parsed(
        nlp,
        done,
        [1, 1, 3, 1, 5, 1, 5, 1],
        ["nsubj", "ROOT", "det", "dobj", "aux", "advcl", "dobj", "punct"],
        ["NNP", "VBD", "DT", "NN", "TO", "VB", "NNP", "."],
    )
    assert not only_tried(doc[5])


def test_the_name_before_the_next_clause_s_verb_is_no_object(nlp: Language) -> None:
    # "Qwix is seeping into giant Kestrel announced ...": Kestrel is the subject of "announced"
    words = ["Qwix", "is", "seeping", "into", "Kestrel", "announced", "plans", "."]
    heads = [2, 2, 5, 2, 3, 5, 5, 5]
    deps = ["nsubj", "aux", "advcl", "prep", "pobj", "ROOT", "dobj", "punct"]
    doc = _parsed(nlp, words, heads, deps, ["NNP", "VBZ", "VBG", "IN", "NNP", "VBD", "NNS", "."])
    rows = [
        MentionRow(0, 4, 0, 1, "Organization", "Qwix", "Qwix"),
        MentionRow(21, 28, 4, 5, "Organization", "Kestrel", "Kestrel"),
    ]
    ctx = FactContext(doc, rows)
    assert next_clause_subject(ctx, 1, doc[2])
    # a next verb with a subject of its own begins no clause with the name ("talked with Kestrel were plans")
    inverted = ["Qwix", "talked", "with", "Kestrel", "were", "plans", "."]
    doc = _parsed(
        nlp,
        inverted,
        [1, 4, 1, 2, 4, 4, 4],
        ["nsubj", "csubj", "prep", "pobj", "ROOT", "nsubj", "punct"],
        ["NNP", "VBD", "IN", "NNP", "VBD", "NNS", "."],
    )
    rows = [
        MentionRow(0, 4, 0, 1, "Organization", "Qwix", "Qwix"),
        MentionRow(17, 24, 3, 4, "Organization", "Kestrel", "Kestrel"),
    ]
    assert not next_clause_subject(FactContext(doc, rows), 1, doc[1])
    # nor does a copula, whose subject an inversion puts after it ("discussed with Kestrel were plans")
    copula = ["Qwix", "talked", "with", "Kestrel", "were", "plans", "."]
    doc = _parsed(
        nlp,
        copula,
        [1, 4, 1, 2, 4, 4, 4],
        ["nsubj", "csubj", "prep", "pobj", "ROOT", "attr", "punct"],
        ["NNP", "VBD", "IN", "NNP", "VBD", "NNS", "."],
    )
    doc[4].pos_ = "AUX"
    assert not next_clause_subject(FactContext(doc, rows), 1, doc[1])
    # the verb's own auxiliary after a passive subject is no other clause's ("Kestrel was hired by Qwix")
    passive = ["Kestrel", "was", "hired", "by", "Qwix", "."]
    doc = _parsed(
        nlp,
        passive,
        [2, 2, 2, 2, 3, 2],
        ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"],
        ["NNP", "VBD", "VBN", "IN", "NNP", "."],
    )
    ctx = FactContext(doc, [MentionRow(0, 7, 0, 1, "Organization", "Kestrel", "Kestrel")])
    assert not next_clause_subject(ctx, 0, doc[2])


def test_a_quarrel_stepped_up_is_criticism(nlp: Language) -> None:
    text = "Tom Grant has stepped up his feud with Bill Stone by claiming he is a disgrace."
    found = facts(analyse(nlp, text))
    assert ("Tom Grant", "criticizes", "Bill Stone") in found
    assert not [f for f in found if f[1].startswith("open:")], found


def test_a_name_brought_in_with_its_age_is_no_partner(nlp: Language) -> None:
    text = "Tom Hale, 31, who won the title at the Lakeside Games and Bill Stone, 30, who won, face a ban."
    found = facts(analyse(nlp, text))
    assert not [f for f in found if f[1].startswith("open:")], found  # won at the games: a circumstance
    assert not [f for f in found if f[2] == "Bill Stone"], found


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Tom Hale lost to Bill Stone in the final on Sunday.", ("Bill Stone", "defeated", "Tom Hale")),
        (
            "Kestrel Rovers have lost against Zenith United twice this season.",
            ("Zenith United", "defeated", "Kestrel Rovers"),
        ),
    ],
)
def test_an_inverse_phrase_turns_the_ends_round(
    nlp: Language, text: str, triple: tuple[str, str, str]
) -> None:
    found = facts(analyse(nlp, text))
    assert triple in found
    assert not [f for f in found if f[1].startswith("open:")], found


def test_only_the_bare_phrase_turns_round(nlp: Language) -> None:
    found = facts(analyse(nlp, "Tom Hale has lost his place to Bill Stone at Kestrel Rovers."))
    assert ("Bill Stone", "defeated", "Tom Hale") not in found


def test_a_substitution_in_a_match_report_is_no_open_replace(nlp: Language) -> None:
    text = (
        "Kestrel Rovers beat Zenith United 2-1 in the league match on Saturday. Tom Hale, who replaced "
        "Bill Stone late in the game, scored the winning goal."
    )
    found = facts(analyse(nlp, text))
    assert not [f for f in found if f[1] == "open:replace"], found


def test_a_phrase_with_its_noun_object_turns_round(nlp: Language) -> None:
    found = facts(analyse(nlp, "Kestrel Corp has received bids from Marlow Inc and Zenith Holdings Inc."))
    assert ("Marlow Inc", "bidFor", "Kestrel Corp") in found
    assert {
        ("Zenith Holdings Inc.", "bidFor", "Kestrel Corp"),
        ("Zenith Holdings Inc", "bidFor", "Kestrel Corp"),
    } & set(found), found


def test_a_bid_for_something_else_does_not_turn_round(nlp: Language) -> None:
    text = "Kestrel Rovers received a bid from Zenith United for their striker Tom Hale."
    found = facts(analyse(nlp, text))
    assert not [f for f in found if f[1] == "bidFor" and f[2] == "Kestrel Rovers"], found


def test_an_inverse_phrase_whose_ends_its_predicate_refuses_stays_the_open_phrase_its_way_round(
    nlp: Language,
) -> None:
    # a firm's name and a city's (not a bare "Location", which makes no open fact: lane r20m)
    found = facts(analyse(nlp, "Glasgow have lost against Manchester this year."))
    assert ("Glasgow", "open:lose against", "Manchester") in found


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Tom Hale swept aside defending champion Bill Stone 6-3 6-2 to win the title.",
            ("Tom Hale", "defeated", "Bill Stone"),
        ),
        ("Tom Hale has reopened his dispute with Bill Stone.", ("Tom Hale", "criticizes", "Bill Stone")),
    ],
)
def test_a_mapped_phrase_states_its_predicate(nlp: Language, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in facts(analyse(nlp, text))


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # a partner the parser hangs on the verb past a plain noun object: the phrase holds the noun, as it
        # does when the parser hangs the partner on the noun (the guideline's phrase)
        ("Tom Hale has lost his place to Bill Stone at Kestrel Rovers.", ("Tom Hale", "open:lose place to",
                                                                           "Bill Stone")),
        ("Tom Grant paid tribute to Bill Stone after the match.", ("Tom Grant", "open:pay tribute to",
                                                                    "Bill Stone")),
        # an amount is no noun of the phrase
        ("Kestrel Corp bought 200,000 tonnes of wheat from Zenith Corp.", ("Kestrel Corp", "open:buy from",
                                                                           "Zenith Corp.")),
        ("Zenith Ratings affirmed 500 mln dlrs of debt of Kestrel Corp.", ("Zenith Ratings", "open:affirm of",
                                                                          "Kestrel Corp.")),
    ],
)  # fmt: skip
def test_a_partner_hung_on_the_verb_keeps_the_object_noun_in_the_phrase(
    nlp: Language, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in facts(analyse(nlp, text))


def test_a_phrase_the_table_maps_without_the_object_noun_keeps_its_predicate(nlp: Language) -> None:
    found = facts(analyse(nlp, "Acme Corp filed a lawsuit against Zenith Corp in March."))
    assert ("Acme Corp", "sued", "Zenith Corp") in found, found


@pytest.mark.parametrize(
    "text",
    [
        # a result verb with a named object says its result or nothing (frames.toml [open] results): a
        # tournament named by its town is no place won
        "Tom Hale has won the San Marino five times.",
        # what a verb gives its second object is not the subject's ("a header by X earned Y a draw with Z")
        "Tom Hale earned Kestrel Rovers a draw with Zenith United.",
        # naming verbs and an abbreviation's words
        "Ruritania launched an offensive, codenamed Desert Wind, towards Freedonia.",
        "R&B stands for Rhythm And Blues.",
    ],
)
def test_results_gifts_and_names_make_no_open_relation(nlp: Language, text: str) -> None:
    found = facts(analyse(nlp, text))
    assert not [f for f in found if f[1].startswith("open:")], found


def test_a_fixture_still_to_come_is_a_claim_not_a_fact(nlp: Language) -> None:
    # the present with a time ahead is a schedule; a clause of condition makes its main clause conditional
    for text, modality in (
        ("Tom Hale takes on Bill Stone later on Wednesday.", "future"),
        (
            "Kestrel Rovers face a home tie against Zenith United if they beat Bill Stone's side.",
            "conditional",
        ),
    ):
        analysis = analyse(nlp, text)
        assert not [f for f in analysis.facts if f.predicate.startswith("open:")], analysis.facts
        assert {c.modality for c in analysis.claims if c.predicate.startswith("open:")} == {modality}, text


def test_every_result_verb_is_a_verb_of_a_result_frame() -> None:
    # frames.toml [open] results lists verbs the won and defeated frames read: a refused result, not a deed
    table = load_frames()
    verbs = {c for f in table.frames if f.predicate in ("won", "defeated") and not f.noun for c in f.cues}
    assert table.result_verbs and table.result_verbs <= verbs, table.result_verbs - verbs


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        # a prepositional phrase right after another one's common noun belongs to that noun, not the verb
        (
            "Kestrel Corp said it signed a ten-year deal with the city council for water from Zenith Inc.",
            "Zenith Inc.",
        ),
        ("Kestrel Corp agreed a contract with the city for power from Zenith Inc.", "Zenith Inc."),
        ("Anna Berg continued her fine year with victory in the Cross de Madrid.", "Cross de Madrid"),
    ],
)
def test_a_phrase_after_a_nearer_noun_is_no_partner_of_the_verb(
    nlp: Language, text: str, partner: str
) -> None:
    found = facts(analyse(nlp, text))
    assert not [f for f in found if f[1].startswith("open:") and f[2] == partner], found


def test_a_phrase_after_the_verb_s_own_for_phrase_stays_the_verb_s(nlp: Language) -> None:
    text = "Tom Hale, who secured bronze for the British team at last month's European Championships, won."
    found = facts(analyse(nlp, text))
    assert ("Tom Hale", "open:secure bronze at", "European Championships") in found, found


def test_a_number_that_measures_a_noun_leaves_the_noun_in_the_phrase(nlp: Language) -> None:
    found = facts(analyse(nlp, "Acme Inc sold its 50 pct interest in Zenith Corp."))
    assert ("Acme Inc", "open:sell interest in", "Zenith Corp.") in found, found


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Tom Grant also toured Gabon last week.", ("Tom Grant", "visited", "Gabon")),
        (
            "The Sports Council went on to press charges against Tom Hale in the summer.",
            ("Sports Council", "charged", "Tom Hale"),
        ),
    ],
)
def test_phrases_that_say_a_vocabulary_predicate(
    nlp: Language, text: str, triple: tuple[str, str, str]
) -> None:
    found = facts(analyse(nlp, text))
    assert triple in found, found


@pytest.mark.parametrize(
    "text",
    [
        # the lemmatizer's guess at a misspelt verb ("visted" -> "viste") is no phrase
        "Tom Grant also visted Gabon, Algeria and Libya.",
        # a side backed to win is a tip: neither support nor an open "back"
        "Tom Hale also backed New Zealand to win the series.",
    ],
)
def test_a_misspelt_verb_and_a_tip_make_no_open_relation(nlp: Language, text: str) -> None:
    found = facts(analyse(nlp, text))
    assert not [f for f in found if f[1].startswith("open:")], found


def test_a_phrase_whose_noun_is_denied_is_a_negated_claim(nlp: Language) -> None:
    analysis = analyse(nlp, "Kestrel Corp has had no formal contact with Zenith Corp since December.")
    assert not [f for f in analysis.facts if f.predicate.startswith("open:")], analysis.facts
    denied = [c for c in analysis.claims if c.predicate == "open:have contact with"]
    assert denied and {c.polarity for c in denied} == {"negated"}, analysis.claims


def test_an_open_phrase_the_frame_restates_the_other_way_round_is_dropped(nlp: Language) -> None:
    found = facts(analyse(nlp, "Kestrel Corp said it won a contract with Zenith Inc to build a new plant."))
    assert ("Zenith Inc", "awardedContractTo", "Kestrel Corp") in found, found
    assert not [f for f in found if f[1].startswith("open:")], found


def test_a_quote_left_open_ends_where_the_next_one_opens(nlp: Language) -> None:
    # the news leaves a paragraph's quote open when the next paragraph goes on with it; paired in turn, the
    # marks would put the narration between quotes inside one and the next quote outside
    text = (
        'Tom Hale told reporters: "Kestrel will play a central role. "They were wrong when they said Zenith '
        'Corp was ousting Acme Inc." Tom Hale left. "Zenith Corp are courting Acme Inc," he said.'
    )
    found = facts(analyse(nlp, text))
    assert not [f for f in found if f[1].startswith("open:")], found


@pytest.mark.parametrize(
    "text",
    [
        "Tara Lane won an Oscar for Blue Kestrel earlier this year.",  # the film the award was for
        "In 2002 Tara Lane won best pop collaboration with Ann Kite, Maya Dorn and Pink.",  # co-winners
        "Ray Dorn won the race in 21.07 secs with Tom Hale second.",  # the runner-up
    ],
)
def test_a_win_has_no_open_partner(nlp: Language, text: str) -> None:
    found = facts(analyse(nlp, text))
    assert not [f for f in found if f[1].startswith("open:win")], found


@pytest.mark.parametrize(
    "text",
    [
        # a deed only wished for or got ready for, by an adjective of wish or readiness
        "Tom Hale keen to commit to Kestrel Rovers",
        # fixtures in a report on sport: a tie away, a first match, a visit between two clubs
        "Kestrel Rovers face a trip to Zenith United.",
        "Tara Lane opens against Ann Kite of Greece.",
        "Cup holders Kestrel Rovers visit Zenith United. Kestrel Rovers beat Zenith United 2-1 last season.",
        # a fixture in team news, the clubs typed as people
        "Leaders Man Utd visit Everton on Sunday. The coach praised the team after the league match.",
        # a player (or a side NER took for a person) who plays a country: a match still
        "The coach praised the team after the league match and the cup tie. Tom Hale played Spain",
        # the moves of a rugby match
        "Tom Hale and Bill Stone combined to put prop Dan Cole over in the right corner.",
        # a court is where a case is heard, not a partner of the deed
        "At the Court of Appeal on Wednesday, the Kestrel Alliance failed in its attempt to stop the act.",
        "Tom Hale filed the suit in the US District Court in San Jose.",
        # names after a dash set off a noun deeper in the object's phrase, not the object
        "On March 3, Ruritania boycotted a meeting in Vienna of its trading partners - the United States, "
        "Japan, France and Canada - after being excluded from talks.",
    ],
)
def test_wishes_fixtures_venues_and_appositions_make_no_open_relation(nlp: Language, text: str) -> None:
    found = facts(analyse(nlp, text))
    assert not [f for f in found if f[1].startswith("open:")], found


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # a visit between two people outside sport stays
        ("Tom Hale visited Bill Stone in hospital.", ("Tom Hale", "open:visit", "Bill Stone")),
        # a person who visits another in a report on sport pays a call, no fixture
        (
            "Tom Hale visited Bill Stone in hospital. Kestrel Rovers won the league match and the cup tie.",
            ("Tom Hale", "open:visit", "Bill Stone"),
        ),
        # where a side competes is no fixture; a noun that only qualifies a name tells no play of a match
        (
            "The game is the day after Kestrel Rovers play in the Zenith Cup. Kestrel Rovers won 2-1.",
            ("Kestrel Rovers", "open:play in", "Zenith Cup"),
        ),
        (
            "Tom Hale used penalty hero Bill Stone as his kicker on Saturday.",
            ("Tom Hale", "open:use", "Bill Stone"),
        ),
        # a court as partner, not venue
        (
            "Acme Corp filed a suit with the Supreme Court.",
            ("Acme Corp", "open:file suit with", "Supreme Court"),
        ),
        # a name after a dash right after the object is the object
        ("Tom Hale hired a new coach - Brad Gilbert - last week.", ("Tom Hale", "open:hire", "Brad Gilbert")),
    ],
)
def test_visits_courts_and_named_objects_after_a_dash_stay(
    nlp: Language, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in facts(analyse(nlp, text))


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # a count of things keeps them in the phrase ("deliver on" would say another thing)
        (
            "Tom Hale has delivered two major reports on the Kestrel Trust.",
            ("Tom Hale", "open:deliver report on", "Kestrel Trust"),
        ),
        # an amount of money or of a measure is no word of the phrase, however its number is parsed
        ("Acme Corp invested 8 mln dlrs in Zenith Corp.", ("Acme Corp", "open:invest in", "Zenith Corp.")),
        ("Acme Corp bought 200,000 tonnes from Zenith Corp.", ("Acme Corp", "open:buy from", "Zenith Corp.")),
    ],
)
def test_a_count_of_things_stays_in_the_phrase_an_amount_does_not(
    nlp: Language, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in facts(analyse(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        # a name that qualifies a common noun is not the thing the phrase names
        "Tom Hale poised for Kestrel Rovers transfer\n\nTom Hale is poised to join Kestrel Rovers.",
        "Zenith Exchange combines the Paris, Amsterdam and Lisbon stock exchanges.",
        # names joined to a place or an amount are the subjects of clauses whose verb is left out
        "Tom Grant and Bill Stone promoted the plan in Leeds, Anne Grant and Mark Duff in York.",
        "Kestrel Corp rose 25 cents to 3.95 dlrs, Zenith Ltd 17 to 3.20 and Acme Corp 19 to 3.35.",
        "Utah and Texas were down by six, Ohio and Kansas lost four and Iowa and Nevada were down by three.",
        # ready for a deed is not doing it
        "Tom Hale poised for Kestrel Rovers return",
        "Tom Grant eyes Bill Stone for Zenith Lions",
        # a place in a ranking or a sequence is no deed
        "In last year's poll, Blue Kestrel were followed by Tara Lane and Ann Kite in the top five.",
        # a deed still to come or only planned
        "The Kestrel Rugby Union says it has yet to receive a formal bid from the Zenith Rugby Union.",
        # a match between two sides, whatever NER makes of them
        "Kestrel Rovers, who held Zenith Town to a goalless draw in the league match, are in the cup draw.",
        # an agency's unit is no name
        "Tom Grant said Kestrel Corp has made losses of about 100 mln U.S. Dlrs since 1975.",
    ],
)
def test_names_that_are_no_partners_make_no_open_relation(nlp: Language, text: str) -> None:
    found = facts(analyse(nlp, text))
    assert not [f for f in found if f[1].startswith("open:")], found


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # a name of a product before its kind noun, and a time after a name, leave the name the partner
        ("Acme Corp promoted the Kestrel browser in May.", ("Acme Corp", "open:promote", "Kestrel")),
        ("Tom Hale hired Bill Stone yesterday.", ("Tom Hale", "open:hire", "Bill Stone")),
        # an active "follows" can be a deed: an analyst's stock
        (
            "Tom Grant, who follows Kestrel Corp for Zenith Securities, said sales would rise.",
            ("Tom Grant", "open:follow", "Kestrel Corp"),
        ),
        # a list of firms after "at" stays
        (
            "Tom Grant sponsored events at Kestrel Corp and Zenith Ltd last year.",
            ("Tom Grant", "open:sponsor event at", "Zenith Ltd"),
        ),
    ],
)
def test_names_before_nouns_of_time_or_kind_stay_partners(
    nlp: Language, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in facts(analyse(nlp, text))


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        # the second object of a verb of giving receives the thing: the partner of "<verb> <thing> to"
        (
            "Tom Grant has offered Bill Stone some advice on his new job.",
            ("Tom Grant", "open:offer advice to", "Bill Stone"),
        ),
        (
            "The Kestrel Bank has lent Argentina 300 mln dlrs over ten years.",
            ("Kestrel Bank", "open:lend to", "Argentina"),
        ),
        # the place of a death is its partner, its own name or the one that qualifies the noun there
        ("Tom Grant died in Paris on Sunday.", ("Tom Grant", "open:die in", "Paris")),
        ("Anna Berg has died at a London hospice, her family said.", ("Anna Berg", "open:die at", "London")),
        ("Tom Grant died at his London home on Sunday.", ("Tom Grant", "open:die at", "London")),
    ],
)
def test_receivers_of_gifts_and_places_of_death_are_partners(
    nlp: Language, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in facts(analyse(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        # what a cause earns a side is the side's, not a gift of the cause
        "A late header by Tom Grant earned Kestrel Rovers a draw with Zenith Town.",
        # in a report on sport a side given the lead is scored for
        "Tom Grant gave Kestrel Rovers the lead before half-time at Zenith Park in the league match.",
        # a place of another deed is still its circumstance
        "Tom Grant held a party at his Paris home on Sunday.",
    ],
)
def test_causes_goals_and_other_deeds_places_make_no_open_relation(nlp: Language, text: str) -> None:
    found = facts(analyse(nlp, text))
    assert not [f for f in found if f[1].startswith("open:")], found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a name after the comma that closes the verb's prepositional phrase is that phrase's apposition
        (
            "Anna Berg decided against playing in the spring warm-up event, the Kestrel Open.",
            ("Anna Berg", "open:decide", "Kestrel Open"),
        ),
        # an "as" before a common noun names the subject's role; a name joined to it is another holder
        (
            "Acme Corp said Tom Grant had resigned as company president and the firm's chairman, Anna Berg, "
            "would take over his duties.",
            ("Tom Grant", "open:resign as", "Anna Berg"),
        ),
        # a particle word after a noun object is a preposition of the deed, not the phrasal verb
        (
            "Tom Grant is taking action against Zenith Media over its programme Night Watch.",
            ("Tom Grant", "open:take over", "Night Watch"),
        ),
    ],
)
def test_misparsed_shapes_make_no_open_relation(
    nlp: Language, text: str, wrong: tuple[str, str, str]
) -> None:
    assert wrong not in facts(analyse(nlp, text))


def test_a_particle_after_a_noun_object_keeps_the_noun_and_a_phrasal_verb_stays(nlp: Language) -> None:
    taken = facts(
        analyse(nlp, "Tom Grant is taking action against Zenith Media over its programme Night Watch.")
    )
    assert ("Tom Grant", "open:take action over", "Night Watch") in taken
    assert ("Tom Grant", "open:take over", "Edinburgh Festival") in facts(
        analyse(nlp, "Tom Grant took over the Edinburgh Festival.")
    )
