// The entity view's map section: its own places (itself when it is a place, and the places its facts
// link it to) and the places of the articles that mention it, on a world map, with the same places
// listed in words. The map code is a lazily loaded chunk (../map/map.js).
import { gql } from "../api.js";
import { h, replace } from "../dom.js";
import { entityHref, plural } from "../format.js";
import { PLACES } from "../queries.js";

/** Places in `entity` (the view's query): itself and its facts' other ends, when resolved. */
export function ownPlaces(entity) {
  const found = new Map();
  const add = (e) => e.geo && !found.has(e.id) && found.set(e.id, place(e, true));
  add(entity);
  for (const { node } of entity.facts.edges) for (const end of [node.subject, node.object]) add(end);
  return found;
}

const place = (e, own) => ({ id: e.id, name: e.name, own, ...e.geo });

export function placesSection(entity, { signal }) {
  const body = h("div", { class: "map-body" }, h("p", { class: "loading", role: "status" }, "Loading the map…"));
  const section = h("section", { class: "places", "aria-labelledby": "places-title", "data-section": "map" },
    h("h2", { id: "places-title" }, "Places"), body);
  draw(entity, body, signal).catch((err) => {
    if (err.name !== "AbortError" && !signal.aborted) replace(body, h("p", { class: "empty" }, `The map could not be drawn: ${err.message}`));
  });
  return section;
}

async function draw(entity, body, signal) {
  const [{ drawMap }, data] = await Promise.all([import("../map/map.js"), gql(PLACES, { id: entity.id }, { signal })]);
  const places = ownPlaces(entity);
  for (const { node: article } of data.entity?.articles.edges ?? []) {
    for (const { node } of article.entities.edges) if (node.geo && !places.has(node.id)) places.set(node.id, place(node, false));
  }
  const list = [...places.values()];
  if (!list.length) {
    replace(body, h("p", { class: "empty" }, "No places known for it or its articles."));
    body.dataset.drawn = "empty";
    return;
  }
  const own = list.filter((p) => p.own);
  const title = `World map: ${plural(own.length, "place")} of ${entity.name} and ${plural(list.length - own.length, "place")} named in its articles`;
  replace(body, drawMap(list, title), legend(), placeList(own, "Its places"), placeList(list.filter((p) => !p.own), "Places in its articles"));
  body.dataset.drawn = "done";
}

function legend() {
  return h("p", { class: "meta chart-legend" },
    h("span", { class: "swatch own", "aria-hidden": "true" }), "its places ",
    h("span", { class: "swatch article", "aria-hidden": "true" }), "places named in the articles that mention it");
}

function placeList(places, title) {
  if (!places.length) return null;
  return h("div", { class: "place-list" }, h("h3", {}, title),
    h("ul", {}, places.map((p) => h("li", { "data-place": p.name },
      h("a", { href: entityHref(p.id) }, p.name), h("span", { class: "meta" }, ` · ${p.country}`)))));
}
