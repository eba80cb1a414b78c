import "server-only";
import { renderMarkdown, type TocEntry } from "@/lib/article/render-markdown";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { locales } from "@/lib/i18n/locales";

// Shopper-facing reads. Every query here filters on status PUBLISHED: drafts and archived
// translations do not exist as far as shoppers, crawlers and the public API are concerned.

const RELATED_LIMIT = 4;

export type ArticleLink = { id: string; articleId: string; slug: string; title: string; excerpt: string };

export type CategoryRef = { slug: string; name: string };

export type LocaleSlug = { locale: string; slug: string };

export type PublishedArticle = {
  /** The translation's id. */
  id: string;
  articleId: string;
  locale: string;
  slug: string;
  title: string;
  html: string;
  toc: TocEntry[];
  excerpt: string;
  category: CategoryRef;
  updatedAt: Date;
  publishedAt: Date | null;
  /** Published translations in the other configured locales. */
  translations: LocaleSlug[];
  related: ArticleLink[];
};

const linkSelect = { id: true, articleId: true, slug: true, title: true, excerpt: true } as const;

function categoryName(category: { slug: string; translations: { name: string }[] }): string {
  // A category left untranslated still needs a label in breadcrumbs.
  return category.translations[0]?.name ?? category.slug;
}

/** The published translation of `locale` at `slug`, rendered; NOT_FOUND otherwise. */
export async function getPublishedArticleOrThrow({
  locale,
  slug,
}: {
  locale: string;
  slug: string;
}): Promise<PublishedArticle> {
  const translation = await db.articleTranslation.findFirst({
    where: { locale, slug, status: "PUBLISHED" },
    select: {
      ...linkSelect,
      locale: true,
      bodyMarkdown: true,
      updatedAt: true,
      publishedAt: true,
      article: {
        select: {
          categoryId: true,
          category: { select: { slug: true, translations: { where: { locale }, select: { name: true } } } },
          translations: {
            where: { status: "PUBLISHED", locale: { in: locales().filter((other) => other !== locale) } },
            orderBy: { locale: "asc" },
            select: { locale: true, slug: true },
          },
        },
      },
    },
  });
  if (!translation) throw new AppError("NOT_FOUND", "No published article at that address.");

  const related = await db.articleTranslation.findMany({
    where: {
      locale,
      status: "PUBLISHED",
      articleId: { not: translation.articleId },
      article: { categoryId: translation.article.categoryId },
    },
    orderBy: [{ article: { position: "asc" } }, { id: "asc" }],
    take: RELATED_LIMIT,
    select: linkSelect,
  });

  const { html, toc } = renderMarkdown(translation.bodyMarkdown);
  return {
    id: translation.id,
    articleId: translation.articleId,
    locale: translation.locale,
    slug: translation.slug,
    title: translation.title,
    html,
    toc,
    excerpt: translation.excerpt,
    category: { slug: translation.article.category.slug, name: categoryName(translation.article.category) },
    updatedAt: translation.updatedAt,
    publishedAt: translation.publishedAt,
    translations: translation.article.translations,
    related,
  };
}

export type CategoryArticles = {
  category: { id: string; slug: string; name: string; description: string | null };
  articles: ArticleLink[];
  /** Other configured locales the category is translated into. */
  locales: string[];
};

/** A category translated into `locale` and its published articles there, in order; NOT_FOUND otherwise. */
export async function listCategoryArticles({
  locale,
  slug,
}: {
  locale: string;
  slug: string;
}): Promise<CategoryArticles> {
  const category = await db.category.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      translations: {
        where: { locale: { in: locales() } },
        orderBy: { locale: "asc" },
        select: { locale: true, name: true, description: true },
      },
    },
  });
  const translation = category?.translations.find((candidate) => candidate.locale === locale);
  if (!category || !translation) throw new AppError("NOT_FOUND", "No category at that address.");

  const articles = await db.articleTranslation.findMany({
    where: { locale, status: "PUBLISHED", article: { categoryId: category.id } },
    orderBy: [{ article: { position: "asc" } }, { id: "asc" }],
    select: linkSelect,
  });
  return {
    category: { id: category.id, slug: category.slug, name: translation.name, description: translation.description },
    articles,
    locales: category.translations.map((other) => other.locale).filter((other) => other !== locale),
  };
}

export type PopularArticle = ArticleLink & { category: CategoryRef };

/** The most viewed published articles of `locale`; with no views yet, the first of each category. */
export async function listPopularArticles({
  locale,
  limit,
}: {
  locale: string;
  limit: number;
}): Promise<PopularArticle[]> {
  const translations = await db.articleTranslation.findMany({
    where: { locale, status: "PUBLISHED" },
    orderBy: [
      { viewCount: "desc" },
      { article: { position: "asc" } },
      { article: { category: { position: "asc" } } },
      { id: "asc" },
    ],
    take: limit,
    select: {
      ...linkSelect,
      article: {
        select: { category: { select: { slug: true, translations: { where: { locale }, select: { name: true } } } } },
      },
    },
  });
  return translations.map(({ article, ...link }) => ({
    ...link,
    category: { slug: article.category.slug, name: categoryName(article.category) },
  }));
}

export type SitemapContent = {
  /** One entry per article; each lists its published translations, which are alternates of each other. */
  articles: { translations: (LocaleSlug & { updatedAt: Date })[] }[];
  /** Categories per locale where they have at least one published article. */
  categories: { slug: string; translations: { locale: string; updatedAt: Date }[] }[];
};

/** Every public page's content for sitemap.xml: published translations in configured locales only. */
export async function listPublishedForSitemap(): Promise<SitemapContent> {
  const published = { status: "PUBLISHED" as const, locale: { in: locales() } };
  const [articles, categories] = await Promise.all([
    db.article.findMany({
      where: { translations: { some: published } },
      orderBy: [{ categoryId: "asc" }, { position: "asc" }, { id: "asc" }],
      select: {
        categoryId: true,
        translations: {
          where: published,
          orderBy: { locale: "asc" },
          select: { locale: true, slug: true, updatedAt: true },
        },
      },
    }),
    db.category.findMany({
      orderBy: [{ position: "asc" }, { slug: "asc" }],
      select: {
        id: true,
        slug: true,
        translations: { where: { locale: { in: locales() } }, orderBy: { locale: "asc" }, select: { locale: true } },
      },
    }),
  ]);

  // A category page changes when one of its articles does.
  const latest = new Map<string, Date>();
  for (const article of articles) {
    for (const translation of article.translations) {
      const key = `${article.categoryId} ${translation.locale}`;
      const known = latest.get(key);
      if (!known || known < translation.updatedAt) latest.set(key, translation.updatedAt);
    }
  }

  return {
    articles: articles.map((article) => ({ translations: article.translations })),
    categories: categories
      .map((category) => ({
        slug: category.slug,
        translations: category.translations.flatMap(({ locale }) => {
          const updatedAt = latest.get(`${category.id} ${locale}`);
          return updatedAt ? [{ locale, updatedAt }] : [];
        }),
      }))
      .filter((category) => category.translations.length > 0),
  };
}
