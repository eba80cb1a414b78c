import { withRoute } from "@/lib/http";
import { ZSuggestionsQuery } from "@/lib/widget/schemas";
import { suggestArticles } from "@/lib/widget/suggest-articles";

export const dynamic = "force-dynamic";

// GET /api/v1/widget/suggestions?locale=&topic=&pageType= – articles for the page before the shopper types
export const GET = withRoute({ query: ZSuggestionsQuery }, async ({ query }) => ({
  articles: await suggestArticles(query),
}));
