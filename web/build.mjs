// Builds the explorer into dist/: index.html, app.css and app.js at fixed names (the API serves
// them uncached), and the graph-drawing library as a hashed chunk loaded only when a
// neighbourhood picture is opened, so the first load stays small.
import { build, context } from "esbuild";
import { copyFile, mkdir, rm } from "node:fs/promises";

const outdir = "dist";
const options = {
  entryPoints: { app: "src/main.js" },
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
};

await rm(outdir, { recursive: true, force: true });
await mkdir(`${outdir}/assets`, { recursive: true });
await copyFile("src/index.html", `${outdir}/index.html`);
await build({ entryPoints: ["src/app.css"], minify: true, outfile: `${outdir}/assets/app.css`, logLevel: "warning" });

if (process.argv.includes("--watch")) {
  const ctx = await context(options);
  await ctx.watch();
} else {
  await build(options);
}
