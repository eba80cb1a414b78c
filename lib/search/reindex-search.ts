import "server-only";
import pg from "pg";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { buildSearchDocument, searchableTranslationSelect } from "@/lib/search/build-search-document";
import { articlesIndexUid, searchClient } from "@/lib/search/client";
import { ensureSearchIndex } from "@/lib/search/ensure-search-index";
import { SEARCH_SYNC_LOCK } from "@/lib/search/sync-search-outbox";

export type ReindexProgress = { done: number; total: number };

/**
 * Rebuilds the whole index from PostgreSQL into a fresh index, then swaps it in: searches keep
 * being answered by the old index until the swap. Sync loops are paused (advisory lock) while it
 * runs, so edits made meanwhile wait in the outbox and reach the new index right after.
 */
export async function reindexSearch({
  batchSize = 1_000,
  onProgress = () => {},
}: { batchSize?: number; onProgress?: (progress: ReindexProgress) => void } = {}): Promise<{ documents: number }> {
  const lock = new pg.Client({ connectionString: env().DATABASE_URL });
  await lock.connect();
  try {
    await lock.query("SELECT pg_advisory_lock($1)", [SEARCH_SYNC_LOCK]);
    const client = searchClient();
    const live = articlesIndexUid();
    const fresh = `${live}_reindex_${Date.now()}`;
    await ensureSearchIndex(live);
    await ensureSearchIndex(fresh);

    const where = { status: "PUBLISHED" as const };
    const total = await db.articleTranslation.count({ where });
    onProgress({ done: 0, total });
    let done = 0;
    let cursor: string | undefined;
    for (;;) {
      const batch = await db.articleTranslation.findMany({
        where,
        select: searchableTranslationSelect,
        orderBy: { id: "asc" },
        take: batchSize,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      });
      if (batch.length === 0) break;
      const task = await client
        .index(fresh)
        .addDocuments(batch.map(buildSearchDocument), { primaryKey: "id" })
        .waitTask({ timeout: 120_000 });
      if (task.status !== "succeeded") throw new Error(`Meilisearch could not index a batch: ${task.error?.message}`);
      done += batch.length;
      cursor = batch[batch.length - 1].id;
      onProgress({ done, total });
    }

    const swap = await client.swapIndexes([{ indexes: [live, fresh], rename: false }]).waitTask({ timeout: 60_000 });
    if (swap.status !== "succeeded")
      throw new Error(`Meilisearch could not swap the new index in: ${swap.error?.message}`);
    // After the swap, `fresh` holds the old documents.
    await client.deleteIndex(fresh).waitTask({ timeout: 60_000 });
    // Everything published is in the new index; what the outbox still holds is re-applied by the loops.
    return { documents: done };
  } finally {
    await lock.query("SELECT pg_advisory_unlock($1)", [SEARCH_SYNC_LOCK]).catch(() => {});
    await lock.end();
  }
}
