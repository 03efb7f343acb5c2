// Pieces several views use: class chips, entity links, the not-found and loading views.
import { h } from "../dom.js";
import { classColour, classTextColour, entityHref, mainClass } from "../format.js";

export function classChip(cls) {
  return h("span", { class: "chip", style: `background:${classColour(cls)};color:${classTextColour(cls)}` }, cls);
}

export function entityLink(entity) {
  const cls = mainClass(entity.types);
  return h(
    "a",
    { href: entityHref(entity.id), class: "entity-link", title: `${entity.name} (${cls})` },
    h("span", { class: "dot", style: `background:${classColour(cls)}`, "aria-hidden": "true" }),
    entity.name,
  );
}

export function notFound(what, id) {
  return h(
    "section",
    { class: "not-found", "data-view": "not-found" },
    h("h1", {}, `${what} not found`),
    h("p", {}, `Nothing in the graph has the id `, h("code", {}, id), "."),
    h("p", {}, h("a", { href: "#/" }, "Back to search")),
  );
}

export function loading(text = "Loading…") {
  return h("p", { class: "loading", role: "status" }, text);
}
