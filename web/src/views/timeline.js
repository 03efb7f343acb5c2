// An entity's timeline (Entity.timeline, per month) as a bar chart drawn in SVG: per month one bar of
// the articles that mention it and one of the fact statements about it. Months the API leaves out
// (neither) are drawn empty so that the time axis is even. The same numbers are a table below it.
import { h, svg } from "../dom.js";
import { plural } from "../format.js";

const MAX_MONTHS = 60; // the chart shows the newest five years at most; the table has them all
const HEIGHT = 160;
const WIDTH = 720; // the chart's drawing width: few months get wide bars, many get thin ones
const GAP = 8;
const PAD = { top: 12, right: 8, bottom: 28, left: 34 };

/** The months from the first to the last period ("YYYY-MM-01"), with zero where the API has none. */
export function months(points) {
  if (!points.length) return [];
  const byPeriod = new Map(points.map((p) => [p.period.slice(0, 7), p]));
  const [first, last] = [points[0].period, points[points.length - 1].period];
  let [year, month] = first.slice(0, 7).split("-").map(Number);
  const out = [];
  for (;;) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    const p = byPeriod.get(key);
    out.push({ month: key, mentions: p?.mentions ?? 0, facts: p?.facts ?? 0 });
    if (key >= last.slice(0, 7)) break;
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return out;
}

const monthName = (key) =>
  new Date(`${key}-01T00:00:00Z`).toLocaleDateString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

export function timelineSection(entity) {
  const all = months(entity.timeline ?? []);
  if (!all.length) return null;
  const shown = all.slice(-MAX_MONTHS);
  return h(
    "section",
    { class: "timeline", "aria-labelledby": "timeline-title", "data-section": "timeline" },
    h("h2", { id: "timeline-title" }, "Timeline"),
    legend(),
    chart(entity, shown),
    h("details", { class: "timeline-table" }, h("summary", {}, "The timeline as a table"), table(all)),
  );
}

function legend() {
  return h("p", { class: "meta chart-legend" },
    h("span", { class: "swatch mentions", "aria-hidden": "true" }), "articles mentioning it ",
    h("span", { class: "swatch facts", "aria-hidden": "true" }), "fact statements about it, per month");
}

function chart(entity, shown) {
  const top = Math.max(1, ...shown.flatMap((m) => [m.mentions, m.facts]));
  const barWidth = Math.max(4, Math.min(32, Math.floor((WIDTH - PAD.left - PAD.right) / shown.length / 2 - GAP / 2)));
  const step = 2 * barWidth + GAP;
  const width = PAD.left + shown.length * step + PAD.right;
  const y = (v) => PAD.top + (HEIGHT - PAD.top - PAD.bottom) * (1 - v / top);
  const base = y(0);
  const total = shown.reduce((sum, m) => sum + m.mentions, 0);
  const label = `Timeline of ${entity.name}: ${plural(total, "article")} over ${plural(shown.length, "month")}, `
    + `from ${monthName(shown[0].month)} to ${monthName(shown[shown.length - 1].month)}; the table below has every month.`;
  return svg(
    "svg",
    { class: "chart", role: "img", "aria-label": label, viewBox: `0 0 ${width} ${HEIGHT}`, width, height: HEIGHT },
    svg("line", { x1: PAD.left, x2: width - PAD.right, y1: base, y2: base, class: "axis" }),
    svg("text", { x: PAD.left - 4, y: y(top) + 4, class: "tick", "text-anchor": "end" }, String(top)),
    svg("text", { x: PAD.left - 4, y: base, class: "tick", "text-anchor": "end" }, "0"),
    shown.map((m, i) => {
      const x = PAD.left + i * step + GAP / 2;
      const bar = (value, dx, kind) =>
        svg("rect", { x: x + dx, y: y(value), width: barWidth, height: base - y(value), class: `bar ${kind}`,
          "data-month": m.month, "data-value": value },
        svg("title", {}, `${monthName(m.month)}: ${value} ${kind === "mentions" ? "articles" : "fact statements"}`));
      // A label every month when there is room, else on Januaries only.
      const labelled = step >= 60 || m.month.endsWith("-01");
      return svg("g", { class: "month" }, bar(m.mentions, 0, "mentions"), bar(m.facts, barWidth, "facts"),
        labelled ? svg("text", { x: x + barWidth, y: HEIGHT - 10, class: "tick", "text-anchor": "middle" }, monthName(m.month)) : null);
    }),
  );
}

function table(all) {
  return h(
    "table",
    {},
    h("caption", { class: "visually-hidden" }, "Articles and fact statements per month"),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Month"), h("th", { scope: "col" }, "Articles"),
      h("th", { scope: "col" }, "Fact statements"))),
    h("tbody", {}, all.map((m) =>
      h("tr", {}, h("th", { scope: "row" }, monthName(m.month)), h("td", {}, String(m.mentions)), h("td", {}, String(m.facts))))),
  );
}
