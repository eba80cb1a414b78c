import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { MIGRATIONS_DIR, MigrationError, readMigrations, runMigrations } from "@/lib/migrate/run-migrations";
import { createDatabase, dropDatabase, uniqueName } from "../../support/databases";

const { serverUrl } = inject("services");
const created: string[] = [];

async function emptyDatabase(): Promise<string> {
  const name = uniqueName("mig");
  created.push(name);
  return createDatabase(serverUrl, name);
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function migrationsDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "guichet-migrations-"));
  for (const [name, sql] of Object.entries(files)) {
    await mkdir(path.join(dir, name));
    await writeFile(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

afterAll(async () => {
  for (const name of created) await dropDatabase(serverUrl, name);
});

describe("runMigrations", () => {
  it("applies pending migrations in name order, once", async () => {
    const url = await emptyDatabase();
    // Written out of order on purpose: the folder name decides.
    const dir = await migrationsDir({
      "20260102000000_add_column": `ALTER TABLE "Thing" ADD COLUMN "label" TEXT;`,
      "20260101000000_create": `CREATE TABLE "Thing" ("id" SERIAL PRIMARY KEY);`,
      "20260103000000_fill": `INSERT INTO "Thing" ("label") VALUES ('first');`,
    });

    expect(await runMigrations({ databaseUrl: url, dir })).toEqual({
      applied: ["20260101000000_create", "20260102000000_add_column", "20260103000000_fill"],
    });
    expect(await runMigrations({ databaseUrl: url, dir })).toEqual({ applied: [] });
    expect(await query(url, `SELECT label FROM "Thing"`)).toEqual([{ label: "first" }]);
  });

  it("keeps Prisma Migrate's bookkeeping, so `prisma migrate deploy` agrees", async () => {
    const url = await emptyDatabase();
    await runMigrations({ databaseUrl: url });

    const columns = await query<{ column_name: string; data_type: string; is_nullable: string }>(
      url,
      `SELECT column_name, data_type, is_nullable FROM information_schema.columns
        WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
    );
    expect(columns.map((column) => [column.column_name, column.data_type, column.is_nullable])).toEqual([
      ["id", "character varying", "NO"],
      ["checksum", "character varying", "NO"],
      ["finished_at", "timestamp with time zone", "YES"],
      ["migration_name", "character varying", "NO"],
      ["logs", "text", "YES"],
      ["rolled_back_at", "timestamp with time zone", "YES"],
      ["started_at", "timestamp with time zone", "NO"],
      ["applied_steps_count", "integer", "NO"],
    ]);

    const rows = await query<{
      id: string;
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
      rolled_back_at: Date | null;
    }>(url, `SELECT * FROM "_prisma_migrations" ORDER BY migration_name`);
    const local = await readMigrations(MIGRATIONS_DIR);
    expect(rows.map((row) => row.migration_name)).toEqual(local.map((migration) => migration.name));
    for (const [index, row] of rows.entries()) {
      const file = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(file).digest("hex"));
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(row.migration_name).toBe(local[index].name);
    }
  });

  it("refuses to run when an applied migration's file was changed", async () => {
    const url = await emptyDatabase();
    const dir = await migrationsDir({ "20260101000000_create": `CREATE TABLE "Thing" ("id" SERIAL PRIMARY KEY);` });
    await runMigrations({ databaseUrl: url, dir });

    await writeFile(
      path.join(dir, "20260101000000_create", "migration.sql"),
      `CREATE TABLE "Thing" ("id" BIGSERIAL PRIMARY KEY);`,
    );
    await mkdir(path.join(dir, "20260102000000_next"));
    await writeFile(path.join(dir, "20260102000000_next", "migration.sql"), `CREATE TABLE "Other" ("id" INT);`);

    const run = runMigrations({ databaseUrl: url, dir });
    await expect(run).rejects.toThrow(MigrationError);
    await expect(run).rejects.toThrow(/20260101000000_create was modified after it was applied/);
    // Nothing after the refusal ran.
    expect(await query(url, `SELECT to_regclass('"Other"') AS other`)).toEqual([{ other: null }]);
  });

  it("accepts a file whose only change is its line endings, as Prisma does", async () => {
    const url = await emptyDatabase();
    const dir = await migrationsDir({ "20260101000000_create": `CREATE TABLE "Thing" (\n  "id" INT\n);\n` });
    await runMigrations({ databaseUrl: url, dir });
    await writeFile(
      path.join(dir, "20260101000000_create", "migration.sql"),
      `CREATE TABLE "Thing" (\r\n  "id" INT\r\n);\r\n`,
    );
    await expect(runMigrations({ databaseUrl: url, dir })).resolves.toEqual({ applied: [] });
  });

  it("rolls a failing migration back whole and records nothing", async () => {
    const url = await emptyDatabase();
    const dir = await migrationsDir({
      "20260101000000_good": `CREATE TABLE "Good" ("id" INT);`,
      "20260102000000_bad": `CREATE TABLE "Half" ("id" INT);\nSELECT * FROM "does_not_exist";`,
    });
    await expect(runMigrations({ databaseUrl: url, dir })).rejects.toThrow(
      /20260102000000_bad failed and was rolled back: .*does_not_exist/,
    );
    expect(await query(url, `SELECT to_regclass('"Good"')::text AS good, to_regclass('"Half"')::text AS half`)).toEqual(
      [{ good: '"Good"', half: null }],
    );
    expect(await query(url, `SELECT migration_name FROM "_prisma_migrations"`)).toEqual([
      { migration_name: "20260101000000_good" },
    ]);
  });

  it("refuses a database that has a migration this checkout does not know", async () => {
    const url = await emptyDatabase();
    const newer = await migrationsDir({
      "20260101000000_create": `CREATE TABLE "Thing" ("id" INT);`,
      "20260102000000_newer": `ALTER TABLE "Thing" ADD COLUMN "x" INT;`,
    });
    await runMigrations({ databaseUrl: url, dir: newer });
    const older = await migrationsDir({ "20260101000000_create": `CREATE TABLE "Thing" ("id" INT);` });
    await expect(runMigrations({ databaseUrl: url, dir: older })).rejects.toThrow(
      /20260102000000_newer is recorded in the database but missing/,
    );
  });

  it("refuses to continue after a migration Prisma left unfinished", async () => {
    const url = await emptyDatabase();
    const dir = await migrationsDir({ "20260101000000_create": `CREATE TABLE "Thing" ("id" INT);` });
    await runMigrations({ databaseUrl: url, dir });
    await query(url, `UPDATE "_prisma_migrations" SET finished_at = NULL`);
    await expect(runMigrations({ databaseUrl: url, dir })).rejects.toThrow(
      /20260101000000_create started but never finished/,
    );
  });

  it("lets two instances start together: each migration runs exactly once", async () => {
    const url = await emptyDatabase();
    const dir = await mkdtemp(path.join(os.tmpdir(), "guichet-migrations-"));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    // A slow migration widens the window in which the two runners overlap.
    await mkdir(path.join(dir, "29990101000000_slow"));
    await writeFile(
      path.join(dir, "29990101000000_slow", "migration.sql"),
      `SELECT pg_sleep(0.5); CREATE TABLE "Slow" ("id" INT);`,
    );

    const results = await Promise.all([
      runMigrations({ databaseUrl: url, dir }),
      runMigrations({ databaseUrl: url, dir }),
    ]);

    const all = (await readMigrations(dir)).map((migration) => migration.name);
    expect(results.map((result) => result.applied.length).sort()).toEqual([0, all.length]);
    const rows = await query<{ migration_name: string }>(
      url,
      `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((row) => row.migration_name)).toEqual(all);
  });
});
