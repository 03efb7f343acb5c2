// Splitting a text into segments by overlapping character ranges, so evidence sentences and the
// names inside them can be marked without ever building HTML from strings.

/**
 * @param {string} text
 * @param {{start: number, end: number, kind: string, key?: string}[]} ranges offsets into `text`
 * @returns {{text: string, start: number, kinds: Set<string>, keys: Set<string>}[]}
 */
export function segments(text, ranges) {
  const valid = ranges.filter((r) => r.start >= 0 && r.end <= text.length && r.start < r.end);
  const cuts = new Set([0, text.length]);
  for (const r of valid) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < bounds.length - 1; i++) {
    const [start, end] = [bounds[i], bounds[i + 1]];
    const covering = valid.filter((r) => r.start <= start && r.end >= end);
    out.push({
      text: text.slice(start, end),
      start,
      kinds: new Set(covering.map((r) => r.kind)),
      keys: new Set(covering.filter((r) => r.key).map((r) => r.key)),
    });
  }
  return out;
}
