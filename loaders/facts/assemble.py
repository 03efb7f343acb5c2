"""From per-paragraph rows to one text's analysis: mentions and facts with character spans in the text.

The components work per Doc (a paragraph); identity, pronouns and implicit arguments need the whole text,
so they are settled here: rows are shifted to text offsets, :mod:`loaders.entities.coref` resolves who is
who, facts whose arguments do not fit the predicate's domain and range are dropped, and the gazetteer adds
that a capital lies in its country where one sentence names both.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from kg.iri import content_hash
from kg.model import ASSERTED, STATED, states_fact
from kg.vocab import PREDICATE_SPECS
from loaders.entities.coref import Referent, resolve
from loaders.entities.gazetteer import GAZETTEER_EXTRACTOR, Gazetteer
from loaders.entities.records import CONTEXT, NORP, POSITION, PRONOUN, QUOTE, FactRow, MentionRow
from loaders.facts.calibration import calibration_key, load_calibration
from loaders.facts.open_relations import OPEN_CLASSES, OPEN_PREFIX, as_open

#: predicate -> (allowed subject classes, allowed object classes), from the ontology's domains and ranges.
SIGNATURES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    name: (frozenset(spec.domain), frozenset(spec.range)) for name, spec in PREDICATE_SPECS.items()
}
#: Open relations hold between named things of these classes (not a bare "Location": open_relations says why).
OPEN_SIGNATURE = (OPEN_CLASSES, OPEN_CLASSES)
_CONTEXT_WINDOW = 600
_PLACE_PREPOSITIONS = "in|at|from|to|into|near|outside|around|across|throughout"
#: A place's preposition right before a name: "in Washington", "from Moscow" (the name read as a place).
_AFTER_PLACE_PREPOSITION = re.compile(rf"\b(?:{_PLACE_PREPOSITIONS})\s+$")
#: The same before a country, which may take "the" ("in the UK"), and "capital of" ("the capital of Iraq");
#: not a side a match was lost to ("their loss to Ireland in Dublin").
_COUNTRY_AFTER_PLACE_PREPOSITION = re.compile(
    r"(?<!loss )(?<!lost )(?<!defeat )(?<!beaten )" rf"\b(?:{_PLACE_PREPOSITIONS}|capital of)\s+(?:the\s+)?$"
)
#: A country that possesses or modifies what follows it ("to Norway's markets", "in U.K. Bank base rates",
#: "U.K.-based firms") is no place named.
_COUNTRY_AS_MODIFIER = re.compile(r"(?:'s\b|-|\s+[A-Z])")
#: A person's tie to a country read on a name the text settles as a firm's ("France's Pernod Ricard", the
#: name NER took for a person's in that sentence and the text types a firm by "Pernod shares"): a firm's
#: country is its home (lane i14-places6).
_FIRMS_READING = {"citizenOf": "basedIn"}


@dataclass(frozen=True, slots=True)
class Mention:
    """A mention in the text: ``label`` is an ontology class (Person, Country, ...) for entity mentions, or
    spaCy's label for literals (DATE, TIME, CARDINAL, ORDINAL, PERCENT, MONEY, QUANTITY, NORP, PRODUCT,
    WORK_OF_ART, LAW, LANGUAGE); ``entity`` is the referent key ("Person/Xi Jinping") or None. A demonym
    keeps the label NORP and refers to its country ("Chinese" -> "Country/China"). ``lead`` counts the
    characters before ``start`` that the mention also covers in the text: a person's title, which the name
    leaves out ("President " of "President Lincoln")."""

    start: int
    end: int
    text: str
    label: str
    entity: str | None
    lead: int = 0


@dataclass(frozen=True, slots=True)
class FactMention:
    """One statement of a fact; spans are (start, end) character offsets into the text."""

    predicate: str  # local name in kg:, e.g. "leaderOf"
    subject: str  # referent key, e.g. "Person/Xi Jinping"
    object: str  # referent key; "Position/president" and "Quote/<words>" for those resources
    subject_span: tuple[int, int]
    cue_span: tuple[int, int]
    object_span: tuple[int, int]
    sentence_span: tuple[int, int]
    extractor: str
    confidence: float
    reported_by: str | None = None
    polarity: str = ASSERTED
    modality: str = STATED
    date_span: tuple[int, int] | None = None  # the expression that dates it ("on Wednesday")

    @property
    def states_fact(self) -> bool:
        """Asserted and stated or reported: a fact; otherwise a claim only (docs/claims.md)."""
        return states_fact(self.polarity, self.modality)


@dataclass(slots=True)
class TextAnalysis:
    """What the pipeline found in one text: ``facts`` state facts, ``claims`` are the other statements
    (negated, hedged, conditional, future)."""

    text: str
    mentions: list[Mention] = field(default_factory=list)
    facts: list[FactMention] = field(default_factory=list)
    claims: list[FactMention] = field(default_factory=list)
    referents: dict[str, Referent] = field(default_factory=dict)


@dataclass(slots=True)
class _Rows:
    mentions: list[MentionRow] = field(default_factory=list)
    facts: list[FactRow] = field(default_factory=list)
    sentence_starts: list[int] = field(default_factory=list)


Chunk = tuple[int, Sequence[MentionRow], Sequence[FactRow], Sequence[int]]


def analyse_chunks(
    text: str,
    chunks: Sequence[Chunk],
    gaz: Gazetteer,
    *,
    min_confidence: float = 0.0,
    calibration: Mapping[str, float] | None = None,
) -> TextAnalysis:
    """Merge the rows of a text's chunks (offset, mentions, facts, sentence starts) into its analysis.

    Each fact's confidence is its calibrated one (loaders.facts.calibration; ``calibration`` overrides the
    shipped table, ``{}`` keeps the rules' priors); facts below ``min_confidence`` are left out.
    """
    table = load_calibration() if calibration is None else calibration
    rows = _shift(chunks)
    keys, referents = resolve(rows.mentions, gaz, text)
    for i, row in enumerate(rows.mentions):  # positions and quotes are resources of their own
        if row.cls in (POSITION, QUOTE):
            keys[i] = f"{row.cls}/{row.key}"
    analysis = TextAnalysis(text, referents=referents)
    analysis.mentions = [
        Mention(row.start, row.end, text[row.start : row.end], _label(row, k, referents), k, row.lead)
        for row, k in zip(rows.mentions, keys, strict=True)
        if row.cls not in (PRONOUN, CONTEXT, POSITION, QUOTE)
    ]
    # One statement per fact and cue: two rules reading the same words ("Kabul in Afghanistan": the
    # place-in-place rule and the gazetteer's capitals) would otherwise make one evidence resource with
    # two extractors and two confidences. The first found (the sentence's own rules) is kept.
    seen: set[tuple[str, str, str, int]] = set()
    mentioned = (_fact_mention(fact, rows.mentions, keys, referents) for fact in rows.facts)
    for found in [*mentioned, *_capital_facts(text, rows, keys, referents, gaz)]:
        if (
            found is not None
            and (key := (found.subject, found.predicate, found.object, found.cue_span[0])) not in seen
        ):
            seen.add(key)
            analysis.facts.append(found)
    calibrated = _drop_restated([_calibrated(f, table) for f in analysis.facts])
    kept = [f for f in calibrated if f.confidence >= min_confidence]
    analysis.facts = [f for f in kept if f.states_fact]
    analysis.claims = [f for f in kept if not f.states_fact]
    _scope_sheet_players(analysis)
    return analysis


def _scope_sheet_players(analysis: TextAnalysis) -> None:
    """A team sheet's bare surname ("Hiley") is a player of his side, and only there one person: his
    referent is scoped by the side his playsFor fact names ("Exeter City"), so that his IRI joins only the
    same surname of the same side in another report. One with no such fact kept (two sides, or none) is
    scoped by the article: never the whole corpus's "Hiley"."""
    sides: dict[str, set[str]] = {}
    for fact in analysis.facts:
        if fact.predicate == "playsFor" and fact.object in analysis.referents:
            sides.setdefault(fact.subject, set()).add(analysis.referents[fact.object].name)
    for key, referent in analysis.referents.items():
        if referent.side_scoped:
            found = sides.get(key, set())
            referent.scope = found.pop() if len(found) == 1 else "article " + content_hash(analysis.text)[:12]


