import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import getPort from "get-port";
import { z } from "zod";
import { ConfigError, env, inheritedEnv, launchEnv, parseEnv, ZEnv } from "@/lib/env";
import { runMigrations } from "@/lib/migrate/run-migrations";
import { loadOrCreateSecrets } from "@/lib/runtime/secrets";
import { startEmbeddedPostgres } from "@/lib/runtime/start-embedded-postgres";
import { startMeilisearch } from "@/lib/runtime/start-meilisearch";

// The CLI finds PostgreSQL and Meilisearch exactly as `npm start` does (scripts/start.ts):
// DATABASE_URL / MEILI_URL when set, else the embedded services on the data folder.

export type CliServices = { databaseUrl: string };

// What this process started, stopped by stopServices(). Registered as soon as each service is up,
// so that Ctrl-C at any point stops what is already running.
const started: (() => Promise<void>)[] = [];

/** Stops the services openServices() started, newest first. Safe to call twice. */
export async function stopServices(log: (line: string) => void): Promise<void> {
  for (const stop of started.splice(0).reverse()) {
    await stop().catch((error: unknown) => log(`Could not stop a service: ${String(error)}`));
  }
}

/** Settings of the app's configuration the CLI needs even when it does not load all of it. */
const ZCliEnv = z.object({ LOCALES: ZEnv.shape.LOCALES });

/** The install's LOCALES, without requiring the rest of the app's configuration. */
export function configuredLocales(): string[] {
  return parseEnv(ZCliEnv, inheritedEnv()).LOCALES;
}

/** Thrown when the data folder is in use by a running `npm start`. */
export class ServicesBusyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ServicesBusyError";
  }
}

/**
 * The server PostgreSQL's lock file names, when that process is alive. PostgreSQL refuses to
 * start a second server on a data folder for the same reason.
 */
export function runningPostgres(dataDir: string): { pid: number; port: number } | undefined {
  const file = path.join(dataDir, "postmaster.pid");
  if (!existsSync(file)) return undefined;
  // Lines: pid, data directory, start time, port, ...
  const [pidLine, , , portLine] = readFileSync(file, "utf8").split("\n");
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return undefined;
  }
  return { pid, port: Number(portLine) };
}

/**
 * Resolves the services a command needs, starting the embedded ones when the configuration
 * leaves them to the launcher. With `search`, also Meilisearch, and the app's whole
 * configuration is handed to the modules that read it through env() (db, search client).
 * stopServices() stops what it started.
 */
export async function openServices({
  search = false,
  log,
}: {
  search?: boolean;
  log: (line: string) => void;
}): Promise<CliServices> {
  const config = launchEnv();
  const dataDir = path.resolve(config.GUICHET_DATA_DIR);
  const relative = path.relative(process.cwd(), dataDir);
  const shownDataDir = relative && !relative.startsWith("..") ? relative : dataDir;
  try {
    let databaseUrl = config.DATABASE_URL;
    if (!databaseUrl) {
      const postgresDir = path.join(dataDir, "postgres");
      const running = runningPostgres(postgresDir);
      if (running) {
        throw new ServicesBusyError(
          `Guichet is running on ${shownDataDir}/ (its PostgreSQL, pid ${running.pid}, holds ${shownDataDir}/postgres), ` +
            "and a data folder serves one server at a time.\n" +
            "Stop the app (Ctrl-C where `npm start` runs) and run this command again, or point the command at the running database:\n" +
            `  DATABASE_URL=postgresql://postgres:postgres@127.0.0.1:${running.port || "<port>"}/guichet npm run guichet -- …` +
            (search
              ? "\n(search:reindex then also needs MEILI_URL and MEILI_MASTER_KEY of the running Meilisearch.)"
              : ""),
        );
      }
      log(`Starting embedded PostgreSQL (data in ${shownDataDir}/postgres)…`);
      const postgres = await startEmbeddedPostgres({ dataDir: postgresDir, port: await getPort(), log });
      started.push(postgres.stop);
      databaseUrl = postgres.url;
      // Nobody else can be using this database: bring it up to date, as `npm start` would.
      const { applied } = await runMigrations({ databaseUrl, log });
      if (applied.length) log(`Applied ${applied.length} migration(s).`);
    }

    if (search) {
      if (config.MEILI_URL && !config.MEILI_MASTER_KEY) {
        throw new ConfigError("Invalid configuration: MEILI_MASTER_KEY is required when MEILI_URL is set");
      }
      const secrets = !config.NEXTAUTH_SECRET || !config.MEILI_URL ? await loadOrCreateSecrets(dataDir) : undefined;
      const meiliKey = config.MEILI_MASTER_KEY ?? secrets!.MEILI_MASTER_KEY;
      let meiliUrl = config.MEILI_URL;
      if (!meiliUrl) {
        log(`Starting Meilisearch (data in ${shownDataDir}/meilisearch)…`);
        const meili = await startMeilisearch({
          dataDir: path.join(dataDir, "meilisearch"),
          port: await getPort(),
          masterKey: meiliKey,
          binary: config.MEILI_BIN,
        }).catch((error: unknown) => {
          throw new ServicesBusyError(
            `Could not start Meilisearch on ${shownDataDir}/meilisearch: ${(error as Error).message}\n` +
              "If Guichet is running, stop it first, or set MEILI_URL and MEILI_MASTER_KEY to its Meilisearch.",
          );
        });
        started.push(meili.stop);
        meiliUrl = meili.url;
      }
      provideAppEnv({
        DATABASE_URL: databaseUrl,
        MEILI_URL: meiliUrl,
        MEILI_MASTER_KEY: meiliKey,
        NEXTAUTH_SECRET: config.NEXTAUTH_SECRET ?? secrets!.NEXTAUTH_SECRET,
      });
    }

    return { databaseUrl };
  } catch (error) {
    await stopServices(log);
    throw error;
  }
}

/**
 * The search modules read their configuration through env(), as in the app. The CLI resolved
 * the services itself, so it hands the result over the way the launcher hands it to the Next
 * server, then validates the whole configuration once.
 */
function provideAppEnv(values: Record<string, string>): void {
  // eslint-disable-next-line no-restricted-properties -- the one write, before anything reads env()
  Object.assign(process.env, values);
  env();
}
