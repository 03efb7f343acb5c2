// The start page: what is in the graph, and where to begin.
import { gql, QueryError } from "../api.js";
import { h, replace } from "../dom.js";
import { plural, predicateLabel } from "../format.js";
import { STATS } from "../queries.js";
import { classChip } from "./common.js";

export async function homeView(view, { signal }) {
  let stats = null;
  try {
    ({ stats } = await gql(STATS, {}, { signal }));
  } catch (err) {
    // Counting a large graph can run past the server's time limit: the page still works without it.
    if (!(err instanceof QueryError)) throw err;
  }
  replace(view, home(stats));
}

function home(stats) {
  if (!stats) {
    return h("section", { "data-view": "home", class: "home" }, h("h1", {}, "The news as a graph"),
      h("p", { class: "lead" }, "Search for a person, organisation or place to see what the articles say about it."));
  }
  const classes = stats.classes.filter((c) => c.count > 0);
  const predicates = [...stats.predicates].sort((a, b) => b.count - a.count).slice(0, 8);
  return h(
      "section",
      { "data-view": "home", class: "home" },
      h("h1", {}, "The news as a graph"),
      h(
        "p",
        { class: "lead" },
        `${plural(stats.articles, "article")}, ${plural(stats.evidence, "evidence sentence")}. `,
        "Search for a person, organisation or place to see what the articles say about it.",
      ),
      h("ul", { class: "counts", "aria-label": "Entities by class" },
        classes.map((c) => h("li", {}, classChip(c.label), ` ${c.count}`))),
      predicates.length
        ? h("p", { class: "meta" }, "Most stated facts: ",
            predicates.map((p) => `${predicateLabel(p.predicate)} (${p.count})`).join(", "))
        : null,
  );
}
