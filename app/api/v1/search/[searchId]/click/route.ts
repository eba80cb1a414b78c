import { withRoute } from "@/lib/http";
import { recordSearchClick } from "@/lib/search/record-search-click";
import { ZSearchClick } from "@/lib/search/schemas";

export const dynamic = "force-dynamic";

// POST /api/v1/search/{searchId}/click – records which result helped
export const POST = withRoute<undefined, { articleId: string }, { searchId: string }>(
  { body: ZSearchClick },
  async ({ body, params }) => {
    await recordSearchClick({ searchId: params.searchId, articleId: body.articleId });
    return { ok: true };
  },
);
