// The start page: what is in the graph, the newest articles and the facts they state, and the entities
// most mentioned in the newest week (the seven days up to the newest article). Each part is its own
// query: counting a large graph can run past the server's time limit, and the page still works
// without any one of them.
import { gql, QueryError } from "../api.js";
import { h, replace } from "../dom.js";
import { articleHref, formatDate, plural, predicateLabel } from "../format.js";
import { HOME, STATS } from "../queries.js";
import { classChip, entityLink } from "./common.js";

export async function homeView(view, { signal }) {
  const [stats, latest] = await Promise.all([
    optional(gql(STATS, {}, { signal })).then((d) => d?.stats),
    optional(gql(HOME, {}, { signal })),
  ]);
  replace(view, home(stats, latest));
}

async function optional(request) {
  try {
    return await request;
  } catch (err) {
    if (!(err instanceof QueryError)) throw err;
    return null;
  }
}

const LEAD = "Search for a person, organisation or place to see what the articles say about it.";

function home(stats, latest) {
  return h(
    "section",
    { "data-view": "home", class: "home" },
    h("h1", {}, "The news as a graph"),
    h("p", { class: "lead" }, stats ? `${plural(stats.articles, "article")}, ${plural(stats.evidence, "evidence sentence")}. ` : "", LEAD),
    stats ? counts(stats) : null,
    latest ? h("div", { class: "home-grid" }, latestArticles(latest.articles), newestFacts(latest.articles), mostMentioned(latest.mentioned)) : null,
  );
}

function counts(stats) {
  const classes = stats.classes.filter((c) => c.count > 0);
  const predicates = [...stats.predicates].sort((a, b) => b.count - a.count).slice(0, 8);
  return [
    h("ul", { class: "counts", "aria-label": "Entities by class" }, classes.map((c) => h("li", {}, classChip(c.label), ` ${c.count}`))),
    predicates.length
      ? h("p", { class: "meta" }, "Most stated facts: ", predicates.map((p) => `${predicateLabel(p.predicate)} (${p.count})`).join(", "))
      : null,
  ];
}

function panel(id, title, body) {
  return h("section", { class: "group home-panel", "aria-labelledby": id, "data-section": id }, h("h2", { id }, title), body);
}

function latestArticles(articles) {
  const list = articles.edges.map((e) => e.node);
  return panel("latest-articles", "Latest articles", list.length
    ? h("ul", {}, list.map((a) => h("li", {}, h("a", { href: articleHref(a.id) }, a.title || "Untitled article"),
        h("span", { class: "meta" }, [a.source, formatDate(a.published)].filter(Boolean).map((t) => ` · ${t}`)))))
    : h("p", { class: "empty" }, "No articles yet."));
}

function newestFacts(articles) {
  const facts = articles.edges.flatMap((e) => e.node.facts.edges.map((f) => ({ ...f.node, article: e.node }))).slice(0, 12);
  return panel("newest-facts", "Newest facts", facts.length
    ? h("ul", { class: "fact-list" }, facts.map((f) => h("li", { class: "fact" }, entityLink(f.subject),
        h("span", { class: "pred" }, ` ${predicateLabel(f.predicate)} `), entityLink(f.object),
        h("span", { class: "meta" }, ` · ${formatDate(f.article.published)}`))))
    : h("p", { class: "empty" }, "No facts yet."));
}

function mostMentioned(mentioned) {
  return panel("most-mentioned", "Most mentioned in the newest week", mentioned.length
    ? h("ol", {}, mentioned.map((m) => h("li", {}, entityLink(m.entity), h("span", { class: "meta" }, ` · ${plural(m.articles, "article")}`))))
    : h("p", { class: "empty" }, "No entities yet."));
}
