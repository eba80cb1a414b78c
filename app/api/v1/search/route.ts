import { randomUUID } from "node:crypto";
import { withRoute } from "@/lib/http";
import { ZSearchQuery } from "@/lib/search/schemas";
import { recordSearchEvent } from "@/lib/search/record-search-event";
import { searchArticles } from "@/lib/search/search-articles";

export const dynamic = "force-dynamic";

// GET /api/v1/search – published articles matching a question, as the shopper types
export const GET = withRoute({ query: ZSearchQuery }, async ({ query }) => {
  const receivedAt = new Date();
  const result = await searchArticles(query);
  const searchId = query.searchId ?? randomUUID();
  // Analytics stay off the shopper's path: the answer does not wait for this write.
  void recordSearchEvent(
    searchId,
    { q: query.q, locale: query.locale, resultCount: result.total, degraded: result.degraded },
    receivedAt,
  ).catch((error: unknown) => console.error("Could not record a search event", error));
  return {
    query: query.q,
    locale: query.locale,
    total: result.total,
    degraded: result.degraded,
    searchId,
    hits: result.hits,
  };
});
