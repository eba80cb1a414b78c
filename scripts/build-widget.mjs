// Builds the embeddable widget (no framework): the loader shops include and the panel the
// loader frames. Run by `npm run build` before `next build`, which serves both from public/.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { build } from "esbuild";

const shared = {
  bundle: true,
  minify: true,
  format: "iife",
  target: "es2020",
  legalComments: "none",
  // Generated files sit in public/: tell ESLint they are not sources.
  banner: { js: "/* eslint-disable */" },
  logLevel: "warning",
  write: false,
};

const outputs = await Promise.all([
  build({ ...shared, entryPoints: ["widget/loader.ts"], outfile: "public/widget.js" }),
  build({ ...shared, entryPoints: ["widget/panel.ts"], outfile: "public/widget/panel.js" }),
]);

// An unchanged file keeps its time: public/ is a build input, and a touched file would make the
// app's production build look stale.
for (const file of outputs.flatMap((result) => result.outputFiles)) {
  const current = await readFile(file.path, "utf8").catch(() => undefined);
  if (current === file.text) continue;
  await mkdir(path.dirname(file.path), { recursive: true });
  await writeFile(file.path, file.contents);
}
