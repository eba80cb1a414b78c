import "server-only";
import { ConfigError, env } from "@/lib/env";
import { ensureSearchIndex } from "@/lib/search/ensure-search-index";
import { startSearchSync } from "@/lib/search/start-search-sync";

/** Start-up of the Next server: configuration first, then the search index and its sync loop. */
export async function bootstrapServer(): Promise<void> {
  try {
    env();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  // Search falls back to PostgreSQL when Meilisearch is down, so this must not stop start-up.
  await ensureSearchIndex().catch((error: unknown) => {
    console.warn(
      `Search index not ready (search will run degraded): ${error instanceof Error ? error.message : error}`,
    );
  });
  await startSearchSync();
}
