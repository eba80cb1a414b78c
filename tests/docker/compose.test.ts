import { execFile } from "node:child_process";
import { readFile, writeFile, mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createDatabase, dropDatabase, uniqueName } from "../support/databases";

const run = promisify(execFile);
const { serverUrl } = inject("services");
const created: string[] = [];

afterAll(async () => {
  for (const name of created) await dropDatabase(serverUrl, name);
});

async function composeConfig(env: Record<string, string>) {
  const dir = await mkdtemp(path.join(os.tmpdir(), "guichet-compose-"));
  const envFile = path.join(dir, ".env");
  await writeFile(
    envFile,
    Object.entries(env)
      .map(([key, value]) => `${key}=${value}`)
      .join("\n") + "\n",
  );
  return run("docker-compose", ["-f", "docker-compose.yml", "--env-file", envFile, "config"], {
    env: { PATH: process.env.PATH, NODE_ENV: "production" },
  });
}

describe("docker-compose.yml", () => {
  it("is a valid compose file wiring the app to healthy postgres 17 and a pinned Meilisearch", async () => {
    const { stdout } = await composeConfig({
      POSTGRES_PASSWORD: "pw",
      MEILI_MASTER_KEY: "0123456789abcdef",
      NEXTAUTH_SECRET: "x".repeat(32),
    });
    expect(stdout).toMatch(/image: postgres:17/);
    expect(stdout).toMatch(/image: getmeili\/meilisearch:v1\.\d+\.\d+/);
    expect(stdout).toMatch(
      /depends_on:\s+meilisearch:\s+condition: service_healthy\s+postgres:\s+condition: service_healthy/,
    );
    expect(stdout.match(/healthcheck:/g)).toHaveLength(2);
    expect(stdout).toContain("DATABASE_URL: postgresql://guichet:pw@postgres:5432/guichet");
    expect(stdout).toMatch(/volumes:\s+meilisearch-data: \{\}\s+postgres-data: \{\}/);
  });

  it("refuses to start without its secrets, naming the missing one", async () => {
    await expect(
      composeConfig({ MEILI_MASTER_KEY: "0123456789abcdef", NEXTAUTH_SECRET: "x".repeat(32) }),
    ).rejects.toMatchObject({
      stderr: expect.stringContaining("POSTGRES_PASSWORD"),
    });
  });
});

describe("Dockerfile", () => {
  it("builds with npm run build and migrates with the bundle it makes before starting the server", async () => {
    const dockerfile = await readFile("Dockerfile", "utf8");
    expect(dockerfile).toMatch(/RUN npm pkg delete optionalDependencies && npm run build/);
    expect(dockerfile).toContain(`CMD ["sh", "-c", "node dist/migrate.mjs && exec node server.js"]`);
    expect(dockerfile).toMatch(/^USER guichet$/m);
  });

  it("node dist/migrate.mjs (the container's first step) migrates a fresh database, then finds it up to date", async () => {
    await run("npm", ["run", "--silent", "build:migrate"]);
    const name = uniqueName("docker");
    created.push(name);
    const databaseUrl = await createDatabase(serverUrl, name);
    const env = { PATH: process.env.PATH, NODE_ENV: "production" as const, DATABASE_URL: databaseUrl };

    const first = await run(process.execPath, ["dist/migrate.mjs"], { env });
    expect(first.stdout).toMatch(/Applied \d+ migration\(s\)\./);
    const second = await run(process.execPath, ["dist/migrate.mjs"], { env });
    expect(second.stdout.trim()).toBe("Database is up to date.");

    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`,
    );
    await client.end();
    expect(rows[0].n).toBeGreaterThanOrEqual(2);

    await expect(
      run(process.execPath, ["dist/migrate.mjs"], { env: { PATH: process.env.PATH, NODE_ENV: "production" } }),
    ).rejects.toMatchObject({
      code: 1,
      stderr: "Invalid configuration: DATABASE_URL is required: a postgresql:// connection URL\n",
    });
  });
});
