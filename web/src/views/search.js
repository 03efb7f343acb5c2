// Search results: the full-text `search` query, each hit linking to its entity.
import { gql } from "../api.js";
import { h, replace } from "../dom.js";
import { plural } from "../format.js";
import { SEARCH } from "../queries.js";
import { classChip, entityLink } from "./common.js";

export async function searchView(view, phrase, { signal }) {
  const data = await gql(SEARCH, { phrase }, { signal });
  replace(view, results(phrase, data.search));
}

function results(phrase, hits) {
  const section = h("section", { "data-view": "search", "data-phrase": phrase });
  if (!hits.length) {
    section.append(
      h("h1", {}, `No results for “${phrase}”`),
      h(
        "p",
        { class: "empty", "data-state": "no-results" },
        `No entity's name or alias matches “${phrase}”. Try a shorter name or another spelling.`,
      ),
    );
    return section;
  }
  section.append(
    h("h1", {}, `Results for “${phrase}”`),
    h("ol", { class: "results" }, hits.map(({ entity }) => hit(entity))),
  );
  return section;
}

function hit(entity) {
  const others = entity.aliases.filter((a) => a !== entity.name);
  return h(
    "li",
    { class: "hit" },
    h("div", { class: "hit-name" }, entityLink(entity), " ", entity.types.map(classChip)),
    others.length ? h("div", { class: "aliases" }, "also ", others.slice(0, 6).join(", ")) : null,
    // A hit found by its stock symbol says so: the symbol is in neither its name nor its aliases.
    entity.tickers.length ? h("div", { class: "tickers" }, "stock symbol ", entity.tickers.join(", ")) : null,
    h("div", { class: "meta" }, `mentioned in ${plural(entity.mentionCount, "article")}`),
  );
}
