// An entity's claims (Entity.claims): every statement about it, grouped by polarity (asserted,
// negated), each with its modality and reporting source; statements of a fact that others contradict
// (Entity.contradictions) are marked, and the contradictions are listed with both sides.
import { h } from "../dom.js";
import { articleHref, formatDate, plural, predicateLabel } from "../format.js";
import { markedSentence } from "../marked.js";
import { entityLink } from "./common.js";

const GROUPS = [
  ["asserted", "Asserted"],
  ["negated", "Negated"],
];

export function claimsSection(entity) {
  const claims = entity.claims.edges.map((e) => e.node);
  if (!claims.length) return null;
  // The statements on either side of a contradiction (a hedge or a plan is on neither).
  const sides = new Set(entity.contradictions.flatMap((c) => [...c.asserted, ...c.negated].map((ev) => ev.id)));
  const isContradicted = (ev) => sides.has(ev.id);
  const shown = entity.claims.totalCount > claims.length
    ? h("p", { class: "meta" }, `The newest ${claims.length} of ${plural(entity.claims.totalCount, "statement")}.`)
    : null;
  return h(
    "section",
    { class: "claims", "aria-labelledby": "claims-title", "data-section": "claims" },
    h("h2", { id: "claims-title" }, "Claims"),
    shown,
    contradictionList(entity.contradictions),
    GROUPS.map(([polarity, title]) => claimGroup(polarity, title, claims.filter((c) => c.polarity === polarity), isContradicted)),
  );
}

function claimGroup(polarity, title, claims, isContradicted) {
  const id = `claims-${polarity}`;
  return h(
    "section",
    { class: `group claim-group ${polarity}`, "data-polarity": polarity, "aria-labelledby": id },
    h("h3", { id }, title, h("span", { class: "count" }, String(claims.length))),
    claims.length
      ? h("ul", { class: "fact-list" }, claims.map((c) => claimRow(c, isContradicted(c))))
      : h("p", { class: "empty" }, `No ${polarity} statements.`),
  );
}

function claimRow(ev, contradicted) {
  const label = predicateLabel(ev.predicate);
  const negated = ev.polarity === "negated";
  return h(
    "li",
    {
      class: `fact claim${contradicted ? " contradicted" : ""}`,
      "data-modality": ev.modality,
      "aria-label": `${ev.subject.name} ${negated ? "not " : ""}${label} ${ev.object.name}, ${ev.modality}${contradicted ? ", contradicted" : ""}`,
    },
    h(
      "div",
      { class: "fact-head" },
      entityLink(ev.subject),
      h("span", { class: "pred" }, ` ${negated ? "not " : ""}${label} `),
      entityLink(ev.object),
      h("span", { class: `badge modality ${ev.modality}` }, ev.modality),
      contradicted ? h("span", { class: "badge contradicted-mark", title: "Another statement says the opposite" }, "contradicted") : null,
    ),
    h("blockquote", { class: "sentence" }, markedSentence(ev)),
    source(ev),
  );
}

function source(ev) {
  const a = ev.article;
  return h(
    "p",
    { class: "source" },
    h("a", { href: articleHref(a.id) }, a.title || "Untitled article"),
    a.source ? ` · ${a.source}` : "",
    a.published ? ` · ${formatDate(a.published)}` : "",
    ev.reportedBy ? ` · according to ${ev.reportedBy.name}` : "",
  );
}

function contradictionList(contradictions) {
  if (!contradictions.length) return null;
  return h(
    "section",
    { class: "group contradictions", "aria-labelledby": "contradictions-title", "data-section": "contradictions" },
    h("h3", { id: "contradictions-title" }, "Contradictions", h("span", { class: "count" }, String(contradictions.length))),
    h("ul", { class: "fact-list" }, contradictions.map((c) =>
      h(
        "li",
        { class: "fact contradiction" },
        h("div", { class: "fact-head" }, entityLink(c.subject), h("span", { class: "pred" }, ` ${predicateLabel(c.predicate)} `),
          entityLink(c.object)),
        side("Asserted by", c.asserted),
        side("Negated by", c.negated),
      ))),
  );
}

function side(title, statements) {
  return h("div", { class: "side-of" }, h("p", { class: "meta" }, title),
    h("ul", { class: "evidence" }, statements.map((ev) =>
      h("li", {}, h("blockquote", { class: "sentence" }, ev.sentence), source(ev)))));
}
