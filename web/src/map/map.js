// The world map of an entity's places, drawn in SVG from data the build ships: Natural Earth's
// countries at 1:110m as TopoJSON (npm world-atlas), turned into shapes by topojson-client and
// projected by d3-geo. Nothing is fetched at run time. This module (and those libraries, ~150 KB)
// is loaded only when an entity view has places to show, so the first load stays small.
import { geoNaturalEarth1, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import world from "world-atlas/countries-110m.json";
import { svg } from "../dom.js";
import NUMERIC from "./iso-numeric.json";

const WIDTH = 960;
const HEIGHT = 500;
let countries = null; // the shapes, built once per page

/**
 * An SVG world map: countries that are places shaded, cities as dots. `places` are
 * {id, name, country, latitude, longitude, own} (own: the entity's places, else the articles').
 */
export function drawMap(places, title) {
  countries ??= feature(world, world.objects.countries).features;
  const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: "Sphere" });
  const path = geoPath(projection);
  const shaded = new Map(); // numeric id -> "own" | "article"
  for (const p of places) {
    if (p.latitude !== null) continue;
    const id = NUMERIC[p.country];
    if (id && shaded.get(id) !== "own") shaded.set(id, p.own ? "own" : "article");
  }
  return svg(
    "svg",
    { class: "world", viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img", "aria-label": title },
    svg("path", { class: "sphere", d: path({ type: "Sphere" }) }),
    countries.map((c) => svg("path", { class: `country ${shaded.get(c.id) ?? ""}`.trim(), d: path(c),
      "data-country": c.id }, shaded.has(c.id) ? svg("title", {}, c.properties.name) : null)),
    places.filter((p) => p.latitude !== null).map((p) => marker(projection, p)),
  );
}

function marker(projection, place) {
  const [x, y] = projection([place.longitude, place.latitude]);
  return svg("circle", { class: `place ${place.own ? "own" : "article"}`, cx: x.toFixed(1), cy: y.toFixed(1),
    r: place.own ? 6 : 4, "data-place": place.name }, svg("title", {}, place.name));
}