def _same_verb_and_object(rule_fact: FactMention, open_fact: FactMention) -> bool:
    """A rule's fact read on the very cue of an open fact whose phrase is that verb alone ("Acme elected X as
    president": a verb and its direct object): the rule read the verb's own two ends, with their roles."""
    phrase = open_fact.predicate.removeprefix(OPEN_PREFIX)
    return rule_fact.cue_span == open_fact.cue_span and not any(c in phrase for c in " -")


def _drop_restated(facts: list[FactMention]) -> list[FactMention]:
    """The facts without the open relations a kept rule's fact restates: one between the same two from the
    same cue, or one of the same subject, or between the same two the other way round, from inside the open
    phrase ("had talks with IBM in Seattle": the rule of "talks" found the meeting; "have talk in Seattle"
    says it again, worse; "won a contract with GE": GE awardedContractTo the winner, which "win contract
    with" says again). Run after assembly, so that a rule's fact it refuses (wrong classes) leaves the open
    fact standing, and before the minimum confidence: a rule that read the words and judged its fact too weak
    to keep ("was replaced by X": the succession frame was right 2 times in 5 on the dev sets) has said what
    they state, and the open relation of its verb would only say it again, with the same doubt and no
    predicate."""
    stated = [f for f in facts if not f.predicate.startswith(OPEN_PREFIX) and f.states_fact]

    def restated(fact: FactMention) -> bool:
        (start, end) = fact.cue_span
        for f in stated:
            inside = start <= f.cue_span[0] and f.cue_span[1] <= end
            within = inside and f.cue_span != fact.cue_span
            same_ends = (f.subject, f.object) == (fact.subject, fact.object)
            # the other way round only from inside a phrase with a noun ("won a contract with X"), or from
            # the bare verb with its direct object, whose roles a frame of it knows ("Acme elected X as
            # president": X appointedTo Acme; the open "Acme --elect--> X" says it worse); a verb's frame may
            # say another thing of the two it reaches by a preposition ("split from coach X": coaches)
            turned_ends = (f.subject, f.object) == (fact.object, fact.subject)
            turned = turned_ends and (within or _same_verb_and_object(f, fact))
            if (inside and same_ends) or turned or (within and f.subject == fact.subject):
                return True
        return False

    return [f for f in facts if not (f.predicate.startswith(OPEN_PREFIX) and restated(f))]


