import { ZArticleParams } from "@/lib/article/console-schemas";
import { CONTENT_EDITORS } from "@/lib/auth/roles";
import { listArticleRevisions } from "@/lib/console/queries";
import { AppError } from "@/lib/errors";
import { withRoute } from "@/lib/http";

export const dynamic = "force-dynamic";

// GET /api/v1/console/articles/{id}/revisions – every translation's revisions, newest first
export const GET = withRoute({ auth: CONTENT_EDITORS, params: ZArticleParams }, async ({ params }) => {
  const translations = await listArticleRevisions(params.id);
  if (!translations) throw new AppError("NOT_FOUND", "No article with that id.");
  return { translations };
});
