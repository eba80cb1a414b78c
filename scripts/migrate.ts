// npm run db:migrate – applies pending migrations to DATABASE_URL (also the Docker entrypoint's first step).
import { ConfigError, databaseEnv } from "@/lib/env";
import { MigrationError, runMigrations } from "@/lib/migrate/run-migrations";

try {
  const { DATABASE_URL } = databaseEnv();
  const { applied } = await runMigrations({ databaseUrl: DATABASE_URL, log: (line) => console.log(line) });
  console.log(applied.length ? `Applied ${applied.length} migration(s).` : "Database is up to date.");
} catch (error) {
  if (error instanceof ConfigError || error instanceof MigrationError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
