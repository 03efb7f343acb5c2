"""The ``kg_facts_v2`` component: runs the fact rules over a Doc that ``kg_entities_v1`` has annotated.

One pass over the tokens with a dictionary look-up of the lemma dispatches the frames (frames.toml), the
cue-keyed rules that are more than a frame, and, for a verb that neither covers, the open relations; the
name-keyed rules (titles, descriptors) run per mention. The result is plain
:class:`~loaders.entities.records.FactRow` tuples on ``doc._.kg_facts`` (and the mention rows they added,
pronouns, quotes, positions, on ``doc._.kg_mentions``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from loaders.entities.gazetteer import load_gazetteer
from loaders.entities.records import doc_mentions, doc_words, register_extensions
from loaders.facts import cues, datelines, events, lineups, people, positions, roles, speech, sport, works
from loaders.facts.context import FactContext
from loaders.facts.frames import apply_frames, load_frames
from loaders.facts.open_relations import open_relations


class FactRules:
    """Callable pipeline component."""

    def __init__(self, known_verbs: frozenset[str] = frozenset()) -> None:
        """``known_verbs``: the lemmas the model's lemmatizer knows as verbs (empty: every lemma is known)."""
        register_extensions()
        self.known_verbs = known_verbs
        self.table = events.triggers()
        self.frames = load_frames()
        self.gaz = load_gazetteer()

    def __call__(self, doc: Doc) -> Doc:
        ctx = FactContext(doc, doc_mentions(doc))
        ctx.quotes = speech.quote_regions(ctx.text)  # first: the rules below read them
        speech.source_scopes(ctx)
        people.described_posts(ctx, self.gaz)
        for index in range(len(ctx.mentions)):
            cls = ctx.mentions[index].cls
            if cls == "Person":
                people.person_roles(ctx, index, self.gaz)
            elif cls == "Organization":
                roles.organisation_roles(ctx, index, self.gaz)
            elif cls in ("Product", "Work"):
                roles.work_roles(ctx, index)
            works.maker_of_name(ctx, index)
            works.prize_for(ctx, index)
            works.role_in_work(ctx, index)
        roles.place_pairs(ctx)
        roles.place_in_place(ctx)
        roles.capitals(ctx)
        roles.head_offices(ctx)
        roles.national_firms(ctx)
        datelines.source_lines(ctx)
        lineups.match_reports(ctx)
        lineups.club_sheets(ctx)
        sport.club_roles(ctx)
        sport.running_text(ctx)
        works.accolades(ctx)
        works.listed_makers(ctx)
        works.starring_casts(ctx)
        table, frames = self.table, self.frames
        for i, (lemma, pos) in enumerate(zip(ctx.lemmas, doc_words(doc).poses, strict=True)):
            rules = table.get(lemma)
            cue = lemma in frames.cue_lemmas
            if rules is None and not cue and pos != "VERB":
                continue  # most words: no rule, no frame, no verb (no Token made)
            token = doc[i]
            if rules is not None:
                for rule in rules:
                    rule(ctx, token)
            if cue:
                apply_frames(ctx, token, frames)
            if pos != "VERB":
                continue  # what follows reads verbs alone (each rule checks it too): most words skip it
            if rules is None:
                open_relations(ctx, token, frames, self.known_verbs)
            if lemma in cues.SAY_VERBS:
                speech.reported_speech(ctx, token)
            speech.calls_for(ctx, token)
            positions.played_at(ctx, token)
        speech.direct_quotes(ctx)
        lineups.sheet_reports(ctx)  # reads the facts of every rule above
        sport.moves_in_the_game(ctx)
        sport.club_bosses(ctx)  # reads the sides the results above name
        doc._.kg_mentions = [tuple(row) for row in ctx.mentions]
        doc._.kg_facts = [tuple(fact) for fact in ctx.facts]
        doc._.kg_sents = [sent.start_char for sent in doc.sents]
        return doc
