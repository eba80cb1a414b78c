import { createHash, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

// Applies prisma/migrations/*/migration.sql the way `prisma migrate deploy` does, without
// Prisma's schema engine (which these machines cannot download). See
// docs/decisions/001-migration-runner.md.

export const MIGRATIONS_DIR = path.resolve("prisma/migrations");

/** Prisma Migrate's own advisory lock key: our runner and `prisma migrate deploy` exclude each other. */
const PRISMA_ADVISORY_LOCK = 72707369;

export type Migration = { name: string; sql: string; checksum: string };

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MigrationError";
  }
}

/** SHA-256 of the file, hex: what Prisma stores in `_prisma_migrations.checksum`. */
export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

/** Like Prisma, a checksum taken on another OS (other line endings) still matches. */
function matchesChecksum(sql: string, checksum: string): boolean {
  const variants = [sql, sql.replace(/\r\n/g, "\n"), sql.replace(/(?<!\r)\n/g, "\r\n")];
  return variants.some((variant) => checksumOf(variant) === checksum);
}

export async function readMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksumOf(sql) };
    }),
  );
}

// Prisma Migrate's bookkeeping table, created exactly as Prisma creates it.
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

type AppliedRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

export type RunMigrationsOptions = {
  databaseUrl: string;
  dir?: string;
  log?: (line: string) => void;
};

/**
 * Applies pending migrations in name order, each in its own transaction, under Prisma's
 * advisory lock. Refuses to run when an applied migration's file changed, when an applied
 * migration is missing locally, or when an earlier migration failed half-way.
 */
export async function runMigrations({
  databaseUrl,
  dir = MIGRATIONS_DIR,
  log = () => {},
}: RunMigrationsOptions): Promise<{ applied: string[] }> {
  const migrations = await readMigrations(dir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at
         FROM "_prisma_migrations" ORDER BY started_at`,
    );

    const failed = rows.find((row) => !row.finished_at && !row.rolled_back_at);
    if (failed) {
      throw new MigrationError(
        `Migration ${failed.migration_name} started but never finished. Fix the database by hand, ` +
          `then mark it rolled back (prisma migrate resolve --rolled-back ${failed.migration_name}) or delete its row in _prisma_migrations.`,
      );
    }

    const applied = new Map(
      rows.filter((row) => row.finished_at && !row.rolled_back_at).map((row) => [row.migration_name, row]),
    );
    const local = new Set(migrations.map((migration) => migration.name));
    for (const name of applied.keys()) {
      if (!local.has(name)) {
        throw new MigrationError(
          `Migration ${name} is recorded in the database but missing from ${dir}. Is this checkout older than the database?`,
        );
      }
    }
    for (const migration of migrations) {
      const row = applied.get(migration.name);
      if (row && !matchesChecksum(migration.sql, row.checksum)) {
        throw new MigrationError(
          `Migration ${migration.name} was modified after it was applied (checksum ${migration.checksum} ≠ ${row.checksum}). ` +
            `Restore the original file and put the change in a new migration.`,
        );
      }
    }

    const pending = migrations.filter((migration) => !applied.has(migration.name));
    for (const migration of pending) {
      log(`Applying migration ${migration.name}`);
      await applyMigration(client, migration);
    }
    return { applied: pending.map((migration) => migration.name) };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK]).catch(() => {});
    await client.end();
  }
}

async function applyMigration(client: pg.Client, migration: Migration): Promise<void> {
  try {
    await client.query("BEGIN");
    const id = randomUUID();
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), 0)`,
      [id, migration.checksum, migration.name],
    );
    await client.query(migration.sql);
    await client.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [
      id,
    ]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${reason}`);
  }
}
