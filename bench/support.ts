// What the benchmarks share: throw-away services, a cleanup registry that also runs on Ctrl-C,
// timed steps, and the resident memory of the app server.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { InvalidArgumentError } from "commander";
import getPort from "get-port";
import { formatDuration, note } from "@/lib/cli/output";
import { runMigrations } from "@/lib/migrate/run-migrations";
import { ensureBuild, isBuildStale, standaloneServer } from "@/lib/runtime/ensure-build";
import { startEmbeddedPostgres } from "@/lib/runtime/start-embedded-postgres";
import { startMeilisearch } from "@/lib/runtime/start-meilisearch";

/** Commander parser for counts and durations. */
export function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError("must be a whole number of 1 or more");
  return number;
}

/** Nearest-rank percentile of ascending values (`fraction` 0–1); NaN when there are none. */
export function percentile(sorted: ArrayLike<number>, fraction: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] : NaN;
}

export const cleanups: (() => Promise<unknown>)[] = [];

/** Runs the registered cleanups, newest first. */
export async function cleanUp(): Promise<void> {
  for (const cleanup of cleanups.splice(0).reverse())
    await cleanup().catch((error: unknown) => note(`cleanup: ${String(error)}`));
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    note(`\n${signal}: cleaning up…`);
    void cleanUp().finally(() => process.exit(130));
  });
}

export async function step<T>(label: string, run: () => Promise<T>): Promise<T> {
  const started = Date.now();
  note(`· ${label}…`);
  const result = await run();
  note(`  done in ${formatDuration(Date.now() - started)}`);
  return result;
}

/** Resident memory of a process and its descendants, in bytes (Linux). */
export async function residentBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const kilobytes = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
  const children = (await readdir(`/proc/${pid}/task`).catch(() => [] as string[])).map((task) =>
    readFile(`/proc/${pid}/task/${task}/children`, "utf8").catch(() => ""),
  );
  const childPids = (await Promise.all(children)).join(" ").split(/\s+/).filter(Boolean).map(Number);
  const sizes = await Promise.all(childPids.map(residentBytes));
  return kilobytes * 1024 + sizes.reduce((sum, size) => sum + size, 0);
}

export const INDEX_PREFIX = "bench_";

/**
 * A throw-away, migrated PostgreSQL and a Meilisearch on tmpfs (removed by cleanUp), and the
 * app modules' configuration pointed at them.
 */
export async function startThrowAwayServices(name: string) {
  const tmp = await mkdtemp(path.join(existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir(), `${name}-`));
  await chmod(tmp, 0o755);
  cleanups.push(() => rm(tmp, { recursive: true, force: true }));

  const postgres = await step("Starting a throw-away PostgreSQL and Meilisearch", async () => {
    const started = await startEmbeddedPostgres({
      dataDir: path.join(tmp, "postgres"),
      port: await getPort(),
      database: "guichet_bench",
      durable: false,
    });
    cleanups.push(started.stop);
    return started;
  });
  const meiliKey = randomBytes(24).toString("base64url");
  const meili = await startMeilisearch({
    dataDir: path.join(tmp, "meilisearch"),
    port: await getPort(),
    masterKey: meiliKey,
  });
  cleanups.push(meili.stop);
  Object.assign(process.env, {
    DATABASE_URL: postgres.url,
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meiliKey,
    MEILI_INDEX_PREFIX: INDEX_PREFIX,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  });
  await runMigrations({ databaseUrl: postgres.url });
  return { postgres, meili, meiliKey };
}

/** Builds when the sources are newer than the build, unless told not to (then says so). */
export async function ensureBenchBuild(root: string, build: boolean): Promise<void> {
  if (!existsSync(standaloneServer(root)) || (build && (await isBuildStale(root)))) {
    await step("Building the app (sources newer than the build; --no-build to skip)", () =>
      ensureBuild(root, { ...process.env, NODE_ENV: "production" }),
    );
  } else if (await isBuildStale(root)) {
    note("! The build is older than the sources: the numbers are for the build, not the current code.");
  }
}
