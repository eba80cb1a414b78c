import "server-only";
import { listPopularArticles, type ArticleLink } from "@/lib/article/queries";
import { db } from "@/lib/db";

const LIMIT = 5;

/**
 * Which help categories answer the questions of a kind of shop page or chat topic, most useful
 * first. The slugs are the demo shop's; a shop whose categories are named otherwise gets its
 * popular articles instead.
 */
const CATEGORIES_FOR: Record<string, string[]> = {
  checkout: ["payment-checkout", "shipping-delivery"],
  cart: ["payment-checkout", "shipping-delivery"],
  payment: ["payment-checkout"],
  product: ["products-sizing", "shipping-delivery"],
  order: ["orders-tracking", "returns-refunds"],
  "after-sales": ["returns-refunds", "orders-tracking"],
  account: ["account-login"],
  login: ["account-login"],
};

function normalise(value: string | undefined): string | undefined {
  return value
    ?.trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
}

/** The category slugs a page context points to, page type first, then topic. */
export function categoriesForContext({ pageType, topic }: { pageType?: string; topic?: string }): string[] {
  const keys = [normalise(pageType), normalise(topic)].filter((key): key is string => !!key);
  return [...new Set(keys.flatMap((key) => CATEGORIES_FOR[key] ?? []))];
}

/** Articles to show before the shopper types: from the page context's categories, else the popular ones. */
export async function suggestArticles({
  locale,
  pageType,
  topic,
}: {
  locale: string;
  pageType?: string;
  topic?: string;
}): Promise<ArticleLink[]> {
  const categories = categoriesForContext({ pageType, topic });
  if (categories.length) {
    const rows = await db.articleTranslation.findMany({
      where: { locale, status: "PUBLISHED", article: { category: { slug: { in: categories } } } },
      orderBy: [{ viewCount: "desc" }, { article: { position: "asc" } }, { id: "asc" }],
      select: {
        id: true,
        articleId: true,
        slug: true,
        title: true,
        excerpt: true,
        article: { select: { category: { select: { slug: true } } } },
      },
    });
    // Interleave the categories so that a checkout page shows payment and delivery alike.
    const byCategory = categories.map((slug) => rows.filter((row) => row.article.category.slug === slug));
    const picked: ArticleLink[] = [];
    for (let index = 0; picked.length < LIMIT && byCategory.some((list) => index < list.length); index++) {
      for (const list of byCategory) {
        const row = list[index];
        if (row && picked.length < LIMIT)
          picked.push({ id: row.id, articleId: row.articleId, slug: row.slug, title: row.title, excerpt: row.excerpt });
      }
    }
    if (picked.length) return picked;
  }
  const popular = await listPopularArticles({ locale, limit: LIMIT });
  return popular.map(({ id, articleId, slug, title, excerpt }) => ({ id, articleId, slug, title, excerpt }));
}
