import "server-only";
import { db } from "@/lib/db";
import { normalizeQuery } from "@/lib/search/normalize-query";

export type SearchEventInput = {
  q: string;
  locale: string;
  resultCount: number;
  degraded: boolean;
  visitorId?: string;
};

/**
 * Files a search under `id`: a new event, or the settled version of the question the search box
 * is refining. Writes land after the answer and may arrive out of order, so an older keystroke
 * never overwrites a newer one.
 */
export async function recordSearchEvent(id: string, input: SearchEventInput, at: Date = new Date()): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "SearchEvent" (id, query, "normalizedQuery", locale, "resultCount", degraded, "visitorId", "createdAt")
    VALUES (${id}, ${input.q}, ${normalizeQuery(input.q)}, ${input.locale}, ${input.resultCount}, ${input.degraded}, ${input.visitorId ?? null}, ${at})
    ON CONFLICT (id) DO UPDATE
       SET query = EXCLUDED.query,
           "normalizedQuery" = EXCLUDED."normalizedQuery",
           "resultCount" = EXCLUDED."resultCount",
           degraded = EXCLUDED.degraded,
           "createdAt" = EXCLUDED."createdAt"
     WHERE "SearchEvent"."createdAt" <= EXCLUDED."createdAt"
       AND "SearchEvent".locale = EXCLUDED.locale`;
}
