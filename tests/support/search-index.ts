import { drainSearchOutbox } from "@/lib/search/sync-search-outbox";

/** Pushes everything queued in the outbox to Meilisearch, as the sync loop would. */
export async function drainAll(): Promise<void> {
  for (;;) {
    const result = await drainSearchOutbox();
    if (result.error) throw new Error(result.error);
    if (!result.remaining) return;
  }
}
