// The start page: what is in the graph, and where to begin.
import { gql } from "../api.js";
import { h, replace } from "../dom.js";
import { plural, predicateLabel } from "../format.js";
import { STATS } from "../queries.js";
import { classChip } from "./common.js";

export async function homeView(view, { signal }) {
  const { stats } = await gql(STATS, {}, { signal });
  const classes = stats.classes.filter((c) => c.count > 0);
  const predicates = [...stats.predicates].sort((a, b) => b.count - a.count).slice(0, 8);
  replace(
    view,
    h(
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
    ),
  );
}
