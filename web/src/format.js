// Small pure helpers shared by the views: routes, labels, class colours (as in the GraSS sheet).

export const entityHref = (id) => `#/entity/${encodeURIComponent(id)}`;
export const articleHref = (id) => `#/article/${encodeURIComponent(id)}`;
export const searchHref = (phrase) => `#/search/${encodeURIComponent(phrase)}`;

/** An article's own URL as a link target only when it is http(s): a stored `javascript:` or `data:`
 * URL (from a feed, a JSON Lines file or the API) must never become a link that runs script. */
export function safeHref(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** "seeksTalksWith" -> "seeks talks with" */
export function predicateLabel(predicate) {
  return predicate.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

// The same colours as schema/browser-style.grass, so both pictures of the graph agree.
export const CLASS_COLOURS = {
  Person: "#3B7DD8",
  Organization: "#E8684A",
  Country: "#3BA272",
  City: "#9AD8A8",
  Location: "#9A60B4",
  Event: "#F6BD16",
  Position: "#D8CBB0",
  Quote: "#F4C7D6",
};
const DARK_TEXT = new Set(["City", "Event", "Position", "Quote"]);

export const mainClass = (types) => types?.[0] ?? "Entity";
export const classColour = (cls) => CLASS_COLOURS[cls] ?? "#A5ABB6";
export const classTextColour = (cls) => (DARK_TEXT.has(cls) || !CLASS_COLOURS[cls] ? "#1F2329" : "#FFFFFF");

/** "2023-03-22T10:00:00Z" or "2023-03-22" -> "22 Mar 2023"; unknown dates stay as given. */
export function formatDate(value) {
  if (!value) return "";
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

export const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;

export const isQuote = (entity) => entity.types?.includes("Quote");

/** Cut a long label at a word boundary: "a long quote about…" */
export function shorten(text, max = 60) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max * 0.6)).trimEnd()}…`;
}

// Facts between two entities read first; positions and quotes (often many) after them.
const LATE = { holdsPosition: 1, says: 2 };
export const predicateRank = (predicate) => LATE[predicate] ?? 0;
