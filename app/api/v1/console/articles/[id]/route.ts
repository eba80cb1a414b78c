import { ZArticleParams, ZSaveArticle } from "@/lib/article/console-schemas";
import { deleteArticle } from "@/lib/article/delete-article";
import { saveArticle } from "@/lib/article/save-article";
import { CONTENT_EDITORS } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { withRoute } from "@/lib/http";

export const dynamic = "force-dynamic";

// PATCH /api/v1/console/articles/{id} – save changes; every saved translation gets a revision
export const PATCH = withRoute(
  { auth: CONTENT_EDITORS, params: ZArticleParams, body: ZSaveArticle },
  async ({ params, body, staff }) => ({
    article: await saveArticle(db, params.id, body, { authorId: staff.id }),
  }),
);

// DELETE /api/v1/console/articles/{id} – delete an article; it leaves search and public pages
export const DELETE = withRoute({ auth: CONTENT_EDITORS, params: ZArticleParams }, async ({ params, staff }) => {
  await deleteArticle(db, params.id, { actorId: staff.id });
  return new Response(null, { status: 204 });
});
