// Builds the explorer into dist/: index.html, app.css and app.js at fixed names (the API serves
// them uncached), and the graph-drawing library as a hashed chunk loaded only when a
// neighbourhood picture is opened, so the first load stays small. Beside it, the two query pages the
// API serves to browsers: GraphiQL (graphiql.html, at /graphql) and YASGUI (yasgui.html, at /sparql),
// each an entry of its own with its CSS, so the explorer never loads them.
import { build, context } from "esbuild";
import { copyFile, mkdir, rm } from "node:fs/promises";

const outdir = "dist";
const options = {
  entryPoints: { app: "src/main.js", graphiql: "src/ide/graphiql.js", yasgui: "src/ide/yasgui.js" },
  bundle: true,
  splitting: true,
  format: "esm",
  target: ["es2020"],
  minify: true,
  sourcemap: false,
  legalComments: "linked",
  outdir: `${outdir}/assets`,
  entryNames: "[name]",
  chunkNames: "chunk-[hash]",
  metafile: true,
  logLevel: "info",
  loader: { ".woff": "dataurl", ".woff2": "dataurl", ".ttf": "dataurl", ".svg": "dataurl" },
  define: { "process.env.NODE_ENV": '"production"' },
};

await rm(outdir, { recursive: true, force: true });
await mkdir(`${outdir}/assets`, { recursive: true });
await copyFile("src/index.html", `${outdir}/index.html`);
for (const page of ["graphiql.html", "yasgui.html"]) await copyFile(`src/ide/${page}`, `${outdir}/${page}`);
await build({ entryPoints: ["src/app.css"], minify: true, outfile: `${outdir}/assets/app.css`, logLevel: "warning" });
await build({ entryPoints: ["src/ide/ide.css"], minify: true, outfile: `${outdir}/assets/ide.css`, logLevel: "warning" });

if (process.argv.includes("--watch")) {
  const ctx = await context(options);
  await ctx.watch();
} else {
  await build(options);
}
