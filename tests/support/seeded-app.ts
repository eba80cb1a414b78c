import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { seedDemo } from "@/lib/seed/seed-demo";
import { startAppServer } from "./app-server";
import { createDatabase, dropDatabase, uniqueName } from "./databases";
import { deleteIndexes } from "./search";
import type { TestServices } from "./services";

export type SeededApp = { url: string; databaseUrl: string; stop: () => Promise<void> };

/**
 * The built app served against a fresh copy of the migrated database with the demo loaded, and
 * an index of its own; resolves once the app's sync loop has indexed the demo articles.
 */
export async function startSeededApp(services: TestServices): Promise<SeededApp> {
  const name = uniqueName("e2e");
  const cleanup = async () => {
    await dropDatabase(services.serverUrl, name);
    await deleteIndexes(services, `${name}_`);
  };
  try {
    const databaseUrl = await createDatabase(services.serverUrl, name, services.templateDatabase);
    const db = createPrismaClient(databaseUrl);
    await seedDemo(db).finally(() => db.$disconnect());
    const server = await startAppServer({
      databaseUrl,
      meiliUrl: services.meiliUrl,
      meiliKey: services.meiliKey,
      indexPrefix: `${name}_`,
    });
    const stop = async () => {
      await server.stop();
      await cleanup();
    };
    await waitForEmptyOutbox(databaseUrl).catch(async (error: unknown) => {
      await stop();
      throw error;
    });
    return { url: server.url, databaseUrl, stop };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/**
 * A seeded app of the test file's own, so what one file writes (articles, settings,
 * conversations) never changes what another sees. Started before the file's tests.
 */
export function privateApp(): { readonly url: string; readonly databaseUrl: string } {
  let app: SeededApp | undefined;
  beforeAll(async () => {
    app = await startSeededApp(inject("services"));
  });
  afterAll(async () => {
    await app?.stop();
  });
  const started = () => {
    if (!app) throw new Error("The app is not started yet: use it inside a test or hook");
    return app;
  };
  return {
    get url() {
      return started().url;
    },
    get databaseUrl() {
      return started().databaseUrl;
    },
  };
}

async function waitForEmptyOutbox(databaseUrl: string, timeoutMs = 60_000): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    while ((await client.query(`SELECT count(*)::int AS n FROM "SearchSync"`)).rows[0].n > 0) {
      if (Date.now() > deadline) throw new Error("The app did not index the seeded articles in time");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await client.end();
  }
}
