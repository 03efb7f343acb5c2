// One article: its entities, its facts, and its text with the evidence sentences highlighted
// (names in bold, the cue in italics); each fact links to its sentence in the text.
import { gql } from "../api.js";
import { h, replace } from "../dom.js";
import { formatDate, isQuote, predicateLabel, safeHref, shorten } from "../format.js";
import { markedText } from "../marked.js";
import { ARTICLE } from "../queries.js";
import { entityLink, notFound } from "./common.js";

export async function articleView(view, id, { signal }) {
  const { article } = await gql(ARTICLE, { id }, { signal });
  if (!article) {
    replace(view, notFound("Article", id));
    return;
  }
  const facts = article.facts.edges.map((e) => e.node);
  const mentions = evidenceHere(article.id, facts);
  replace(
    view,
    h(
      "article",
      { "data-view": "article", class: "article" },
      header(article),
      h("div", { class: "article-body" },
        h("section", { class: "text", "aria-label": "Article text" }, text(article, mentions)),
        h("aside", { class: "side" }, entities(article), factList(mentions))),
    ),
  );
}

/** Each fact's evidence in this article, with an anchor id for its sentence. */
function evidenceHere(articleId, facts) {
  const out = [];
  for (const fact of facts) {
    for (const { node: ev } of fact.evidence.edges) {
      if (ev.article.id === articleId) out.push({ fact, ev, anchor: `ev-${out.length + 1}` });
    }
  }
  return out.sort((a, b) => a.ev.sentenceStart - b.ev.sentenceStart);
}

function header(article) {
  return h(
    "header",
    { class: "article-head" },
    h("h1", {}, article.title || "Untitled article"),
    h(
      "p",
      { class: "meta" },
      [article.source, formatDate(article.published)].filter(Boolean).join(" · "),
      safeHref(article.url) ? [" · ", h("a", { href: safeHref(article.url), rel: "noopener nofollow", class: "external" }, "original article")] : null,
    ),
  );
}

function text(article, mentions) {
  if (!article.text) return h("p", { class: "empty" }, "The article's text is not stored.");
  const ranges = [];
  const anchors = new Map();
  for (const { ev, anchor } of mentions) {
    const end = ev.sentenceStart + ev.sentence.length;
    ranges.push({ start: ev.sentenceStart, end, kind: "evidence", key: anchor });
    anchors.set(anchor, anchor);
    for (const span of [ev.subjectSpan, ev.objectSpan]) ranges.push({ ...span, kind: "name" });
    ranges.push({ ...ev.cueSpan, kind: "cue" });
  }
  return h("div", { class: "body-text" }, markedText(article.text, ranges, anchors));
}

function entities(article) {
  const list = article.entities.edges.map((e) => e.node).filter((e) => !isQuote(e));
  return h(
    "section",
    { "aria-labelledby": "entities-title" },
    h("h2", { id: "entities-title" }, `Entities (${list.length})`),
    list.length ? h("ul", { class: "entity-list" }, list.map((e) => h("li", {}, entityLink(e)))) : h("p", { class: "empty" }, "None found."),
  );
}

function factList(mentions) {
  return h(
    "section",
    { "aria-labelledby": "article-facts-title" },
    h("h2", { id: "article-facts-title" }, `Facts (${mentions.length})`),
    mentions.length
      ? h("ol", { class: "article-facts" }, mentions.map(({ fact, anchor }) =>
          h("li", { "data-predicate": fact.predicate },
            h("a", { href: `#${anchor}`, class: "to-sentence", onclick: (e) => jump(e, anchor) },
              `${fact.subject.name} `, h("span", { class: "pred" }, predicateLabel(fact.predicate)), ` ${shorten(fact.object.name)}`))))
      : h("p", { class: "empty" }, "No facts were extracted from this article."),
  );
}

// The hash is the router's; jumping to a sentence scrolls and focuses it instead of navigating.
function jump(event, anchor) {
  event.preventDefault();
  const target = document.getElementById(anchor);
  if (!target) return;
  target.setAttribute("tabindex", "-1");
  target.scrollIntoView({ block: "center" });
  target.focus({ preventScroll: true });
}
