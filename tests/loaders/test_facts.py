"""Fact rules on sentences written for these tests, through the real pipeline (no mocks)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from loaders.facts.context import prep_objects
from tests.loaders.extraction_helpers import analyse, facts

ASSERTED = [
    ("Maria Lopez urged Ukraine to join the talks.", ("Maria Lopez", "urges", "Ukraine")),
    ("Maria Lopez said that Portugal should cut taxes.", ("Maria Lopez", "urges", "Portugal")),
    ("Maria Lopez has called for Portugal to cut taxes.", ("Maria Lopez", "urges", "Portugal")),
    ("Carlos Mendes was killed by Juan Perez in 1990.", ("Juan Perez", "killed", "Carlos Mendes")),
    ("Maria Lopez and Carlos Mendes met in Lisbon on Monday.", ("Maria Lopez", "metWith", "Carlos Mendes")),
    ("Maria Lopez and Carlos Mendes met each other twice.", ("Maria Lopez", "metWith", "Carlos Mendes")),
    (
        "Maria Lopez has been trying to meet Carlos Mendes for weeks.",
        ("Maria Lopez", "seeksTalksWith", "Carlos Mendes"),
    ),
    (
        "Acme Corp said it agreed to begin talks with Zenith Inc on a merger.",
        ("Acme Corp", "seeksTalksWith", "Zenith Inc"),
    ),
    ("Maria Lopez has offered talks with Carlos Mendes.", ("Maria Lopez", "seeksTalksWith", "Carlos Mendes")),
    ("During Carlos Mendes's visit to France, farmers protested.", ("Carlos Mendes", "visited", "France")),
    ("Germany invaded Poland in 1939.", ("Germany", "invaded", "Poland")),
    ("Norway is a member of NATO.", ("Norway", "memberOf", "NATO")),
    ("Canada is one of France's closest allies.", ("Canada", "alliedWith", "France")),
    ("Poland accused Belarus of smuggling migrants.", ("Poland", "accuses", "Belarus")),
    ("Carlos Mendes criticised Maria Lopez on Tuesday.", ("Carlos Mendes", "criticizes", "Maria Lopez")),
    ("Carlos Mendes departed from Madrid on Friday.", ("Carlos Mendes", "departedFrom", "Madrid")),
    ("She was born in Porto, Portugal, in 1970.", ("Porto", "locatedIn", "Portugal")),
    ("Dan Brown, the chairman of Acme Corp, resigned.", ("Dan Brown", "leaderOf", "Acme Corp")),
    ("Spanish Prime Minister Maria Lopez spoke.", ("Maria Lopez", "leaderOf", "Spain")),
    ("Spanish Prime Minister Maria Lopez spoke.", ("Maria Lopez", "holdsPosition", "prime minister")),
    ("Tory shadow chancellor Maria Lopez spoke.", ("Maria Lopez", "memberOf", "Conservative Party")),
    # a rank's own word, no organisation: "Detective" is no employer
    (
        "Detective Inspector Tom Hale of Kestrel Valley Police spoke.",
        ("Tom Hale", "holdsPosition", "detective inspector"),
    ),
]

NOT_ASSERTED = [
    ("Maria Lopez has not met Carlos Mendes since January.", "metWith"),
    ("It would be wise for Spain to talk to Portugal.", "metWith"),
    ("If Carlos Mendes meets Maria Lopez, the strike could end.", "metWith"),
    ("Did Germany invade Poland?", "invaded"),
    ("Maria Lopez plans to visit France next year.", "visited"),
    ("Maria Lopez pushed Carlos Mendes to talk with Juan Perez.", "metWith"),
    ("Speaking to Carlos Mendes at the gala, Maria Lopez said she loved Lisbon.", "metWith"),  # interview
    ("Maria Lopez, Carlos Mendes, Spain and Portugal were named.", "locatedIn"),
    ("Maria Lopez did not call for Portugal to cut taxes.", "urges"),
    ("Maria Lopez pressed for Acme Corp to be sold.", "urges"),  # the firm is sold, not asked
    ("Japan agreed in talks with Portugal to cut tariffs.", "seeksTalksWith"),  # the talks were held
    ("Maria Lopez is favourite to take home the Golden Kestrel award.", "won"),  # a forecast
    # (lane r13f) the parser hangs the infinitive on "is" past a bookmaker: a forecast still
    ("Maria Lopez is second favourite at Kestrel Bets to take the Golden Kestrel award.", "won"),
    ("Anna Berg is tipped to win best actress for Kestrel Jones.", "won"),  # a forecast
    ("Acme Corp is to buy Globex Inc for five million dollars.", "acquired"),  # a plan
    ("Maria Lopez is to visit France next week.", "visited"),  # a plan
    ("Progress was made in talks between banks and Spain, Portugal, and Italy.", "metWith"),  # banks talk
    ("Maria Lopez and Carlos Mendes met union leaders on Monday.", "metWith"),  # whom they met together
    ("Acme Corp said it will form a joint venture with Globex Inc.", "partneredWith"),  # a plan
    ("Acme Corp would establish a partnership with Globex Inc.", "partneredWith"),  # a plan
]


@pytest.mark.parametrize(("text", "triple"), ASSERTED, ids=[t[1][1] + ":" + t[0][:30] for t in ASSERTED])
def test_rule_asserts(nlp: Language, text: str, triple: tuple[str, str, str]) -> None:
    found = facts(analyse(nlp, text))
    assert triple in found, found


@pytest.mark.parametrize(("text", "predicate"), NOT_ASSERTED, ids=[t[0][:40] for t in NOT_ASSERTED])
def test_negated_modal_conditional_and_wanted_statements_are_not_facts(
    nlp: Language, text: str, predicate: str
) -> None:
    found = facts(analyse(nlp, text))
    assert not [f for f in found if f[1] == predicate], found


def test_direct_quote_is_said_by_its_speaker(nlp: Language) -> None:
    analysis = analyse(nlp, 'Maria Lopez said: "We will build the new bridge next year."')
    [says] = [f for f in analysis.facts if f.predicate == "says" and f.extractor.endswith(":quote")]
    assert says.subject == "Person/Maria Lopez"
    assert says.object == "Quote/We will build the new bridge next year."
    assert analysis.text[slice(*says.object_span)] == "We will build the new bridge next year."


def test_spans_point_at_subject_cue_object_and_sentence(nlp: Language) -> None:
    text = "Rain fell all day. Poland accused Belarus of smuggling migrants."
    analysis = analyse(nlp, text)
    [fact] = [f for f in analysis.facts if f.predicate == "accuses"]
    assert text[slice(*fact.subject_span)] == "Poland"
    assert text[slice(*fact.cue_span)] == "accused"
    assert text[slice(*fact.object_span)] == "Belarus"
    assert text[slice(*fact.sentence_span)] == "Poland accused Belarus of smuggling migrants."
    assert fact.extractor == "kg_facts_v2:accuses:accuse" and 0 < fact.confidence <= 1


def test_implicit_invasion_victim_comes_from_context(nlp: Language) -> None:
    text = "Talks about Georgia stalled in May. Since then Russia launched its invasion."
    assert ("Russia", "invaded", "Georgia") not in facts(analyse(nlp, text))  # Georgia is no known country
    text = "Talks about Ukraine stalled in May. Since then Russia launched its invasion."
    assert ("Russia", "invaded", "Ukraine") in facts(analyse(nlp, text))


STRUCTURAL = [
    ("Chelsea team-mate Frank Lampard praised him.", ("Frank Lampard", "playsFor", "Chelsea")),
    ("It was said to Henry's Arsenal club-mate Jose Reyes.", ("Henry", "playsFor", "Arsenal")),
    ("Germany coach Jurgen Klinsmann has warned his goalkeeper.", ("Jurgen Klinsmann", "coaches", "Germany")),
    ("Bristol City manager Tom Hale will not sell his striker.", ("Tom Hale", "coaches", "Bristol City")),
    ("Leeds boss Tom Hale praised his players after the win.", ("Tom Hale", "coaches", "Leeds")),
    # in a report on sport, a club NER missed before "manager", and a country's manager
    (
        "The league match ended 2-0 and Kestrel manager Tom Hale praised the referee.",
        ("Tom Hale", "coaches", "Kestrel"),
    ),
    (
        "The league match ended 2-0. Kestrel manager Tom Hale praised the referee at Kestrel.",
        ("Tom Hale", "coaches", "Kestrel"),
    ),
    (
        "The league match ended 2-0 and England manager Tom Hale praised the referee.",
        ("Tom Hale", "coaches", "England"),
    ),
    # a town the gazetteer knows before a club's role, in a report on sport
    (
        "The league match ended 2-0. Liverpool boss Tom Hale praised the referee.",
        ("Tom Hale", "coaches", "Liverpool"),
    ),
    ("The league match ended 2-0. It pleased Leeds striker Tom Hale.", ("Tom Hale", "playsFor", "Leeds")),
    # hyphenated positions, which the tokenizer splits in three
    ("Wales scrum-half Tom Hale hailed the win.", ("Tom Hale", "playsFor", "Wales")),
    ("Scotland fly-half Tom Hale hailed the win.", ("Tom Hale", "holdsPosition", "fly-half")),
    ("Norway's Erik Hansen won the race in Boston.", ("Erik Hansen", "citizenOf", "Norway")),
    ("The race went to Kenya's Paul Kamau and Spain's Juan Perez.", ("Juan Perez", "citizenOf", "Spain")),
    ("Microsoft's browser Internet Explorer has a rival.", ("Microsoft", "makes", "Internet Explorer")),
    ("The BBC's sitcom Little Britain won again.", ("BBC", "created", "Little Britain")),
    ("Elvis' single Jailhouse Rock became number one.", ("Elvis", "created", "Jailhouse Rock")),
    (
        "Foreign Minister Prince Saud Al-Faisal has spoken.",
        ("Saud Al-Faisal", "holdsPosition", "foreign minister"),
    ),
    ("IBM said newly appointed chairman John Akers spoke.", ("John Akers", "holdsPosition", "chairman")),
    (
        '"Rates will hold," said Robert Brusca of Nikko Securities Co.',
        ("Robert Brusca", "worksFor", "Nikko Securities Co."),
    ),
    (
        "Tim Osborne, managing director of Menatep Group, spoke.",
        ("Tim Osborne", "leaderOf", "Menatep Group"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), STRUCTURAL, ids=[t[1][1] + ":" + t[0][:30] for t in STRUCTURAL])
def test_titles_and_possessives_tie_people_and_makers(
    nlp: Language, text: str, triple: tuple[str, str, str]
) -> None:
    found = facts(analyse(nlp, text))
    assert triple in found, f"{text!r} gave {found}"


def test_a_seconds_post_is_held_at_the_organisation_without_leading_it(nlp: Language) -> None:
    found = facts(analyse(nlp, "Toyota deputy chairman Dan Dean agreed."))
    assert ("Dan Dean", "worksFor", "Toyota") in found, found
    assert not [f for f in found if f[1] == "leaderOf"], found
    found = facts(analyse(nlp, "Former Toyota chairman Dan Dean agreed."))
    assert not [f for f in found if f[1] in ("worksFor", "leaderOf")], found


def test_a_persons_spokesman_keeps_the_person(nlp: Language) -> None:
    analysis = analyse(nlp, "Blair's spokesman Tom Wick said so.")
    assert ("Blair", "Person") in {(m.text, m.label) for m in analysis.mentions}, analysis.mentions


def test_a_party_post_beside_two_organisations_ties_neither(nlp: Language) -> None:
    found = facts(analyse(nlp, "Microsoft and the BNP said party leader Nick Grant was wrong."))
    assert not [f for f in found if f[1] in ("leaderOf", "worksFor", "memberOf")], found


def test_a_post_and_its_band_as_the_subject_stand_for_the_one_person_named_before(nlp: Language) -> None:
    text = 'Ozzy Osbourne said it was over. "I did not like it," the Black Sabbath singer told reporters.'
    found = facts(analyse(nlp, text))
    assert ("Ozzy Osbourne", "memberOf", "Black Sabbath") in found, found
    assert ("Ozzy Osbourne", "holdsPosition", "singer") in found, found


def test_a_described_post_as_an_object_or_beside_two_people_stands_for_nobody(nlp: Language) -> None:
    for text in (
        "Tom Wick went to Prague. He travelled with the Japanese prime minister as an envoy.",
        "Tom Wick met Ann Lowe. Later the Acme Corp chairman said he was pleased.",
    ):
        found = facts(analyse(nlp, text))
        assert not [f for f in found if f[1] in ("holdsPosition", "leaderOf")], (text, found)


def test_a_determiner_opening_a_sentence_is_no_organisation(nlp: Language) -> None:
    text = 'He said: "The plan is bad." The MMF\'s general secretary Tom Wick said it was true.'
    found = facts(analyse(nlp, text))
    assert ("Tom Wick", "worksFor", "MMF") in found, found
    assert not [f for f in found if f[1] == "worksFor" and f[2] == "The"], found


def test_a_participle_opening_a_sentence_before_a_title_is_no_organisation(nlp: Language) -> None:
    found = facts(analyse(nlp, "Sacked MP Tom Fallow has been told he cannot stand again."))
    assert ("Tom Fallow", "holdsPosition", "mp") in found, found
    assert not [f for f in found if f[2] == "Sacked"], found
    found = facts(analyse(nlp, "United manager Tom Fallow said so. He has managed United since 2001."))
    assert [f for f in found if f[0] == "Tom Fallow" and f[2] == "United"], found


def test_a_party_left_ties_nothing_and_its_word_is_no_part_of_the_name(nlp: Language) -> None:
    analysis = analyse(nlp, "Former Tory Jane Okafor spoke. But ex-Conservative Tom Fallow asked why.")
    assert not [f for f in facts(analysis) if f[1] == "memberOf"], facts(analysis)
    assert "Jane Okafor" in {m.text for m in analysis.mentions}


def test_a_nationality_is_not_a_side_and_an_actor_is_not_a_films_maker(nlp: Language) -> None:
    found = facts(analyse(nlp, "Dutch coach Guus Hiddink has warned his goalkeeper."))
    assert not [f for f in found if f[1] == "coaches"], found
    assert ("Guus Hiddink", "citizenOf", "Netherlands") in found
    found = facts(analyse(nlp, "Chelsea's Frank Lampard has warned his team-mates."))
    assert not [f for f in found if f[0] == "Frank Lampard" and f[1] in ("citizenOf", "playsFor")], found
    found = facts(analyse(nlp, "Acme Corp boss Tom Hale praised his staff."))
    assert ("Tom Hale", "leaderOf", "Acme Corp") in found and not [f for f in found if f[1] == "coaches"], (
        found
    )
    found = facts(analyse(nlp, "The league match ended 2-0 and Fifa boss Tom Hale praised the referee."))
    assert not [f for f in found if f[1] == "coaches"], found  # a body's boss, not a club's
    found = facts(analyse(nlp, "Acme said its Liverpool manager Tom Hale saw profits rise."))
    assert not [f for f in found if f[1] == "coaches"], found  # no sport: the town of a firm's office
    found = facts(analyse(nlp, "Acme said its UK manager Tom Hale saw profits rise."))
    assert not [f for f in found if f[1] == "coaches"], found  # no sport: a firm's manager for a country
    found = facts(analyse(nlp, "Foxx's movie Ray took best sound."))
    assert not [f for f in found if f[1] == "created"], found


_HORNETS = (
    "Hornets scrum-half Tom Dane scored twice in the match. Later the coach praised Hornets for their effort."
)
_WANDERERS = "Wanderers boss Tom Vane said the side was tired. The win took Wanderers top of the league."

TITLES = [
    (
        "Last year, Crown Prince Faisal, the ruler, told ministries to act.",
        ("Faisal", "holdsPosition", "crown prince"),
    ),
    (
        "Gene Moss, aide to House Majority leader Tom Farley, predicted cuts.",
        ("Tom Farley", "holdsPosition", "majority leader"),
    ),
    (
        "Gene Moss, aide to House Majority leader Tom Farley, predicted cuts.",
        ("Tom Farley", "leaderOf", "House"),
    ),
    ("The plan was praised by Ofsted chief, David Brown, on Monday.", ("David Brown", "leaderOf", "Ofsted")),
    (
        "The plan was praised by Ofsted chief, David Brown, on Monday.",
        ("David Brown", "holdsPosition", "chief"),
    ),
    (
        "Former Cabinet minister Clare Jones criticised the plan.",
        ("Clare Jones", "holdsPosition", "former cabinet minister"),
    ),
    (
        "The talks will go on, Tory co-chairman Liam Fowler said.",
        ("Liam Fowler", "holdsPosition", "co-chairman"),
    ),
    ("Rovers made an offer for 21-year-old defender Tom Hale.", ("Tom Hale", "holdsPosition", "defender")),
    ("Rep. Charles Brown said so.", ("Charles Brown", "holdsPosition", "rep.")),
    ("Reps. Glenn Smith and Dan Jones said so.", ("Dan Jones", "holdsPosition", "rep.")),
    ("It is a leap, said Chris Smith, UK Online general manager.", ("Chris Smith", "worksFor", "UK Online")),
    (
        "Agencies said that Spain's trade minister Mr Ortiz and Russian energy minister Viktor Kristov would"
        " discuss the future of the plant on Tuesday.",
        ("Viktor Kristov", "citizenOf", "Russia"),
    ),
    # a title's own words, even where the tagger or the parse leaves them out
    ("Kestrel managing director Jane Okafor said so.", ("Jane Okafor", "holdsPosition", "managing director")),
    ("Trade and industry minister Al Sato left", ("Al Sato", "holdsPosition", "trade and industry minister")),
    ("Acme Corp chief of staff Dan Brown said no.", ("Dan Brown", "holdsPosition", "chief of staff")),
    ("Acme Corp chief of staff Dan Brown said no.", ("Dan Brown", "worksFor", "Acme Corp")),
    ("Senate Speaker Dan Brown agreed.", ("Dan Brown", "leaderOf", "Senate")),
    ("Iranian parliamentary speaker Ali Karimi spoke.", ("Ali Karimi", "citizenOf", "Iran")),
    # a party's word before or inside a title: its member, or with a leader's title its leader
    ("Tory peer Lord Smith agreed with him.", ("Smith", "holdsPosition", "peer")),
    ("Tory peer Lord Smith agreed with him.", ("Smith", "memberOf", "Conservative Party")),
    ("Senior Conservative MP Sir John Major warned them.", ("John Major", "memberOf", "Conservative Party")),
    ("Lib Dem MP Jane Smith said so.", ("Jane Smith", "memberOf", "Liberal Democrats")),
    ("Tory co-chairman John Smith said so.", ("John Smith", "leaderOf", "Conservative Party")),
    ("John Smith, the Labour leader, said so.", ("John Smith", "leaderOf", "Labour Party")),
    ("It could bar Labour's Mr Smith from office.", ("Smith", "memberOf", "Labour Party")),
    ("Tom Derwin, a Republican from Chicago, said so.", ("Tom Derwin", "memberOf", "Republican Party")),
    (  # "Democrat" of another party's name is not the US Democratic Party's word, and the party's name no
        # word of the post (annotation guide: the title without the organisation; issue 14 named the longer
        # label a damaged title)
        "The former Social Democrat chancellor Helmut Schmidt spoke.",
        ("Helmut Schmidt", "holdsPosition", "former chancellor"),
    ),
    (
        "Baker met Senator Pat Doyle of Ohio, the senior Democrat on the Senate Budget Committee.",
        ("Pat Doyle", "memberOf", "Senate Budget Committee"),
    ),
    (
        "It was praised by Labour leader Tom Blake and Liberal Democrat leader Carl Kent.",
        ("Carl Kent", "leaderOf", "Liberal Democrats"),
    ),
    (
        "But the chairman of Netcraft, Sir Alan Grey, said it was wrong.",
        ("Alan Grey", "holdsPosition", "chairman"),
    ),
    # an appositive title's own unit, and the organisation it is held at
    (
        "Jane Hill, head of new media at Capital Radio, said so.",
        ("Jane Hill", "holdsPosition", "head of new media"),
    ),
    ("Sally Brown, partner at Ernst Young, said profits fell.", ("Sally Brown", "worksFor", "Ernst Young")),
    ("Sally Brown, partner at Ernst Young, said profits fell.", ("Sally Brown", "holdsPosition", "partner")),
    (
        "Dr Tom Reed, director of Siemens's photonics lab, said it worked.",
        ("Tom Reed", "worksFor", "Siemens"),
    ),
    ("Tom Reed, president of Netcraft, said so.", ("Tom Reed", "leaderOf", "Netcraft")),
    ('"We are encouraged," Ann Cole, OFHEO director said.', ("Ann Cole", "worksFor", "OFHEO")),
    ("It was hard, said Oasis guitarist Noel Smith.", ("Noel Smith", "memberOf", "Oasis")),
    # a name NER took for a person where a post is held at or of it is the employer
    (
        "It is cheap, said Tom Wick, telecoms analyst at Hartley Brandt.",
        ("Tom Wick", "worksFor", "Hartley Brandt"),
    ),
    (
        "Ann Lowe, assistant chief constable of Dorset Police, said so.",
        ("Ann Lowe", "worksFor", "Dorset Police"),
    ),
    # whose chief executive or chairman someone is, is an organisation, whatever NER said
    ("It is important, said Acme's chief executive Tom Wick.", ("Tom Wick", "leaderOf", "Acme")),
    (
        "We are expanding, said John Smith, Acme's chairman, when the deal was announced.",
        ("John Smith", "leaderOf", "Acme"),
    ),
    # a party the gazetteer does not know, by the post it gives; a union's or a party's people are members
    ("Mebyon Kernow councillor Jago Trevail said so.", ("Jago Trevail", "memberOf", "Mebyon Kernow")),
    ("Ray Hunt from the Musicians' Union said so.", ("Ray Hunt", "memberOf", "Musicians' Union")),
    # a post without the words of a member's standing or the party's own word; a firm's grade stays
    ("Veteran Tory MP Tom Tailor said so.", ("Tom Tailor", "holdsPosition", "mp")),
    ("Senior Labour backbencher Tom Oakes said so.", ("Tom Oakes", "holdsPosition", "backbencher")),
    ("It showed party leader Nick Grant.", ("Nick Grant", "holdsPosition", "leader")),
    ("Senior economist Tom Wick said so.", ("Tom Wick", "holdsPosition", "senior economist")),
    (
        "It grew. Festival director Tom Wick said the festival was good.",
        ("Tom Wick", "holdsPosition", "director"),
    ),
    # a party's word NER took for a person is the party; 'Lord' before a post's noun is the post's
    ("Lib Dem spokesman Tom Brake said so.", ("Tom Brake", "memberOf", "Liberal Democrats")),
    ("It was upheld by Lord Justice May.", ("May", "holdsPosition", "lord justice")),
    ("Lord Chancellor Lord Falconer said so.", ("Falconer", "holdsPosition", "lord chancellor")),
    ("Home Secretary Tom Wick said the matter was closed.", ("Tom Wick", "holdsPosition", "home secretary")),
    (
        "Last week Ann Lee and First Minister Tom Wick met them.",
        ("Tom Wick", "holdsPosition", "first minister"),
    ),
    # a comma joins domains in a list that ends in "and"; before a title it can end the clause
    (
        "It will improve Kestria's health, Prime Minister Tom Wick said.",
        ("Tom Wick", "holdsPosition", "prime minister"),
    ),
    (
        "Culture, media and sport secretary Ann Lee said so.",
        ("Ann Lee", "holdsPosition", "culture, media and sport secretary"),
    ),
    # a rugby wing is a player's position; a right-wing party or a military wing is none
    ("Tom Hale passed to Kestrel Rovers wing Tom Wick.", ("Tom Wick", "playsFor", "Kestrel Rovers")),
    # a date, an age or a verb before the title is none of its words
    ("And on 26 November singer Tom Wick quit the show.", ("Tom Wick", "holdsPosition", "singer")),
    ("In 2003 singer Tom Wick quit the band.", ("Tom Wick", "holdsPosition", "singer")),
    ("One has to credit Kestria flanker Tom Wick for that.", ("Tom Wick", "holdsPosition", "flanker")),
    ("Kestria's 18-year-old centre Tom Wick is in the squad.", ("Tom Wick", "holdsPosition", "centre")),
    ("UK Chancellor of the Exchequer Tom Wick said so.", ("Tom Wick", "citizenOf", "United Kingdom")),
    # 'party' before a post: the one organisation its sentence names is the party
    ("The BNP website shows party leader Nick Grant.", ("Nick Grant", "leaderOf", "BNP")),
    # occupations are posts, without the words that praise their holder
    ("BBC presenter Jane Hill said so.", ("Jane Hill", "worksFor", "BBC")),
    ("Tom Wick is a regular commentator on the radio.", ("Tom Wick", "holdsPosition", "commentator")),
    ("It features chart-topping singer Tom Wick.", ("Tom Wick", "holdsPosition", "singer")),
    ("Award-winning journalist Jane Hill said so.", ("Jane Hill", "holdsPosition", "journalist")),
    ("The side lost after star winger Tom Wick was hurt.", ("Tom Wick", "holdsPosition", "winger")),
    ("Under-fire coach Tom Wick has made two changes.", ("Tom Wick", "holdsPosition", "coach")),
    # a post a relative clause gives
    (
        "Tom Reed, who was appointed chairman of Acme Corp in 2003, said so.",
        ("Tom Reed", "holdsPosition", "chairman"),
    ),
    # a party's word before an untitled name, inside NER's name or not
    ("Tory Dan Heathcote-Ames said so.", ("Dan Heathcote-Ames", "memberOf", "Conservative Party")),
    ("It rose. Conservative Tom Fallow asked why.", ("Tom Fallow", "memberOf", "Conservative Party")),
    ("Lib Dem Jane Okafor spoke.", ("Jane Okafor", "memberOf", "Liberal Democrats")),
    (
        "It is wise, said Henri Joss, chief of FAO's Global Information and Early Warning System.",
        ("Henri Joss", "worksFor", "FAO"),
    ),
    ("Sweden's Anna Berg, the Olympic champion, won again.", ("Anna Berg", "citizenOf", "Sweden")),
    ("The prize went to another Ethiopian, Ann Dibaba, in Rome.", ("Ann Dibaba", "citizenOf", "Ethiopia")),
    # a club opening a sentence is a name when the article writes it mid-sentence too
    (_HORNETS, ("Tom Dane", "holdsPosition", "scrum-half")),
    (_HORNETS, ("Tom Dane", "playsFor", "Hornets")),
    (_WANDERERS, ("Tom Vane", "holdsPosition", "boss")),
    # titles opening a sentence stay whole, also where the article capitalises them mid-sentence
    (
        "Prime Minister Tom Blake said so. He later met Prime Minister Ann Howe.",
        ("Tom Blake", "holdsPosition", "prime minister"),
    ),
    (
        "Chief executive Tom Reid said so. Chief Executive Ann Lee agreed.",
        ("Tom Reid", "holdsPosition", "chief executive"),
    ),
    (
        "Foreign Secretary Ann Stray said so. The Foreign Office agreed.",
        ("Ann Stray", "holdsPosition", "foreign secretary"),
    ),
    (
        "Managing director Ann Lee quit. Managing Director Tom Hale stayed.",
        ("Ann Lee", "holdsPosition", "managing director"),
    ),
]


NOT_TITLES = [
    # a domain word before a title is the title's, no organisation to work for
    ("Home Secretary Tom Wick said the matter was closed.", ("Tom Wick", "worksFor", "Home")),
    ("Last week Ann Lee and First Minister Tom Wick met them.", ("Tom Wick", "worksFor", "First")),
    (
        "The attack was claimed by the military wing Tom Wick of the Kestrel Front.",
        ("Tom Wick", "playsFor", "Kestrel Front"),
    ),
    (
        "And on 26 November singer Tom Wick quit the show.",
        ("Tom Wick", "holdsPosition", "26 november singer"),
    ),
    ("In 2003 singer Tom Wick quit the band.", ("Tom Wick", "holdsPosition", "2003 singer")),
    ("One has to credit Kestria flanker Tom Wick for that.", ("Tom Wick", "holdsPosition", "credit flanker")),
    ("Kestria's 18-year-old centre Tom Wick is in the squad.", ("Tom Wick", "holdsPosition", "old centre")),
    # a plural title before a name and a firm: the name is the consultants', no person's
    (
        "The survey, done independently by consultants Tarrant Allen Hamilton and HI Europe, "
        "put Kestria first.",
        ("Tarrant Allen Hamilton", "holdsPosition", "consultant"),
    ),
    # a title with its own unnamed 'of' phrase leads that unit, not the country beside it
    ("UK Chancellor of the Exchequer Tom Wick said so.", ("Tom Wick", "leaderOf", "United Kingdom")),
    ("Tom Sigel was previously president of Acme Corp.", ("Tom Sigel", "leaderOf", "Acme Corp.")),
    ("Acme Corp chief of staff Dan Brown said no.", ("Dan Brown", "leaderOf", "Acme Corp")),
    (
        "At the awards Rufus Morris was named best director.",
        ("Rufus Morris", "holdsPosition", "best director"),
    ),
    ("The rest was bought by market leader Diageo.", ("Diageo", "holdsPosition", "market leader")),
    ("His partner Jane Smith said so.", ("Jane Smith", "holdsPosition", "partner")),
    (
        "Tom Reed, a research director at analyst Forrester, said sales fell.",
        ("Forrester", "holdsPosition", "analyst"),
    ),
    ("Jane Hill, head of new media at Capital Radio, said so.", ("Jane Hill", "holdsPosition", "head")),
    (
        "Tim Rowe, the head of Acme Music until last year, told the BBC it was hard.",
        ("Tim Rowe", "leaderOf", "Acme Music"),
    ),
    ("Republican Guard commander Ali Hassan spoke.", ("Ali Hassan", "memberOf", "Republican Party")),
    ("Tory co-chairman John Smith said so.", ("John Smith", "worksFor", "Conservative Party")),
    (
        "It is a leap, said Chris Smith, UK Online general manager.",
        ("Chris Smith", "citizenOf", "United Kingdom"),
    ),
    (
        "India produces oil, according to oil industry analysts Douglas-Westwood.",
        ("Douglas-Westwood", "holdsPosition", "oil industry analyst"),
    ),
    ("Last year, Crown Prince Faisal, the ruler, told ministries to act.", ("Faisal", "worksFor", "Crown")),
    (_HORNETS, ("Tom Dane", "holdsPosition", "hornets scrum-half")),
    (_WANDERERS, ("Tom Vane", "holdsPosition", "wanderers boss")),
    (
        "He spoke to reporters after talks with Norway's ambassador to Rome who arrived last night from a"
        " meeting with Italian Prime Minister Mario Conti.",
        ("Norway", "metWith", "Mario Conti"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), NOT_TITLES, ids=[t[1][1] + ":" + t[0][:30] for t in NOT_TITLES])
def test_words_beside_a_title_that_name_no_post_or_tie(
    nlp: Language, text: str, triple: tuple[str, str, str]
) -> None:
    found = facts(analyse(nlp, text))
    assert triple not in found, f"{text!r} gave {found}"
    assert not [f for f in found if f[1] == "holdsPosition" and f[2] == "prince"], found


PREDICATIVE = [
    ("Tom Irving is the current secretary.", ("Tom Irving", "holdsPosition", "secretary")),
    ("John Smith is chairman of Acme Corp.", ("John Smith", "leaderOf", "Acme Corp.")),
    ("Mary Brown, who is chief executive of Acme Corp, said so.", ("Mary Brown", "leaderOf", "Acme Corp")),
    (
        "John Smith is director of telecoms research at Acme Corp.",
        ("John Smith", "holdsPosition", "director of telecoms research"),
    ),
    # a post left ("resigned as trade secretary") is no post held: tests/loaders/test_judged931.py
    ("Ms Shore served as trade secretary after the war.", ("Shore", "holdsPosition", "trade secretary")),
    ("The board named John Smith as chairman.", ("John Smith", "holdsPosition", "chairman")),
    ("Cronin has been a director of the company since 1983.", ("Cronin", "holdsPosition", "director")),
    ("Rep. Glenn Ellis (D-Okla.) said so.", ("Glenn Ellis", "memberOf", "Democratic Party")),
    ("Tom Baird, R-Kan., said so.", ("Tom Baird", "memberOf", "Republican Party")),
    ("John Smith was named president of Acme Corp.", ("John Smith", "holdsPosition", "president")),
    ("Acme Corp said its chairman John Smith will retire.", ("John Smith", "leaderOf", "Acme Corp")),
    (
        "A group led by New York investor Asher Edwards said it sold.",
        ("Asher Edwards", "livesIn", "New York"),
    ),
    ("Acme Corp said John Smith, its chairman, will retire.", ("John Smith", "leaderOf", "Acme Corp")),
    (
        "Ann Smith has been the national clinical director for children in the Department of Health.",
        ("Ann Smith", "holdsPosition", "national clinical director for children"),
    ),
    (
        "Ann Smith has been the national clinical director for children in the Department of Health.",
        ("Ann Smith", "worksFor", "Department of Health"),
    ),
    ("Ann Jones is a Labour MP.", ("Ann Jones", "memberOf", "Labour Party")),
    ("Ann Jones was a lecturer at Oxford University.", ("Ann Jones", "worksFor", "Oxford University")),
]


@pytest.mark.parametrize(
    ("text", "triple"), TITLES + PREDICATIVE, ids=[t[1][2] + ":" + t[0][:30] for t in TITLES + PREDICATIVE]
)
def test_titles_keep_their_own_words_and_clauses_give_posts(
    nlp: Language, text: str, triple: tuple[str, str, str]
) -> None:
    found = facts(analyse(nlp, text))
    assert triple in found, f"{text!r} gave {found}"


@pytest.mark.parametrize(
    "text", ["John Smith is not chairman of Acme Corp.", "John Smith may become chairman of Acme Corp."]
)
def test_a_denied_or_hedged_post_is_no_fact(nlp: Language, text: str) -> None:
    found = facts(analyse(nlp, text))
    assert not [f for f in found if f[1] in ("holdsPosition", "leaderOf")], found


def test_its_before_a_title_is_the_clause_subjects_not_the_nearest_names(nlp: Language) -> None:
    text = "Acme Corp told the Securities and Exchange Commission that its chairman, John Smith, is leaving."
    found = facts(analyse(nlp, text))
    assert ("John Smith", "leaderOf", "Securities and Exchange Commission") not in found, found
    assert ("John Smith", "leaderOf", "Acme Corp") in found, found


def test_a_name_after_a_conjunction_takes_nothing_from_earlier_sentences(nlp: Language) -> None:
    text = (
        "Boston investor Tom Reed sold shares. Reed said he and fellow investor Carl Pahl continue to hold"
        " a stake in Acme Corp."
    )
    found = facts(analyse(nlp, text))
    assert ("Tom Reed", "livesIn", "Boston") in found, found
    assert ("Carl Pahl", "livesIn", "Boston") not in found, found


def test_a_speaker_of_a_country_leads_nothing(nlp: Language) -> None:
    found = facts(analyse(nlp, "Iranian parliamentary speaker Ali Karimi spoke."))
    assert not [f for f in found if f[1] == "leaderOf"], found


def test_house_alone_is_not_the_white_house(nlp: Language) -> None:
    text = "House Speaker Dan Brown's plan was a nonstarter with the White House."
    found = facts(analyse(nlp, text))
    assert ("Dan Brown", "leaderOf", "House") in found, found


NATIONALITY_AND_HOME = [
    ("US playwright Eve Mann said the show would go on.", ("Eve Mann", "citizenOf", "United States")),
    ("US jazz pianist Tom Hall played on.", ("Tom Hall", "citizenOf", "United States")),
    ("Tom Vries, a Netherlands businessman, bought the firm.", ("Tom Vries", "citizenOf", "Netherlands")),
    ("Jude Lane, a British actor, said so.", ("Jude Lane", "citizenOf", "United Kingdom")),
    ("Guy Stone, the New York attorney for the firm, said so.", ("Guy Stone", "livesIn", "New York")),
    ("Dan Bass, a West Palm Beach, Fla., lawyer, said no.", ("Dan Bass", "livesIn", "West Palm Beach")),
    ('"We will wait," said Ann Hall of Miami.', ("Ann Hall", "livesIn", "Miami")),
]


@pytest.mark.parametrize(
    ("text", "triple"), NATIONALITY_AND_HOME, ids=[t[0][:30] for t in NATIONALITY_AND_HOME]
)
def test_a_countrys_occupation_and_a_home_places_apposition_say_nationality_and_home(
    nlp: Language, text: str, triple: tuple[str, str, str]
) -> None:
    found = facts(analyse(nlp, text))
    assert triple in found, f"{text!r} gave {found}"


NO_HOME = [
    '"Rates will hold," said Joe Lear of S.G. Warburg and Co Inc.',
    '"It flows well," Carol Barr of Phillips and Drew told Reuters.',
    '"It is a step," said analyst Will Mark of Donaldson, Lufkin, Jenrette Inc.',
    '"It is large," said Einar Bolt from Unosat, the UN satellite mapping organisation that is part of it.',
    "He became Lord Callaghan of Cardiff in 1987.",
    "She is known as the ``Slum Angel of Bangkok.''",
    "The line was set up by Writers Guild of America members.",
    "Broad Corp acquired the activities of Vogt and Conant Co of Cleveland.",
    "Iraq hostage Ken Bell was freed.",
    "China expert John Smith said so.",
]


@pytest.mark.parametrize("text", NO_HOME, ids=[t[:30] for t in NO_HOME])
def test_a_cut_firm_an_epithet_a_peer_a_body_or_a_place_of_events_is_no_home_or_nationality(
    nlp: Language, text: str
) -> None:
    found = facts(analyse(nlp, text))
    assert not [f for f in found if f[1] in ("livesIn", "citizenOf")], found


# A country beside the employer in a title is the arm or market the post covers; a country ending a name the
# entity layer missed belongs to that name. Neither says the holder's nationality nor a country led.
SCOPED_POSTS = [
    ("Tom Hale, US chief economist at Acme Corp, said sales rose.", ("Tom Hale", "worksFor", "Acme Corp")),
    ("Jane Doe, Japan managing director of Acme Corp, said so.", ("Jane Doe", "worksFor", "Acme Corp")),
    ("KTV Scotland's political correspondent Tom Hale said no complaint was made.", None),
]


@pytest.mark.parametrize(("text", "kept"), SCOPED_POSTS, ids=[t[0][:30] for t in SCOPED_POSTS])
def test_a_country_scoping_a_post_is_no_nationality(
    nlp: Language, text: str, kept: tuple[str, str, str] | None
) -> None:
    found = facts(analyse(nlp, text))
    assert not [f for f in found if f[1] in ("citizenOf", "leaderOf")], found
    assert kept is None or kept in found, found
    minister = facts(analyse(nlp, "US Treasury Secretary Tom Hale spoke."))
    assert ("Tom Hale", "citizenOf", "United States") in minister, minister


def test_a_name_in_a_list_of_names_is_no_post(nlp: Language) -> None:
    text = "The track beat songs by Tom Hale, Queen, Kate Bush and Joy Division in a vote."
    assert not [f for f in facts(analyse(nlp, text)) if f[1] == "holdsPosition"]
    kept = facts(analyse(nlp, "Tom Hale, president, and Jane Doe, treasurer, said so."))
    assert ("Jane Doe", "holdsPosition", "treasurer") in kept, kept


def test_a_singular_relative_clause_after_a_coordination_speaks_of_its_last_item(nlp: Language) -> None:
    text = "Kestrel won two prizes, as did Tom Hale and Anna Berg, who was voted best newcomer by viewers."
    found = facts(analyse(nlp, text))
    assert ("Anna Berg", "won", "best newcomer") in found, found
    assert ("Tom Hale", "won", "best newcomer") not in found, found
    # a verb of the third person singular agrees with the last item only; a plural one may speak of them all
    owner = facts(analyse(nlp, "The firm has two arms: Acme Corp and Zenith Inc, which owns Orbit Ltd."))
    assert ("Orbit Ltd.", "ownedBy", "Zenith Inc") in owner, owner
    assert ("Orbit Ltd.", "ownedBy", "Acme Corp") not in owner, owner


def test_a_post_left_written_ex_with_a_capital_ties_no_body(nlp: Language) -> None:
    """ "Ex-Home Secretary X": NER takes "Ex-Home" for a name; the word says the post was left."""
    found = facts(analyse(nlp, "Ex-Transport Secretary Tom Wick has given fresh clues."))
    assert not [f for f in found if f[1] in ("worksFor", "leaderOf", "memberOf")], found


def test_prep_objects_reach_a_repeated_preposition_only_when_asked() -> None:
    # "criticism from Acme and from Zenith": the parser hangs the second "from" on the first as a conjunct.
    words = ["criticism", "from", "Acme", "and", "from", "Zenith"]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[0, 0, 1, 1, 1, 4],
        deps=["ROOT", "prep", "pobj", "cc", "conj", "pobj"],
    )
    assert [t.text for t in prep_objects(doc[0], "from")] == ["Acme"]
    assert [t.text for t in prep_objects(doc[0], "from", repeated=True)] == ["Acme", "Zenith"]
    assert prep_objects(doc[0], "with", repeated=True) == []


def test_an_unnamed_body_a_coach_or_player_holds_a_title_of_is_a_side(nlp: Language) -> None:
    text = "The league match ended 2-0. Middlesbrough boss Tom Hale praised his side."
    objects = {f.object for f in analyse(nlp, text).facts if f.predicate in ("coaches", "playsFor")}
    assert objects and all(o.split("/", 1)[0].endswith("Team") for o in objects), objects
    text = "Middlesbrough boss Tom Hale said profits rose."
    objects = {f.object for f in analyse(nlp, text).facts if "Middlesbrough" in f.object}
    assert not [o for o in objects if o.split("/", 1)[0].endswith("Team")], objects  # no sport: a firm's
