import "server-only";
import { subscribe } from "@/lib/realtime/listen";
import { drainSearchOutbox } from "@/lib/search/sync-search-outbox";

export type SearchSync = { drainNow: () => Promise<void>; stop: () => Promise<void> };

/**
 * The per-instance loop that feeds Meilisearch from the outbox: woken by the NOTIFY that every
 * outbox insert sends, and by a timer for retries and missed notifications.
 */
export async function startSearchSync({
  intervalMs = 5_000,
  maxBackoffMs = 30_000,
  log = (line: string) => console.warn(line),
}: { intervalMs?: number; maxBackoffMs?: number; log?: (line: string) => void } = {}): Promise<SearchSync> {
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  let failing = false;

  async function drainAll(): Promise<void> {
    do {
      again = false;
      for (;;) {
        const result = await drainSearchOutbox({ maxBackoffMs }).catch((error: unknown) => ({
          upserted: 0,
          deleted: 0,
          remaining: false,
          error: error instanceof Error ? error.message : String(error),
        }));
        if (result.error) {
          if (!failing) log(`Search sync: Meilisearch update failed, will retry (${result.error})`);
          failing = true;
          return;
        }
        if (failing && (result.upserted || result.deleted)) log("Search sync: Meilisearch is up to date again");
        if (result.upserted || result.deleted) failing = false;
        if (!result.remaining || stopped) break;
      }
    } while (again && !stopped);
  }

  function drainNow(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = drainAll().finally(() => {
      running = undefined;
    });
    return running;
  }

  const unsubscribe = await subscribe("guichet_search_sync", () => void drainNow());
  const timer = setInterval(() => void drainNow(), intervalMs);
  timer.unref();
  void drainNow();

  return {
    drainNow,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await unsubscribe();
      await running;
    },
  };
}
