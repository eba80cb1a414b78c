import "server-only";
import { AppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locales";
import { articlesIndexUid, searchClient } from "@/lib/search/client";
import { hasMatch, highlightToHtml, escapeHtml, MATCH_END, MATCH_START } from "@/lib/search/highlight";
import { localizedField, meiliLanguage } from "@/lib/search/languages";
import { searchFallback } from "@/lib/search/search-fallback";

export type SearchHit = {
  id: string;
  articleId: string;
  slug: string;
  title: string;
  excerpt: string;
  url: string;
  category: { slug: string; name: string };
  /** HTML-safe, with <mark> around the matched words. */
  highlight: { title: string; excerpt: string };
};

export type SearchResult = { total: number; degraded: boolean; hits: SearchHit[] };

export type SearchOptions = { q: string; locale: string; category?: string; limit: number };

type Document = Record<string, unknown>;

/** The search the app sends Meilisearch (the benchmark sends the same one directly). */
export function meiliSearchParams({ locale, category, limit }: Omit<SearchOptions, "q">) {
  const [title, excerpt, body] = (["title", "excerpt", "body"] as const).map((field) => localizedField(field, locale));
  const language = meiliLanguage(locale);
  return {
    filter: [`locale = "${locale}"`, ...(category ? [`categorySlug = "${category}"`] : [])],
    limit,
    ...(language ? { locales: [language] as never[] } : {}),
    attributesToRetrieve: ["id", "articleId", "slug", "categorySlug", "categoryName", title, excerpt],
    attributesToHighlight: [title, excerpt],
    attributesToCrop: [body],
    cropLength: 28,
    highlightPreTag: MATCH_START,
    highlightPostTag: MATCH_END,
  };
}

async function searchMeilisearch(options: SearchOptions): Promise<SearchResult> {
  const { q, locale } = options;
  const [title, excerpt, body] = (["title", "excerpt", "body"] as const).map((field) => localizedField(field, locale));
  const response = await searchClient().index(articlesIndexUid()).search<Document>(q, meiliSearchParams(options));
  return {
    total: response.estimatedTotalHits ?? response.hits.length,
    degraded: false,
    hits: response.hits.map((hit) => {
      const formatted = (hit._formatted ?? {}) as Document;
      const plainExcerpt = String(hit[excerpt] ?? "");
      const formattedExcerpt = String(formatted[excerpt] ?? plainExcerpt);
      const formattedBody = formatted[body] ? `…${String(formatted[body])}…` : undefined;
      // Show where the words matched: the excerpt when it matched, else the matching part of the body.
      const shownExcerpt = hasMatch(formattedExcerpt) || !hasMatch(formattedBody) ? formattedExcerpt : formattedBody!;
      const slug = String(hit.slug);
      return {
        id: String(hit.id),
        articleId: String(hit.articleId),
        slug,
        title: String(hit[title] ?? ""),
        excerpt: plainExcerpt,
        url: `/${locale}/articles/${slug}`,
        category: { slug: String(hit.categorySlug), name: String(hit.categoryName) },
        highlight: {
          title: highlightToHtml(String(formatted[title] ?? hit[title] ?? "")),
          excerpt: highlightToHtml(shownExcerpt),
        },
      };
    }),
  };
}

/**
 * Searches published articles of one locale: Meilisearch first; when it is unreachable or
 * fails, PostgreSQL full-text search answers instead and the result says `degraded: true`.
 */
export async function searchArticles(options: SearchOptions): Promise<SearchResult> {
  if (!isLocale(options.locale))
    throw new AppError("INVALID_INPUT", `locale: must be one of the help center's locales`);
  try {
    return await searchMeilisearch(options);
  } catch (error) {
    console.warn(`Search fell back to PostgreSQL: ${error instanceof Error ? error.message : String(error)}`);
    const hits = await searchFallback(options);
    return {
      total: hits.length,
      degraded: true,
      hits: hits.map((hit) => ({
        ...hit,
        url: `/${options.locale}/articles/${hit.slug}`,
        highlight: { title: escapeHtml(hit.title), excerpt: escapeHtml(hit.excerpt) },
      })),
    };
  }
}
