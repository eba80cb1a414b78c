import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { normalizeQuery } from "@/lib/search/normalize-query";

export type SearchEventInput = {
  q: string;
  locale: string;
  resultCount: number;
  degraded: boolean;
  visitorId?: string;
};

type PendingEvent = SearchEventInput & { id: string; at: Date };

/**
 * Files searches under their ids: a new event, or the settled version of the question a search
 * box is refining. Writes may arrive out of order, so an older keystroke never overwrites a
 * newer one.
 */
export async function recordSearchEvents(events: PendingEvent[]): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map(
    (event) =>
      Prisma.sql`(${event.id}, ${event.q}, ${normalizeQuery(event.q)}, ${event.locale}, ${event.resultCount}, ${event.degraded}, ${event.visitorId ?? null}, ${event.at})`,
  );
  await db.$executeRaw`
    INSERT INTO "SearchEvent" (id, query, "normalizedQuery", locale, "resultCount", degraded, "visitorId", "createdAt")
    VALUES ${Prisma.join(rows)}
    ON CONFLICT (id) DO UPDATE
       SET query = EXCLUDED.query,
           "normalizedQuery" = EXCLUDED."normalizedQuery",
           "resultCount" = EXCLUDED."resultCount",
           degraded = EXCLUDED.degraded,
           "createdAt" = EXCLUDED."createdAt"
     WHERE "SearchEvent"."createdAt" <= EXCLUDED."createdAt"
       AND "SearchEvent".locale = EXCLUDED.locale`;
}

export function recordSearchEvent(id: string, input: SearchEventInput, at: Date = new Date()): Promise<void> {
  return recordSearchEvents([{ ...input, id, at }]);
}

/** How long searches wait in memory before one INSERT writes them all. */
const FLUSH_AFTER_MS = 250;

type Buffer = { pending: Map<string, PendingEvent>; timer?: NodeJS.Timeout };

const holder = globalThis as unknown as { guichetSearchEvents?: Buffer };

function buffer(): Buffer {
  holder.guichetSearchEvents ??= { pending: new Map() };
  return holder.guichetSearchEvents;
}

/** Writes the buffered searches now. */
export async function flushSearchEvents(): Promise<void> {
  const state = buffer();
  clearTimeout(state.timer);
  state.timer = undefined;
  const events = [...state.pending.values()];
  state.pending.clear();
  await recordSearchEvents(events);
}

/**
 * Queues a search for analytics, off the shopper's path: keystrokes of one question collapse in
 * memory (the newest wins) and a batch is written every quarter of a second, so searching costs
 * one INSERT per batch rather than one per keystroke. A crash loses at most that quarter second
 * of analytics, never anything a shopper wrote.
 */
export function queueSearchEvent(id: string, input: SearchEventInput, at: Date = new Date()): void {
  const state = buffer();
  const previous = state.pending.get(id);
  if (!previous || previous.at <= at) state.pending.set(id, { ...input, id, at });
  state.timer ??= setTimeout(() => {
    flushSearchEvents().catch((error: unknown) => console.error("Could not record search events", error));
  }, FLUSH_AFTER_MS);
}
