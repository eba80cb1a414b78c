import "server-only";
import { db } from "@/lib/db";
import { buildSearchDocument, searchableTranslationSelect } from "@/lib/search/build-search-document";
import { articlesIndexUid, searchClient } from "@/lib/search/client";
import { ensureSearchIndex } from "@/lib/search/ensure-search-index";

/** Sync loops hold it shared while they push; a reindex holds it exclusively while it rebuilds. */
export const SEARCH_SYNC_LOCK = 72707370;

const TASK_TIMEOUT_MS = 30_000;

export type DrainResult = { upserted: number; deleted: number; remaining: boolean; error?: string };

let indexReady: Promise<void> | undefined;

function ensureIndexOnce(): Promise<void> {
  indexReady ??= ensureSearchIndex().catch((error: unknown) => {
    indexReady = undefined;
    throw error;
  });
  return indexReady;
}

async function waitForTask(enqueued: {
  waitTask: (options: { timeout: number }) => Promise<{ status: string; error?: { message: string } | null }>;
}) {
  const task = await enqueued.waitTask({ timeout: TASK_TIMEOUT_MS });
  if (task.status !== "succeeded")
    throw new Error(`Meilisearch task ${task.status}: ${task.error?.message ?? "no detail"}`);
}

/**
 * Pushes one batch of queued changes to Meilisearch. Each queued translation is re-read, so
 * the index gets its state now (published → upserted, anything else → removed) whatever order
 * the changes came in. Rows are locked with SKIP LOCKED, so several app instances can drain
 * together; a failed push keeps the rows and retries them later with exponential backoff.
 */
export async function drainSearchOutbox({
  batchSize = 500,
  maxBackoffMs = 30_000,
}: { batchSize?: number; maxBackoffMs?: number } = {}): Promise<DrainResult> {
  return db.$transaction(
    async (tx) => {
      const [{ locked }] = await tx.$queryRaw<
        { locked: boolean }[]
      >`SELECT pg_try_advisory_xact_lock_shared(${SEARCH_SYNC_LOCK}) AS locked`;
      if (!locked) return { upserted: 0, deleted: 0, remaining: false };

      const rows = await tx.$queryRaw<{ id: bigint; translationId: string }[]>`
        SELECT id, "translationId" FROM "SearchSync"
         WHERE "availableAt" <= now()
         ORDER BY id
         LIMIT ${batchSize}
         FOR UPDATE SKIP LOCKED`;
      if (rows.length === 0) return { upserted: 0, deleted: 0, remaining: false };

      const ids = [...new Set(rows.map((row) => row.translationId))];
      const published = await tx.articleTranslation.findMany({
        where: { id: { in: ids }, status: "PUBLISHED" },
        select: searchableTranslationSelect,
      });
      const documents = published.map(buildSearchDocument);
      const removed = ids.filter((id) => !published.some((translation) => translation.id === id));
      const rowIds = rows.map((row) => row.id);
      try {
        await ensureIndexOnce();
        const index = searchClient().index(articlesIndexUid());
        if (documents.length) await waitForTask(index.addDocuments(documents, { primaryKey: "id" }));
        if (removed.length) await waitForTask(index.deleteDocuments(removed));
        await tx.searchSync.deleteMany({ where: { id: { in: rowIds } } });
        return { upserted: documents.length, deleted: removed.length, remaining: rows.length === batchSize };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await tx.$executeRaw`
          UPDATE "SearchSync"
             SET attempts = attempts + 1,
                 "lastError" = ${message.slice(0, 1000)},
                 "availableAt" = now() + least(power(2, attempts) * 1000, ${maxBackoffMs}) * interval '1 millisecond'
           WHERE id = ANY(${rowIds})`;
        return { upserted: 0, deleted: 0, remaining: false, error: message };
      }
    },
    { timeout: 2 * TASK_TIMEOUT_MS + 10_000, maxWait: 10_000 },
  );
}
