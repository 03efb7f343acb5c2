// GraphiQL for /graphql, bundled from npm (no CDN): the page works offline and under the API's strict
// Content-Security-Policy. Request headers (where the X-API-Token goes) are never persisted: a token
// pasted here lives only as long as the tab. shouldPersistHeaders covers the tabs, but the history
// plugin stores each run's headers anyway, so GraphiQL's storage is one that drops them all.
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import "graphiql/style.css";
import { createElement } from "react";
import { createRoot } from "react-dom/client";

const EXAMPLE = `# Who is China linked to, and by which facts? (mutations need the X-API-Token header)
{
  entity(name: "China") {
    name
    types
    facts(first: 5) {
      edges { node { predicate subject { name } object { name } } }
    }
  }
}
`;

/** JSON text with every "headers" member removed; anything else unchanged. */
function withoutHeaders(value) {
  try {
    return JSON.stringify(JSON.parse(value), (key, member) => (key === "headers" ? undefined : member));
  } catch {
    return value;
  }
}

/** localStorage, except that headers never reach it (neither the editor's own key nor inside state). */
const headerlessStorage = {
  getItem: (key) => localStorage.getItem(key),
  setItem: (key, value) => {
    if (!key.endsWith(":headers")) localStorage.setItem(key, withoutHeaders(value));
  },
  removeItem: (key) => localStorage.removeItem(key),
  clear: () => localStorage.clear(),
  key: (index) => localStorage.key(index),
  get length() {
    return localStorage.length;
  },
};

const root = document.getElementById("graphiql");
const fetcher = createGraphiQLFetcher({ url: root.dataset.endpoint || "graphql" });
createRoot(root).render(
  createElement(GraphiQL, {
    fetcher,
    defaultQuery: EXAMPLE,
    shouldPersistHeaders: false,
    storage: headerlessStorage,
    isHeadersEditorEnabled: true,
  }),
);
