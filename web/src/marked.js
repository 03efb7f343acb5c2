// Rendering highlighted segments as DOM: evidence sentences in <mark>, names in <strong>, cues in <em>.
import { h } from "./dom.js";
import { segments } from "./highlight.js";

const WRAPPERS = [
  ["cue", "em"],
  ["name", "strong"],
  ["evidence", "mark"],
];

/** A fragment of `text` with `ranges` marked; `anchors` maps a range key to an element id. */
export function markedText(text, ranges, anchors = new Map()) {
  const fragment = document.createDocumentFragment();
  const anchored = new Set();
  for (const seg of segments(text, ranges)) {
    let node = document.createTextNode(seg.text);
    for (const [kind, tag] of WRAPPERS) {
      if (seg.kinds.has(kind)) node = h(tag, { class: kind }, node);
    }
    for (const key of seg.keys) {
      if (anchors.has(key) && !anchored.has(key) && node instanceof Element) {
        node.id = anchors.get(key);
        anchored.add(key);
      }
    }
    fragment.append(node);
  }
  return fragment;
}

/** One evidence sentence with its subject and object names marked (spans are article offsets). */
export function markedSentence(evidence) {
  const base = evidence.sentenceStart;
  const local = (span, kind) => span && { start: span.start - base, end: span.end - base, kind };
  const ranges = [local(evidence.subjectSpan, "name"), local(evidence.objectSpan, "name")].filter(Boolean);
  return markedText(evidence.sentence, ranges);
}
