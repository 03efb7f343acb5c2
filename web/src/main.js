// The explorer's shell: a hash router over four views, the search box, and the error banner.
import { ApiDownError, QueryError } from "./api.js";
import { h, replace } from "./dom.js";
import { searchHref } from "./format.js";
import { articleView } from "./views/article.js";
import { loading, notFound } from "./views/common.js";
import { entityView } from "./views/entity.js";
import { homeView } from "./views/home.js";
import { searchView } from "./views/search.js";

const SEARCH_DELAY_MS = 100; // typing pauses shorter than this do not send a query
const view = document.getElementById("view");
const banner = document.getElementById("banner");
const input = document.getElementById("q");
let current = null; // the AbortController of the view being loaded
let searchStarted = null; // when the search being drawn was asked for (performance.now())
window.kgTimings = []; // search timings, read by the browser tests and benchmarks

const ROUTES = [
  [/^#\/entity\/(.+)$/, (m, ctx) => entityView(view, decodeURIComponent(m[1]), ctx)],
  [/^#\/article\/(.+)$/, (m, ctx) => articleView(view, decodeURIComponent(m[1]), ctx)],
  [/^#\/search\/(.*)$/, (m, ctx) => search(decodeURIComponent(m[1]), ctx)],
  [/^#?\/?$/, (m, ctx) => homeView(view, ctx)],
];

async function route({ fromTyping = false } = {}) {
  current?.abort();
  const controller = (current = new AbortController());
  const hash = location.hash;
  const found = ROUTES.map(([re, fn]) => [hash.match(re), fn]).find(([m]) => m);
  if (!fromTyping) replace(view, loading());
  try {
    if (found) await found[1](found[0], { signal: controller.signal });
    else replace(view, notFound("Page", hash));
    if (controller.signal.aborted) return;
    hideBanner();
    // Move focus to the new view for screen readers, unless the reader is typing a search.
    if (!fromTyping && document.activeElement !== input) view.focus({ preventScroll: true });
  } catch (err) {
    if (err.name === "AbortError" || controller.signal.aborted) return;
    showFailure(err);
  }
}

async function search(phrase, ctx) {
  if (document.activeElement !== input) input.value = phrase;
  if (!phrase.trim()) return homeView(view, ctx);
  await searchView(view, phrase, ctx);
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
  if (searchStarted !== null && !ctx.signal.aborted) {
    window.kgTimings.push({ phrase, ms: performance.now() - searchStarted });
    view.querySelector("[data-view=search]")?.setAttribute("data-drawn", "true");
    searchStarted = null;
  }
}

function showFailure(err) {
  if (err instanceof QueryError) {
    replace(view, h("section", { "data-view": "error" }, h("h1", {}, "The query was refused"), h("p", {}, err.message)));
    return;
  }
  const message = err instanceof ApiDownError ? err.message : `Something went wrong: ${err.message}`;
  replace(banner, h("span", {}, message), " ", h("button", { type: "button", onclick: () => route() }, "Retry"));
  banner.hidden = false;
  document.body.dataset.apiDown = "true";
  replace(view, h("section", { "data-view": "unavailable" }, h("h1", {}, "The graph is unavailable"),
    h("p", {}, "The explorer could not load this page. It will work again once the API answers.")));
}

function hideBanner() {
  banner.hidden = true;
  replace(banner);
  delete document.body.dataset.apiDown;
}

let typingTimer = null;
function onType() {
  clearTimeout(typingTimer);
  const phrase = input.value.trim();
  const typedAt = performance.now(); // timings count from the last keystroke, pause included
  typingTimer = setTimeout(() => goSearch(phrase, typedAt), SEARCH_DELAY_MS);
}

function goSearch(phrase, started = performance.now()) {
  clearTimeout(typingTimer);
  const target = phrase ? searchHref(phrase) : "#/";
  if (location.hash === target) return;
  searchStarted = started;
  // Typing refines one search: replace the history entry instead of adding one per keystroke.
  const typing = location.hash.startsWith("#/search/");
  history[typing ? "replaceState" : "pushState"](null, "", target);
  route({ fromTyping: true });
}

input.addEventListener("input", onType);
document.getElementById("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  goSearch(input.value.trim());
});
window.addEventListener("hashchange", () => route());
document.addEventListener("keydown", (event) => {
  // "/" jumps to the search box, as on many sites; not while typing in a field.
  if (event.key === "/" && !/INPUT|TEXTAREA/.test(document.activeElement?.tagName)) {
    event.preventDefault();
    input.focus();
    input.select();
  }
});
route();
