import { getPublishedArticleOrThrow } from "@/lib/article/queries";
import { ZArticleQuery } from "@/lib/article/schemas";
import { withRoute } from "@/lib/http";

export const dynamic = "force-dynamic";

// GET /api/v1/articles/{slug}?locale= – a published translation, rendered to sanitised HTML
// (the segment is named [id] because Next allows one dynamic name per level; it holds the slug)
export const GET = withRoute({ query: ZArticleQuery }, async ({ query, params }) => {
  const article = await getPublishedArticleOrThrow({ locale: query.locale, slug: params.id });
  return {
    article: {
      id: article.id,
      articleId: article.articleId,
      locale: article.locale,
      slug: article.slug,
      title: article.title,
      html: article.html,
      excerpt: article.excerpt,
      category: article.category,
      updatedAt: article.updatedAt,
      related: article.related.map((link) => ({ ...link, url: `/${article.locale}/articles/${link.slug}` })),
    },
  };
});
