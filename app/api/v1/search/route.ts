import { randomUUID } from "node:crypto";
import { withRoute } from "@/lib/http";
import { ZSearchQuery } from "@/lib/search/schemas";
import { queueSearchEvent } from "@/lib/search/record-search-event";
import { searchArticles } from "@/lib/search/search-articles";

export const dynamic = "force-dynamic";

// GET /api/v1/search – published articles matching a question, as the shopper types
export const GET = withRoute({ query: ZSearchQuery }, async ({ query }) => {
  const receivedAt = new Date();
  const result = await searchArticles(query);
  const searchId = query.searchId ?? randomUUID();
  // Analytics stay off the shopper's path: buffered, written in batches.
  queueSearchEvent(
    searchId,
    { q: query.q, locale: query.locale, resultCount: result.total, degraded: result.degraded },
    receivedAt,
  );
  return {
    query: query.q,
    locale: query.locale,
    total: result.total,
    degraded: result.degraded,
    searchId,
    hits: result.hits,
  };
});
