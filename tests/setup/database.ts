import { randomBytes } from "node:crypto";
import { afterAll, inject } from "vitest";
import { createDatabase, dropDatabase, uniqueName } from "../support/databases";
import { deleteIndexes } from "../support/search";

// Each test file gets its own freshly migrated database and its own Meilisearch index prefix,
// set before any module reads the configuration.
const services = inject("services");
const name = uniqueName("t");

Object.assign(process.env, {
  NODE_ENV: "test",
  DATABASE_URL: await createDatabase(services.serverUrl, name, services.templateDatabase),
  MEILI_URL: services.meiliUrl,
  MEILI_MASTER_KEY: services.meiliKey,
  MEILI_INDEX_PREFIX: `${name}_`,
  NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
});

afterAll(async () => {
  const holder = globalThis as unknown as { guichetDb?: { $disconnect(): Promise<void> } };
  await holder.guichetDb?.$disconnect();
  await dropDatabase(services.serverUrl, name);
  await deleteIndexes(services, `${name}_`);
});
