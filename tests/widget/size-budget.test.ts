import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";

// The widget runs on every page of a shop: its weight is the shop's page weight. The panel's
// document loads this one script and nothing else (tests/widget/widget-routes.test.ts).
const LOADER_BUDGET = 3 * 1024;
const PANEL_BUDGET = 60 * 1024;

async function gzippedSize(file: string): Promise<number> {
  return gzipSync(await readFile(file), { level: 9 }).length;
}

beforeAll(async () => {
  await promisify(execFile)(process.execPath, ["scripts/build-widget.mjs"]);
});

describe("widget size budgets, on the built files", () => {
  it(`keeps the loader (public/widget.js) within ${LOADER_BUDGET} bytes gzipped`, async () => {
    const size = await gzippedSize("public/widget.js");
    expect(size).toBeGreaterThan(500);
    expect(size).toBeLessThanOrEqual(LOADER_BUDGET);
  });

  it(`keeps the panel's first-load JavaScript (public/widget/panel.js) within ${PANEL_BUDGET} bytes gzipped`, async () => {
    const size = await gzippedSize("public/widget/panel.js");
    expect(size).toBeGreaterThan(1000);
    expect(size).toBeLessThanOrEqual(PANEL_BUDGET);
  });
});