def _calibrated(fact: FactMention, table: Mapping[str, float]) -> FactMention:
    confidence = table.get(calibration_key(fact.extractor, fact.predicate))
    return fact if confidence is None else replace(fact, confidence=confidence)


def _label(row: MentionRow, key: str | None, referents: dict[str, Referent]) -> str:
    return referents[key].cls if key is not None and row.cls != NORP else row.cls


def _shift(chunks: Sequence[Chunk]) -> _Rows:
    rows = _Rows()
    for offset, mentions, facts, sentence_starts in chunks:
        base = len(rows.mentions)
        rows.mentions += [MentionRow(*m)._replace(start=m[0] + offset, end=m[1] + offset) for m in mentions]
        rows.facts += [
            FactRow(*f)._replace(
                subject=f[1] + base,
                object=f[2] + base,
                cue_start=f[3] + offset,
                cue_end=f[4] + offset,
                sent_start=f[5] + offset,
                sent_end=f[6] + offset,
                source=f[9] + base if f[9] >= 0 else -1,
                date_start=f[12] + offset if f[12] >= 0 else -1,
                date_end=f[13] + offset if f[12] >= 0 else -1,
            )
            for f in facts
        ]
        rows.sentence_starts += [s + offset for s in sentence_starts]
    return rows


def _class_of(key: str | None, referents: dict[str, Referent]) -> str | None:
    if key is None:
        return None
    return referents[key].cls if key in referents else key.split("/", 1)[0]


