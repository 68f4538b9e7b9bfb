// Bundles src/ into ../api/explorer/static/ (app.js, app.css, index.html).
// `npm run build` writes the files; `npm run check` fails if the committed
// files differ from a fresh build (so a source change without a rebuild shows).
import { build } from "esbuild";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, "..", "api", "explorer", "static");
const check = process.argv.includes("--check");
const out = check ? mkdtempSync(join(tmpdir(), "explorer-")) : target;

await build({
  entryPoints: [join(here, "src", "main.js")],
  outfile: join(out, "app.js"),
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  legalComments: "eof",
  logLevel: "warning",
});
for (const file of ["index.html", "style.css"]) {
  copyFileSync(join(here, "src", file), join(out, file === "style.css" ? "app.css" : file));
}

if (check) {
  const stale = readdirSync(out).filter((file) => {
    try {
      return !readFileSync(join(out, file)).equals(readFileSync(join(target, file)));
    } catch {
      return true;
    }
  });
  rmSync(out, { recursive: true });
  if (stale.length) {
    console.error(`out of date in api/explorer/static: ${stale.join(", ")} (run npm run build)`);
    process.exit(1);
  }
  console.log("api/explorer/static is up to date");
} else {
  console.log(`built ${target}`);
}
