import { ZConsoleArticleQuery, ZConsoleCreateArticle } from "@/lib/article/console-schemas";
import { createArticle } from "@/lib/article/create-article";
import { CONTENT_EDITORS, STAFF } from "@/lib/auth/roles";
import { listConsoleArticles } from "@/lib/console/queries";
import { db } from "@/lib/db";
import { withRoute } from "@/lib/http";

export const dynamic = "force-dynamic";

// GET /api/v1/console/articles – articles with every translation's state, drafts included
export const GET = withRoute({ auth: STAFF, query: ZConsoleArticleQuery }, async ({ query }) => ({
  articles: await listConsoleArticles(query),
}));

// POST /api/v1/console/articles – create an article as drafts
export const POST = withRoute(
  { auth: CONTENT_EDITORS, body: ZConsoleCreateArticle, status: 201 },
  async ({ body, staff }) => ({
    article: await createArticle(db, { ...body, status: "DRAFT" }, { authorId: staff.id }),
  }),
);