def _fact_mention(
    fact: FactRow, rows: list[MentionRow], keys: list[str | None], referents: dict[str, Referent]
) -> FactMention | None:
    subject, obj = keys[fact.subject], keys[fact.object]
    if rows[fact.object].cls == CONTEXT:
        obj = _from_context(rows, keys, referents, rows[fact.object], subject)
    if fact.predicate in _FIRMS_READING and _class_of(subject, referents) == "Organization":
        fact = fact._replace(predicate=_FIRMS_READING[fact.predicate])
    signature = OPEN_SIGNATURE if fact.predicate.startswith(OPEN_PREFIX) else SIGNATURES.get(fact.predicate)
    if subject is None or obj is None or subject == obj or signature is None:
        return None
    if _class_of(subject, referents) not in signature[0] or _class_of(obj, referents) not in signature[1]:
        opened = as_open(fact)  # a mapped phrase whose ends its predicate refuses stays the open phrase
        return _fact_mention(opened, rows, keys, referents) if opened is not None else None
    s_row, o_row = rows[fact.subject], rows[fact.object]
    reporter = keys[fact.source] if fact.source >= 0 else None
    return FactMention(
        fact.predicate,
        subject,
        obj,
        (s_row.start, s_row.end),
        (fact.cue_start, fact.cue_end),
        (o_row.start, o_row.end),
        (fact.sent_start, fact.sent_end),
        fact.rule,
        fact.confidence,
        reporter if reporter not in (subject, obj) else None,
        fact.polarity,
        fact.modality,
        (fact.date_start, fact.date_end) if fact.date_start >= 0 else None,
    )


def _from_context(
    rows: list[MentionRow],
    keys: list[str | None],
    referents: dict[str, Referent],
    slot: MentionRow,
    subject: str | None,
) -> str | None:
    """The nearest preceding mention of the wanted class, other than the subject, not too far back."""
    best: tuple[int, str] | None = None
    for row, key in zip(rows, keys, strict=True):
        if key is None or key == subject or row.cls in (PRONOUN, CONTEXT) or referents.get(key) is None:
            continue
        near = referents[key].cls == slot.key and 0 < slot.start - row.start <= _CONTEXT_WINDOW
        if near and (best is None or row.start > best[0]):
            best = (row.start, key)
    return best[1] if best else None


def _capital_facts(
    text: str, rows: _Rows, keys: list[str | None], referents: dict[str, Referent], gaz: Gazetteer
) -> list[FactMention]:
    """'Moscow locatedIn Russia' for a capital city the gazetteer knows, where one sentence names both it,
    as a place, and its country ("departed from Moscow after a two-day visit to Russia"). A capital named
    in one sentence and its country in another ("the court in Washington" ... "the United States") is no
    fact the article states (on 75 articles outside the evaluation sets, 12 of 13 such facts were judged
    wrong); nor is one that stands for its government ("warned Tokyo", "called on Washington") or
    modifies a noun ("a Baghdad bounce"). The country too is named as a place, not as a side or a
    possessor ("beaten France on their visits to Paris", "in Riyadh, where he met Saudi Arabia's minister":
    judged not stated on outside articles)."""
    facts = []
    # (country key, sentence start) -> the first name of the country as a place there
    countries: dict[tuple[str, int], MentionRow] = {}
    for row, key in zip(rows.mentions, keys, strict=True):
        if key is None or not key.startswith("Country/") or row.cls in (PRONOUN, CONTEXT, NORP):
            continue
        if _COUNTRY_AFTER_PLACE_PREPOSITION.search(
            text, max(0, row.start - 16), row.start
        ) and not _COUNTRY_AS_MODIFIER.match(text, row.end):
            countries.setdefault((key, _sentence_span(text, rows.sentence_starts, row.start)[0]), row)
    placed = set()
    for row, key in zip(rows.mentions, keys, strict=True):
        if key is None or key in placed or row.cls in (PRONOUN, CONTEXT, NORP):
            continue
        referent = referents.get(key)
        entry = gaz.lookup(referent.name) if referent is not None and referent.cls == "City" else None
        if entry is None or not entry.capital_of:
            continue
        if not _AFTER_PLACE_PREPOSITION.search(text, max(0, row.start - 12), row.start):
            continue
        country = f"Country/{entry.capital_of}"
        sentence = _sentence_span(text, rows.sentence_starts, row.start)
        target = countries.get((country, sentence[0]))
        if target is None:
            continue
        placed.add(key)
        facts.append(
            FactMention(
                "locatedIn",
                key,
                country,
                (row.start, row.end),
                (row.start, row.end),
                (target.start, target.end),
                sentence,
                GAZETTEER_EXTRACTOR,
                0.95,
            )
        )
    return facts


def _sentence_span(text: str, starts: list[int], offset: int) -> tuple[int, int]:
    k = bisect.bisect_right(starts, offset) - 1
    start = starts[k] if k >= 0 else 0
    end = starts[k + 1] if k + 1 < len(starts) else len(text)
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
