// YASGUI for /sparql, bundled from npm (no CDN): the page works offline and under the API's strict
// Content-Security-Policy. The server fills in its endpoint, the preset prefixes and an example query;
// the completers that would ask remote services (LOV for classes and properties) are left out.
import Yasgui from "@zazuko/yasgui";
import "@zazuko/yasgui/build/yasgui.min.css";

const root = document.getElementById("yasgui");
const { endpoint, prefixes, example } = JSON.parse(root.dataset.config);
const declared = Object.entries(prefixes).map(([name, iri]) => `PREFIX ${name}: <${iri}>`).join("\n");

Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
root.textContent = "";
const yasgui = new Yasgui(root, {
  requestConfig: { endpoint, method: "POST" },
  copyEndpointOnNewTab: false,
  endpointCatalogueOptions: { getData: () => [{ endpoint }] },
  persistenceId: "kg-sparql",
  yasqe: { value: `${declared}\n\n${example}` },
});
window.kgYasgui = yasgui; // for tests and the console
