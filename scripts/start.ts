// npm start – the whole help center with no configuration: embedded PostgreSQL and Meilisearch
// (data in .data/) unless DATABASE_URL / MEILI_URL say otherwise, migrations, demo content on
// the first run, a production build when there is none, then the Next server.
import { spawn } from "node:child_process";
import path from "node:path";
import getPort from "get-port";
import { createPrismaClient } from "@/lib/db";
import { ConfigError, inheritedEnv, launchEnv, parseEnv, ZEnv } from "@/lib/env";
import { MigrationError, runMigrations } from "@/lib/migrate/run-migrations";
import { stopChild, waitForHttp } from "@/lib/runtime/child-process";
import { ensureBuild, standaloneServer } from "@/lib/runtime/ensure-build";
import { loadOrCreateSecrets } from "@/lib/runtime/secrets";
import { startEmbeddedPostgres } from "@/lib/runtime/start-embedded-postgres";
import { startMeilisearch } from "@/lib/runtime/start-meilisearch";
import { demoStaff } from "@/lib/seed/demo-staff";
import { seedDemoOnFirstRun } from "@/lib/seed/seed-demo";

const root = process.cwd();
const startedAt = Date.now();
const log = (line: string) => console.log(`guichet · ${line}`);

// Stopped in reverse order of start: web server, then search, then database.
const running: { name: string; stop: () => Promise<void> }[] = [];
let shuttingDown = false;

async function shutdown(code: number): Promise<never> {
  if (!shuttingDown) {
    shuttingDown = true;
    if (running.length) log("Stopping…");
    for (const service of running.reverse()) {
      await service.stop().catch((error: unknown) => console.error(`Could not stop ${service.name}: ${String(error)}`));
    }
    if (code === 0) log("Stopped.");
    process.exit(code);
  }
  return new Promise<never>(() => {});
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

async function main(): Promise<void> {
  const config = launchEnv();
  const dataDir = path.resolve(config.GUICHET_DATA_DIR);
  const needsSecrets = !config.NEXTAUTH_SECRET || !config.MEILI_URL;
  const secrets = needsSecrets ? await loadOrCreateSecrets(dataDir) : undefined;

  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    log(`Starting embedded PostgreSQL (data in ${path.relative(root, dataDir) || dataDir}/postgres)…`);
    const postgres = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, "postgres"),
      port: await getPort(),
      log,
    });
    running.push({ name: "PostgreSQL", stop: postgres.stop });
    databaseUrl = postgres.url;
  }

  let meiliUrl = config.MEILI_URL;
  const meiliKey = config.MEILI_MASTER_KEY ?? secrets?.MEILI_MASTER_KEY;
  if (meiliUrl && !config.MEILI_MASTER_KEY) {
    throw new ConfigError("Invalid configuration: MEILI_MASTER_KEY is required when MEILI_URL is set");
  }
  if (!meiliUrl) {
    log("Starting Meilisearch…");
    const meili = await startMeilisearch({
      dataDir: path.join(dataDir, "meilisearch"),
      port: await getPort(),
      masterKey: meiliKey!,
      binary: config.MEILI_BIN,
    });
    running.push({ name: "Meilisearch", stop: meili.stop });
    meiliUrl = meili.url;
  }

  const appUrl = config.APP_URL ?? `http://localhost:${config.PORT}`;
  const appEnv: NodeJS.ProcessEnv = {
    ...inheritedEnv(),
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    MEILI_URL: meiliUrl,
    MEILI_MASTER_KEY: meiliKey,
    NEXTAUTH_SECRET: config.NEXTAUTH_SECRET ?? secrets?.NEXTAUTH_SECRET,
    NEXTAUTH_URL: appUrl,
    APP_URL: appUrl,
    PORT: String(config.PORT),
  };
  parseEnv(ZEnv, appEnv);

  const { applied } = await runMigrations({ databaseUrl, log });
  if (applied.length) log(`Applied ${applied.length} migration(s).`);

  if (config.SEED_DEMO) {
    const db = createPrismaClient(databaseUrl);
    const seeded = await seedDemoOnFirstRun(db).finally(() => db.$disconnect());
    if (seeded) log(`Loaded the demo help center: ${seeded.categories} categories, ${seeded.translations} articles.`);
  }

  await ensureBuild(root, appEnv, () => log("Building the app (first start or changed sources; a minute or two)…"));

  // Its own process group: Ctrl-C reaches only this launcher, which stops everything in order.
  const server = spawn(process.execPath, [standaloneServer(root)], {
    cwd: root,
    env: { ...appEnv, HOSTNAME: "0.0.0.0" },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  running.push({ name: "web server", stop: () => stopChild(server, "SIGTERM") });
  server.once("exit", (code) => {
    if (!shuttingDown) {
      console.error(`The web server exited unexpectedly (code ${code}).`);
      void shutdown(1);
    }
  });
  await waitForHttp(`http://127.0.0.1:${config.PORT}/api/health`, {
    timeoutMs: 60_000,
    isAlive: () => server.exitCode === null,
  });

  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  console.log(`
  Guichet is ready in ${seconds} s

    Help center    ${appUrl}/
    Health         ${appUrl}/api/health
${
  config.SEED_DEMO
    ? `
    Demo staff logins (console: ${appUrl}/console)
${demoStaff.map((member) => `      ${member.role.padEnd(7)} ${member.email.padEnd(28)} ${member.password}`).join("\n")}
`
    : ""
}
  Press Ctrl-C to stop.
`);
}

main().catch(async (error: unknown) => {
  if (error instanceof ConfigError || error instanceof MigrationError) console.error(error.message);
  else console.error(error);
  await shutdown(1);
});
