import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import getPort from "get-port";
import { runMigrations } from "@/lib/migrate/run-migrations";
import { startEmbeddedPostgres } from "@/lib/runtime/start-embedded-postgres";
import { startMeilisearch } from "@/lib/runtime/start-meilisearch";
import { createDatabase, databaseUrlFor, dropDatabase, uniqueName } from "./databases";

export type TestServices = {
  /** A URL on the test PostgreSQL server allowed to create databases. */
  serverUrl: string;
  /** A migrated database to copy for each test file. */
  templateDatabase: string;
  meiliUrl: string;
  meiliKey: string;
};

type Shared = { services: Promise<TestServices>; users: number; stop: () => Promise<void> };

// Both Vitest projects' global setups run in the main process: they share one set of services.
const holder = globalThis as unknown as { guichetTestServices?: Shared };

async function startServices(): Promise<Shared> {
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((error: unknown) => console.error(error));
  };
  try {
    return { services: Promise.resolve(await startEach(stops)), users: 0, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

async function startEach(stops: (() => Promise<void>)[]): Promise<TestServices> {
  // tmpfs when there is one: Meilisearch and PostgreSQL are fsync-bound on disk.
  const tmp = await mkdtemp(path.join(existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir(), "guichet-test-"));
  await chmod(tmp, 0o755);
  stops.push(() => rm(tmp, { recursive: true, force: true }));

  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const postgres = await startEmbeddedPostgres({
      dataDir: path.join(tmp, "postgres"),
      port: await getPort(),
      database: "postgres",
      durable: false,
    });
    stops.push(postgres.stop);
    serverUrl = postgres.url;
  }

  const templateDatabase = uniqueName("guichet_template");
  const templateUrl = await createDatabase(serverUrl, templateDatabase);
  const server = serverUrl;
  stops.push(() => dropDatabase(server, templateDatabase));
  await runMigrations({ databaseUrl: templateUrl });

  let meiliUrl = process.env.MEILI_URL;
  let meiliKey = process.env.MEILI_MASTER_KEY ?? "";
  if (!meiliUrl) {
    meiliKey = randomBytes(24).toString("base64url");
    const meili = await startMeilisearch({
      dataDir: path.join(tmp, "meilisearch"),
      port: await getPort(),
      masterKey: meiliKey,
      binary: process.env.MEILI_BIN,
    });
    stops.push(meili.stop);
    meiliUrl = meili.url;
  }

  return { serverUrl, templateDatabase, meiliUrl, meiliKey };
}

/** Starts PostgreSQL (unless DATABASE_URL is set) and Meilisearch (unless MEILI_URL is set) once. */
export async function acquireServices(): Promise<TestServices> {
  if (!holder.guichetTestServices) {
    const starting = startServices();
    holder.guichetTestServices = {
      services: starting.then((shared) => shared.services),
      users: 0,
      stop: () => starting.then((shared) => shared.stop()),
    };
  }
  holder.guichetTestServices.users += 1;
  return holder.guichetTestServices.services;
}

export async function releaseServices(): Promise<void> {
  const shared = holder.guichetTestServices;
  if (!shared) return;
  shared.users -= 1;
  if (shared.users === 0) {
    holder.guichetTestServices = undefined;
    await shared.stop();
  }
}

export { databaseUrlFor };
