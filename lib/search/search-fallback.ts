import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { normalizeQuery } from "@/lib/search/normalize-query";
import { loadSynonyms, type SynonymGroups } from "@/lib/search/synonyms";

type FallbackHit = {
  id: string;
  articleId: string;
  slug: string;
  title: string;
  excerpt: string;
  category: { slug: string; name: string };
};

/**
 * PostgreSQL's answer when Meilisearch cannot give one: accent-insensitive full-text search in
 * the locale's language (any word may match, better matches first) plus trigram similarity on
 * titles and keywords for misspelt words, with the same synonyms as Meilisearch. Uses the
 * expression indexes of the search migration.
 */
export async function searchFallback({
  q,
  locale,
  category,
  limit,
}: {
  q: string;
  locale: string;
  category?: string;
  limit: number;
}): Promise<FallbackHit[]> {
  const text = withSynonyms(q, locale, await loadSynonyms());
  const words = [
    ...new Set(
      normalizeQuery(q)
        .split(" ")
        .filter((word) => word.length >= 3),
    ),
  ].slice(0, 8);
  const fuzzy = words.length
    ? Prisma.join(
        words.map((word) => Prisma.sql`${word} <% public.guichet_search_label(t.title, t.keywords)`),
        " OR ",
      )
    : Prisma.sql`false`;
  const similarity = words.length
    ? Prisma.join(
        words.map((word) => Prisma.sql`word_similarity(${word}, public.guichet_search_label(t.title, t.keywords))`),
        " + ",
      )
    : Prisma.sql`0`;
  const [, rows] = await db.$transaction([
    db.$executeRaw`SET LOCAL pg_trgm.word_similarity_threshold = 0.3`,
    db.$queryRaw<
      {
        id: string;
        articleId: string;
        slug: string;
        title: string;
        excerpt: string;
        categorySlug: string;
        categoryName: string | null;
      }[]
    >`
      WITH query AS (
        -- Any word may match (OR), not all of them: shoppers type whole sentences.
        SELECT replace(plainto_tsquery(public.guichet_search_config(${locale}), ${text})::text, '&', '|')::tsquery AS terms
      )
      SELECT t.id, t."articleId", t.slug, t.title, t.excerpt, c.slug AS "categorySlug", ct.name AS "categoryName"
        FROM "ArticleTranslation" t
        JOIN "Article" a ON a.id = t."articleId"
        JOIN "Category" c ON c.id = a."categoryId"
        LEFT JOIN "CategoryTranslation" ct ON ct."categoryId" = c.id AND ct.locale = t.locale
        CROSS JOIN query
       WHERE t.locale = ${locale}
         AND t.status = 'PUBLISHED'
         AND (${category ?? null}::text IS NULL OR c.slug = ${category ?? null})
         AND (public.guichet_search_vector(t.locale, t.title, t.keywords, t.excerpt, t."bodyMarkdown") @@ query.terms OR ${fuzzy})
       ORDER BY ts_rank_cd(public.guichet_search_vector(t.locale, t.title, t.keywords, t.excerpt, t."bodyMarkdown"), query.terms)
              + ${similarity} DESC,
                a.position
       LIMIT ${limit}`,
  ]);
  return rows.map((row) => ({
    id: row.id,
    articleId: row.articleId,
    slug: row.slug,
    title: row.title,
    excerpt: row.excerpt,
    category: { slug: row.categorySlug, name: row.categoryName ?? row.categorySlug },
  }));
}

/** The query plus the other words of every synonym group it mentions. */
export function withSynonyms(q: string, locale: string, groups: SynonymGroups): string {
  const normalized = ` ${normalizeQuery(q)} `;
  const extra = (groups[locale.split("-")[0]] ?? groups[locale] ?? [])
    .filter((group) => group.some((term) => normalized.includes(` ${normalizeQuery(term)} `)))
    .flat();
  return [q, ...extra].join(" ");
}
