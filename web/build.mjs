// Builds the explorer into dist/: the script and the styles bundled and
// minified by esbuild under content-hashed names in dist/assets/ (so the
// server may let browsers keep them for good), and dist/index.html pointing
// at them. `npm run build` type-checks first (tsc --noEmit).
import * as esbuild from "esbuild";
import { mkdir, readFile, readdir, rm, writeFile, copyFile } from "node:fs/promises";
import { basename, join } from "node:path";

const dist = "dist";
const assets = join(dist, "assets");

// Empty dist/ but keep the placeholder that lets Go compile without a build.
for (const name of await readdir(dist).catch(() => [])) {
  if (name !== ".gitkeep") await rm(join(dist, name), { recursive: true, force: true });
}
await mkdir(assets, { recursive: true });

const result = await esbuild.build({
  entryPoints: { app: "src/main.ts", style: "src/style.css" },
  bundle: true,
  minify: true,
  sourcemap: false,
  format: "esm",
  target: ["es2020"],
  outdir: assets,
  entryNames: "[name]-[hash]",
  metafile: true,
  logLevel: "warning",
});

const out = {};
for (const [file, meta] of Object.entries(result.metafile.outputs)) {
  if (meta.entryPoint) out[meta.entryPoint] = "assets/" + basename(file);
}
const icon = await readFile("src/favicon.svg");
const iconName = "assets/favicon-" + (await sha8(icon)) + ".svg";
await copyFile("src/favicon.svg", join(dist, iconName));

const html = (await readFile("src/index.html", "utf8"))
  .replaceAll("%APP_JS%", "/" + out["src/main.ts"])
  .replaceAll("%APP_CSS%", "/" + out["src/style.css"])
  .replaceAll("%FAVICON%", "/" + iconName);
if (/%[A-Z_]+%/.test(html)) throw new Error("index.html: a placeholder was not replaced");
await writeFile(join(dist, "index.html"), html);
console.log("explorer built:", Object.values(out).concat(iconName).join(", "));

async function sha8(buf) {
  const { createHash } = await import("node:crypto");
  return createHash("sha256").update(buf).digest("hex").slice(0, 8).toUpperCase();
}
