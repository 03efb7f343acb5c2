// The neighbourhood picture, drawn with Cytoscape.js. This module (and the library) is loaded only
// when a reader asks for the picture, so the first page load stays light.
import cytoscape from "cytoscape";
import { h } from "./dom.js";
import { classColour, entityHref, isQuote, mainClass, predicateLabel, shorten } from "./format.js";

/** Draw `entity` and the entities its `facts` link it to inside `panel`. */
export async function drawNeighbourhood(panel, entity, allFacts) {
  // Quotes are long sentences, not things: they are listed in the facts, not drawn.
  const facts = allFacts.filter((f) => !isQuote(f.subject) && !isQuote(f.object));
  const quotes = allFacts.length - facts.length;
  const canvas = h("div", { class: "graph", role: "img", "aria-label": describe(entity, facts) });
  panel.replaceChildren(canvas, legend(entity, facts, quotes));
  const cy = cytoscape({
    container: canvas,
    elements: elements(entity, facts),
    style: STYLE,
    layout: { name: "concentric", concentric: (n) => (n.id() === entity.id ? 2 : 1), levelWidth: () => 1, minNodeSpacing: spacing(facts.length), padding: 40 },
    wheelSensitivity: 0.3,
    maxZoom: 1.5,
  });
  cy.on("tap", "node", (event) => {
    if (event.target.id() !== entity.id) location.hash = entityHref(event.target.id());
  });
  panel.dataset.drawn = "done";
  return cy;
}

// Few neighbours get room for their labels; many are packed closer so the circle still fits the
// panel at a zoom where the labels stay readable.
const spacing = (n) => (n <= 8 ? 70 : n <= 16 ? 45 : 35);

function elements(entity, facts) {
  const nodes = new Map([[entity.id, node(entity, true)]]);
  const edges = [];
  for (const fact of facts) {
    for (const end of [fact.subject, fact.object]) if (!nodes.has(end.id)) nodes.set(end.id, node(end, false));
    edges.push({ data: { id: fact.id, source: fact.subject.id, target: fact.object.id, label: predicateLabel(fact.predicate) } });
  }
  return [...nodes.values(), ...edges];
}

function node(entity, centre) {
  const cls = mainClass(entity.types);
  return {
    data: { id: entity.id, label: shorten(entity.name, 40), colour: classColour(cls) },
    classes: centre ? "centre" : "",
  };
}

function describe(entity, facts) {
  const names = new Set(facts.map((f) => (f.subject.id === entity.id ? f.object.name : f.subject.name)));
  return `Neighbourhood of ${entity.name}: ${names.size} connected entities (${[...names].slice(0, 12).join(", ")}).`;
}

function legend(entity, facts, quotes) {
  const classes = new Set([mainClass(entity.types)]);
  for (const f of facts) for (const end of [f.subject, f.object]) classes.add(mainClass(end.types));
  return h(
    "ul",
    { class: "legend", "aria-label": "Colours by class" },
    [...classes].map((c) => h("li", {}, h("span", { class: "dot", style: `background:${classColour(c)}` }), c)),
    quotes ? h("li", { class: "meta" }, `${quotes} quoted statements are listed below, not drawn`) : null,
  );
}

const STYLE = [
  {
    selector: "node",
    style: {
      "background-color": "data(colour)",
      label: "data(label)",
      color: "#1F2329",
      "font-size": 12,
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-wrap": "wrap",
      "text-max-width": 110,
      "text-background-color": "#FFFFFF",
      "text-background-opacity": 0.8,
      "text-background-padding": 2,
      width: 26,
      height: 26,
      "border-width": 1,
      "border-color": "#5C6370",
    },
  },
  { selector: "node.centre", style: { width: 40, height: 40, "font-size": 13, "font-weight": "bold", "border-width": 3 } },
  {
    selector: "edge",
    style: {
      width: 1.5,
      "line-color": "#A5ABB6",
      "target-arrow-color": "#A5ABB6",
      "target-arrow-shape": "triangle",
      "curve-style": "bezier",
      label: "data(label)",
      "font-size": 10,
      color: "#4A515C",
      "text-rotation": "autorotate",
      "text-background-color": "#F7F8FA",
      "text-background-opacity": 0.9,
      "text-background-padding": 1,
    },
  },
];
