import pg from "pg";
import type { TestProject } from "vitest/node";
import { createPrismaClient } from "@/lib/db";
import { ensureBuild } from "@/lib/runtime/ensure-build";
import { seedDemo } from "@/lib/seed/seed-demo";
import { startAppServer } from "../support/app-server";
import { createDatabase, dropDatabase, uniqueName } from "../support/databases";
import { deleteIndexes } from "../support/search";
import { acquireServices, releaseServices } from "../support/services";

// Browser tests drive the production build, served by `next start` against a seeded database.
export default async function setup(project: TestProject) {
  const services = await acquireServices();
  const name = uniqueName("e2e");
  const cleanup = async () => {
    await dropDatabase(services.serverUrl, name);
    await deleteIndexes(services, `${name}_`);
    await releaseServices();
  };
  try {
    const root = process.cwd();
    await ensureBuild(root, { ...process.env, NODE_ENV: "production" }, () =>
      console.log("Building the app for the browser tests…"),
    );

    const databaseUrl = await createDatabase(services.serverUrl, name, services.templateDatabase);
    const db = createPrismaClient(databaseUrl);
    await seedDemo(db).finally(() => db.$disconnect());

    const server = await startAppServer({
      databaseUrl,
      meiliUrl: services.meiliUrl,
      meiliKey: services.meiliKey,
      indexPrefix: `${name}_`,
    });
    // The server's search sync loop indexes the seeded articles at start; tests begin once it has.
    await waitForEmptyOutbox(databaseUrl);
    project.provide("appUrl", server.url);
    project.provide("appDatabaseUrl", databaseUrl);
    return async () => {
      await server.stop();
      await cleanup();
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
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
