"""Wrong facts of the fresh dev sets and of outside articles (round 12, r12c): a club's boss coaches it, a
national side in a report on team sport is played for, a title's coordinated domains stay in it. Sentences
written for these tests, run through the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from loaders.entities.records import doc_facts, doc_mentions
from loaders.facts import sport
from loaders.facts.context import FactContext
from tests.loaders.extraction_helpers import analyse, facts

_CLUB = (
    "Hale Rovers beat Vane Town 2-0 in the league match on Saturday. Hale Rovers boss Tom Hale said his"
    " players were tired after the game."
)
_RUGBY = "Ireland's Tom Hale will lead the side, with uncapped flanker Jim Vane on the bench."
_TENNIS = "France's Ann Roe routed Jane Vane 6-1 6-0 and the tournament debutant said she loved it here."
_REGIONAL = (
    "Ann Roe, the European boss of Acme Corp, said no. Paul Jones, Asia president of Acme Corp, agreed."
)
_EVENTS = (
    "He will chair a meeting of the Commission for Africa in Cape Town. Victory for the Azzurri in Rome saw"
    " Scotland lose. Tom Hale, an analyst at Drexel Burnham Lambert Inc. in New York, said so."
)
_BANK = (
    "Hong Kong's Wing Lung Bank said its profits rose 20 percent. Wing Lung Bank chairman Tom Hale said the"
    " bank would pay a dividend. Wing Jim Vane scored a try for the team."
)
_CHANCELLORS = "UK Chancellor Tom Hale said the economy grew. German Chancellor Jim Vane disagreed."
_TITLES = (
    "The plan was fair, Work and Pensions Secretary Alan Johnson said. In a speech, Work and Pensions"
    " Secretary David Blunkett said no. Her call was backed by Culture, Media and Sport Secretary"
    " Tessa Jowell."
)

ASSERTED = [
    (_CLUB, ("Tom Hale", "coaches", "Hale Rovers")),
    (_RUGBY, ("Tom Hale", "playsFor", "Ireland")),
    ("Kenya's Tom Hale won the marathon in a record time.", ("Tom Hale", "citizenOf", "Kenya")),
    (_TENNIS, ("Ann Roe", "citizenOf", "France")),
    (_TITLES, ("Alan Johnson", "holdsPosition", "work and pensions secretary")),
    (_TITLES, ("David Blunkett", "holdsPosition", "work and pensions secretary")),
    (_TITLES, ("Tessa Jowell", "holdsPosition", "culture, media and sport secretary")),
    (_REGIONAL, ("Ann Roe", "worksFor", "Acme Corp")),
    (_REGIONAL, ("Paul Jones", "worksFor", "Acme Corp")),
    ("Acme Corp boss Ted Sims spoke.", ("Ted Sims", "leaderOf", "Acme Corp")),
    (_EVENTS, ("Drexel Burnham Lambert Inc.", "basedIn", "New York")),
    (_BANK, ("Tom Hale", "leaderOf", "Wing Lung Bank")),
    (_BANK, ("Jim Vane", "holdsPosition", "wing")),
    (_CHANCELLORS, ("Tom Hale", "citizenOf", "United Kingdom")),
    (_CHANCELLORS, ("Jim Vane", "leaderOf", "Germany")),
]

REFUSED = [
    (_CLUB, ("Tom Hale", "leaderOf", "Hale Rovers")),
    (_RUGBY, ("Tom Hale", "citizenOf", "Ireland")),
    (_TITLES, ("Media", "supports", "Her")),
    (_REGIONAL, ("Ann Roe", "leaderOf", "Acme Corp")),
    (_REGIONAL, ("Paul Jones", "leaderOf", "Acme Corp")),
    (_REGIONAL, ("Paul Jones", "leaderOf", "Asia")),
    (_EVENTS, ("Commission for Africa", "basedIn", "Cape Town")),
    (_EVENTS, ("Azzurri", "locatedIn", "Rome")),
    (_BANK, ("Lung Bank", "holdsPosition", "wing")),
    (_CHANCELLORS, ("Tom Hale", "leaderOf", "United Kingdom")),  # the UK's chancellor is its finance minister
]


@pytest.mark.parametrize(("text", "fact"), ASSERTED)
def test_fact_is_found(nlp: Language, text: str, fact: tuple[str, str, str]) -> None:
    found = facts(analyse(nlp, text))
    assert fact in found, found


@pytest.mark.parametrize(("text", "fact"), REFUSED)
def test_wrong_fact_is_not_found(nlp: Language, text: str, fact: tuple[str, str, str]) -> None:
    found = facts(analyse(nlp, text))
    assert fact not in found, found


_BODY = "The league match ended 2-0 and Fifa boss Tom Hale praised the referee."


@pytest.mark.parametrize(("text", "coaches"), [(_CLUB, True), (_BODY, False)])
def test_club_boss_coaches_a_side_the_article_names(nlp: Language, text: str, coaches: bool) -> None:
    """NER may take a club for an organisation in the title ('Chelsea boss X'): the leaderOf the title rule
    then gives turns to coaches only when the article names the organisation as a side (here of "beat");
    a governing body's boss leads it."""
    doc = nlp(text)
    ctx = FactContext(doc, doc_mentions(doc))
    ctx.facts = [f._replace(predicate="leaderOf") if f.predicate == "coaches" else f for f in doc_facts(doc)]
    assert [f for f in ctx.facts if f.predicate == "leaderOf"], ctx.facts
    sport.club_bosses(ctx)
    found = {f.predicate for f in ctx.facts if ctx.mentions[f.subject].key == "Tom Hale"}
    assert ("coaches" in found) is coaches and ("leaderOf" in found) is not coaches, found
