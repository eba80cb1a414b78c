import { afterEach, describe, expect, it, vi } from "vitest";

// The configuration is read once per process; each case re-imports the modules with its own.
const original = { ...process.env };

async function healthWith(override: Record<string, string>) {
  Object.assign(process.env, override);
  vi.resetModules();
  (globalThis as { guichetDb?: unknown }).guichetDb = undefined;
  const { GET } = await import("@/app/api/health/route");
  const response = await GET();
  return { status: response.status, body: await response.json() };
}

afterEach(() => {
  process.env = { ...original };
});

describe("GET /api/health", () => {
  it("answers 200 when PostgreSQL and Meilisearch are up", async () => {
    expect(await healthWith({})).toEqual({ status: 200, body: { status: "ok", db: "up", search: "up" } });
  });

  it("answers 503 naming Meilisearch when it is down", async () => {
    expect(await healthWith({ MEILI_URL: "http://127.0.0.1:9" })).toEqual({
      status: 503,
      body: { status: "degraded", db: "up", search: "down" },
    });
  });

  it("answers 503 naming PostgreSQL when it is down", async () => {
    expect(await healthWith({ DATABASE_URL: "postgresql://postgres@127.0.0.1:9/none" })).toEqual({
      status: 503,
      body: { status: "degraded", db: "down", search: "up" },
    });
  });
});
