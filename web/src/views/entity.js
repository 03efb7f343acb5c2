// One entity: names and classes, its facts grouped by predicate with their evidence sentences and
// articles, the articles that mention it, and (on request) a picture of its neighbourhood.
import { gql } from "../api.js";
import { h, replace } from "../dom.js";
import { articleHref, formatDate, isQuote, plural, predicateLabel, predicateRank, safeHref } from "../format.js";
import { markedSentence } from "../marked.js";
import { ENTITY } from "../queries.js";
import { claimsSection } from "./claims.js";
import { classChip, entityLink, notFound } from "./common.js";
import { placesSection } from "./places.js";
import { timelineSection } from "./timeline.js";

export async function entityView(view, id, { signal }) {
  const { entity } = await gql(ENTITY, { id }, { signal });
  if (!entity) {
    replace(view, notFound("Entity", id));
    return;
  }
  const facts = entity.facts.edges.map((e) => e.node);
  replace(
    view,
    h(
      "article",
      { "data-view": "entity", class: "entity" },
      header(entity),
      timelineSection(entity),
      neighbourhood(entity, facts),
      factGroups(entity, facts, entity.facts.totalCount),
      claimsSection(entity),
      placesSection(entity, { signal }),
      mentionedIn(entity.articles),
    ),
  );
}

function header(entity) {
  const others = entity.aliases.filter((a) => a !== entity.name);
  return h(
    "header",
    { class: "entity-head" },
    h("h1", {}, entity.name),
    h("div", { class: "chips" }, entity.types.map(classChip)),
    others.length ? h("p", { class: "aliases" }, "Also called ", others.join(", ")) : null,
    // a company's stock symbols are no names (docs/data-model.md): shown apart from them
    entity.tickers.length ? h("p", { class: "tickers" }, "Stock symbol ", entity.tickers.join(", ")) : null,
    h(
      "p",
      { class: "meta" },
      `Mentioned in ${plural(entity.mentionCount, "article")}`,
      entity.wikidata
        ? [" · ", h("a", { href: `https://www.wikidata.org/wiki/${entity.wikidata}`, rel: "noopener" }, `Wikidata ${entity.wikidata}`)]
        : null,
    ),
  );
}

function neighbourhood(entity, facts) {
  const panel = h("div", { id: "neighbourhood", class: "graph-panel", hidden: true });
  const button = h(
    "button",
    { type: "button", class: "graph-toggle", "aria-expanded": "false", "aria-controls": "neighbourhood" },
    "Show neighbourhood",
  );
  button.addEventListener("click", async () => {
    const open = button.getAttribute("aria-expanded") === "true";
    button.setAttribute("aria-expanded", String(!open));
    button.textContent = open ? "Show neighbourhood" : "Hide neighbourhood";
    panel.hidden = open;
    if (!open && !panel.dataset.drawn) {
      panel.dataset.drawn = "pending";
      const { drawNeighbourhood } = await import("../graph.js");
      await drawNeighbourhood(panel, entity, facts);
    }
  });
  return h("section", { class: "neighbourhood", "aria-label": "Neighbourhood picture" }, button, panel);
}

function factGroups(entity, facts, total) {
  if (!facts.length) return h("p", { class: "empty" }, "No facts about this entity yet.");
  const groups = new Map();
  for (const fact of facts) {
    if (!groups.has(fact.predicate)) groups.set(fact.predicate, []);
    groups.get(fact.predicate).push(fact);
  }
  const ordered = [...groups].sort(
    (a, b) => predicateRank(a[0]) - predicateRank(b[0]) || b[1].length - a[1].length || a[0].localeCompare(b[0]),
  );
  return h(
    "section",
    { class: "facts", "aria-labelledby": "facts-title" },
    h("h2", { id: "facts-title" }, "Facts"),
    total > facts.length ? h("p", { class: "meta" }, `The ${facts.length} best supported of ${total} facts.`) : null,
    ordered.map(([predicate, list]) => factGroup(entity, predicate, list)),
  );
}

function factGroup(entity, predicate, facts) {
  const label = predicateLabel(predicate);
  return h(
    "section",
    { class: "group", "data-predicate": predicate },
    h("h3", {}, label, h("span", { class: "count" }, String(facts.length))),
    h("ul", { class: "fact-list" }, facts.map((f) => factRow(entity, label, f))),
  );
}

function factRow(entity, label, fact) {
  const outgoing = fact.subject.id === entity.id;
  const other = outgoing ? fact.object : fact.subject;
  const evidence = fact.evidence.edges.map((e) => e.node);
  const more = fact.evidence.totalCount - evidence.length;
  return h(
    "li",
    {
      class: "fact",
      "data-direction": outgoing ? "out" : "in",
      "aria-label": `${fact.subject.name} ${label} ${fact.object.name}`,
    },
    h(
      "div",
      { class: "fact-head" },
      h("span", { class: "pred" }, label),
      h("span", { class: "arrow", "aria-hidden": "true" }, outgoing ? " → " : " ← "),
      // A quote is words, not a thing: shown as text; its sentence below says who said it.
      isQuote(other) ? h("q", { class: "quote" }, other.name) : entityLink(other),
      h("span", { class: "support" }, supportText(fact.support)),
    ),
    h("ul", { class: "evidence" }, evidence.map(evidenceItem)),
    more > 0 ? h("p", { class: "meta" }, `and ${plural(more, "more sentence")}`) : null,
  );
}

function supportText(support) {
  const when = support.lastPublished ? ` · latest ${formatDate(support.lastPublished)}` : "";
  return `${plural(support.articleCount, "article")}${when}`;
}

function evidenceItem(ev) {
  const a = ev.article;
  return h(
    "li",
    {},
    h("blockquote", { class: "sentence" }, markedSentence(ev)),
    h(
      "p",
      { class: "source" },
      h("a", { href: articleHref(a.id) }, a.title || "Untitled article"),
      a.source ? ` · ${a.source}` : "",
      a.published ? ` · ${formatDate(a.published)}` : "",
      safeHref(a.url) ? [" · ", h("a", { href: safeHref(a.url), rel: "noopener nofollow", class: "external" }, "original")] : null,
    ),
  );
}

function mentionedIn(articles) {
  const list = articles.edges.map((e) => e.node);
  if (!list.length) return null;
  return h(
    "section",
    { class: "mentioned", "aria-labelledby": "mentioned-title" },
    h("h2", { id: "mentioned-title" }, `Mentioned in ${plural(articles.totalCount, "article")}`),
    h(
      "ul",
      {},
      list.map((a) =>
        h("li", {}, h("a", { href: articleHref(a.id) }, a.title || "Untitled article"),
          h("span", { class: "meta" }, [a.source, formatDate(a.published)].filter(Boolean).map((t) => ` · ${t}`)))),
    ),
  );
}
