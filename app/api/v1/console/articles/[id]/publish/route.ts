import { ZArticleParams, ZPublishArticle } from "@/lib/article/console-schemas";
import { publishArticle } from "@/lib/article/publish-article";
import { CONTENT_EDITORS } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { withRoute } from "@/lib/http";

export const dynamic = "force-dynamic";

// POST /api/v1/console/articles/{id}/publish – publish one translation ({ locale }) or all
export const POST = withRoute(
  { auth: CONTENT_EDITORS, params: ZArticleParams, body: ZPublishArticle },
  async ({ params, body, staff }) => ({
    article: await publishArticle(db, params.id, body, { actorId: staff.id }),
  }),
);
