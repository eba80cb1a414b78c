import { localizedField } from "@/lib/search/languages";

export type SearchableTranslation = {
  id: string;
  articleId: string;
  locale: string;
  slug: string;
  title: string;
  excerpt: string;
  keywords: string[];
  bodyMarkdown: string;
  article: { position: number; category: { slug: string; translations: { locale: string; name: string }[] } };
};

export type SearchDocument = Record<string, string | string[] | number>;

/** Markdown to the plain text worth matching: no syntax, no URLs. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, " ")
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, "")
    .replace(/[*_`~|]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The Meilisearch document of one published translation. */
export function buildSearchDocument(translation: SearchableTranslation): SearchDocument {
  const { locale } = translation;
  const category = translation.article.category;
  return {
    id: translation.id,
    articleId: translation.articleId,
    locale,
    slug: translation.slug,
    position: translation.article.position,
    categorySlug: category.slug,
    categoryName: category.translations.find((candidate) => candidate.locale === locale)?.name ?? category.slug,
    [localizedField("title", locale)]: translation.title,
    [localizedField("keywords", locale)]: translation.keywords,
    [localizedField("excerpt", locale)]: translation.excerpt,
    [localizedField("body", locale)]: markdownToText(translation.bodyMarkdown),
  };
}

/** What to select from ArticleTranslation to build documents. */
export const searchableTranslationSelect = {
  id: true,
  articleId: true,
  locale: true,
  slug: true,
  title: true,
  excerpt: true,
  keywords: true,
  bodyMarkdown: true,
  status: true,
  article: {
    select: {
      position: true,
      category: { select: { slug: true, translations: { select: { locale: true, name: true } } } },
    },
  },
} as const;
