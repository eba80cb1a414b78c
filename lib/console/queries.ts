import "server-only";
import type { TConsoleArticleQuery } from "@/lib/article/console-schemas";
import { db } from "@/lib/db";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { defaultLocale } from "@/lib/i18n/locales";

// Staff-facing reads: unlike lib/article/queries.ts, drafts and archived translations count.

const LIST_LIMIT = 200;

export type ConsoleArticleRow = {
  id: string;
  category: { id: string; slug: string; name: string };
  updatedAt: Date;
  translations: { id: string; locale: string; slug: string; title: string; status: ArticleStatus; updatedAt: Date }[];
};

/**
 * Articles for the console list, most recently changed first. The filters select articles
 * that have a translation matching all of them (status, locale, and `q` in its title, slug,
 * excerpt or body); every translation of those articles is returned, so the list can show
 * each locale's state and the missing ones.
 */
export async function listConsoleArticles({ status, locale, category, q }: TConsoleArticleQuery = {}): Promise<
  ConsoleArticleRow[]
> {
  const text = q
    ? {
        OR: (["title", "slug", "excerpt", "bodyMarkdown"] as const).map((field) => ({
          [field]: { contains: q, mode: "insensitive" as const },
        })),
      }
    : {};
  const articles = await db.article.findMany({
    where: {
      ...(category ? { category: { slug: category } } : {}),
      translations: { some: { ...(status ? { status } : {}), ...(locale ? { locale } : {}), ...text } },
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: LIST_LIMIT,
    select: {
      id: true,
      updatedAt: true,
      category: { select: { id: true, slug: true, translations: { select: { locale: true, name: true } } } },
      translations: {
        select: { id: true, locale: true, slug: true, title: true, status: true, updatedAt: true },
        orderBy: { locale: "asc" },
      },
    },
  });
  const rows = articles.map(({ category, translations, ...article }) => {
    const name =
      category.translations.find((translation) => translation.locale === locale) ??
      category.translations.find((translation) => translation.locale === defaultLocale()) ??
      category.translations[0];
    // The article's own updatedAt does not move when only a translation changes.
    const updatedAt = new Date(
      Math.max(article.updatedAt.getTime(), ...translations.map((t) => t.updatedAt.getTime())),
    );
    return {
      ...article,
      updatedAt,
      category: { id: category.id, slug: category.slug, name: name?.name ?? category.slug },
      translations,
    };
  });
  return rows.sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
}

export type ConsoleTranslation = {
  id: string;
  locale: string;
  slug: string;
  title: string;
  bodyMarkdown: string;
  excerpt: string;
  keywords: string[];
  status: ArticleStatus;
  publishedAt: Date | null;
};

export type ConsoleArticle = { id: string; categoryId: string; translations: ConsoleTranslation[] };

/** One article with the full text of every translation, for the editor; null when there is none. */
export async function findConsoleArticle(id: string): Promise<ConsoleArticle | null> {
  return db.article.findUnique({
    where: { id },
    select: {
      id: true,
      categoryId: true,
      translations: {
        select: {
          id: true,
          locale: true,
          slug: true,
          title: true,
          bodyMarkdown: true,
          excerpt: true,
          keywords: true,
          status: true,
          publishedAt: true,
        },
        orderBy: { locale: "asc" },
      },
    },
  });
}

export type CategoryOption = { id: string; slug: string; name: string };

/** Categories in their order, named in `locale` (else the default locale, else their slug). */
export async function listCategoryOptions(locale: string): Promise<CategoryOption[]> {
  const categories = await db.category.findMany({
    orderBy: [{ position: "asc" }, { slug: "asc" }],
    select: { id: true, slug: true, translations: { select: { locale: true, name: true } } },
  });
  return categories.map(({ id, slug, translations }) => {
    const name =
      translations.find((translation) => translation.locale === locale) ??
      translations.find((translation) => translation.locale === defaultLocale());
    return { id, slug, name: name?.name ?? slug };
  });
}

/** How many versions of each translation the history shows: enough to undo a bad week. */
const REVISIONS_PER_TRANSLATION = 50;

export type RevisionEntry = {
  id: string;
  version: number;
  title: string;
  slug: string;
  bodyMarkdown: string;
  excerpt: string;
  keywords: string[];
  status: ArticleStatus;
  createdAt: Date;
  author: { id: string; name: string } | null;
};

export type TranslationHistory = { translationId: string; locale: string; revisions: RevisionEntry[] };

/** The revisions of every translation of an article, newest first; null when the article does not exist. */
export async function listArticleRevisions(articleId: string): Promise<TranslationHistory[] | null> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      translations: {
        orderBy: { locale: "asc" },
        select: {
          id: true,
          locale: true,
          revisions: {
            orderBy: { version: "desc" },
            take: REVISIONS_PER_TRANSLATION,
            select: {
              id: true,
              version: true,
              title: true,
              slug: true,
              bodyMarkdown: true,
              excerpt: true,
              keywords: true,
              status: true,
              createdAt: true,
              author: { select: { id: true, name: true } },
            },
          },
        },
      },
    },
  });
  if (!article) return null;
  return article.translations.map(({ id, locale, revisions }) => ({ translationId: id, locale, revisions }));
}

export const AUDIT_PAGE_SIZE = 50;

export type AuditRow = {
  id: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  data: unknown;
  createdAt: Date;
  actor: { id: string; name: string; email: string } | null;
};

/** One page (from 1) of the audit log, newest first, with whether an older page exists. */
export async function listAuditEntries(page = 1): Promise<{ entries: AuditRow[]; page: number; hasMore: boolean }> {
  const rows = await db.auditLog.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true,
      action: true,
      targetType: true,
      targetId: true,
      data: true,
      createdAt: true,
      actor: { select: { id: true, name: true, email: true } },
    },
  });
  return { entries: rows.slice(0, AUDIT_PAGE_SIZE), page, hasMore: rows.length > AUDIT_PAGE_SIZE };
}

export type ConsoleCategory = {
  id: string;
  slug: string;
  position: number;
  articleCount: number;
  translations: { locale: string; name: string; description: string | null }[];
};

/** Categories in their order, with every translation and how many articles each holds. */
export async function listConsoleCategories(): Promise<ConsoleCategory[]> {
  const categories = await db.category.findMany({
    orderBy: [{ position: "asc" }, { slug: "asc" }],
    select: {
      id: true,
      slug: true,
      position: true,
      translations: { select: { locale: true, name: true, description: true }, orderBy: { locale: "asc" } },
      _count: { select: { articles: true } },
    },
  });
  return categories.map(({ _count, ...category }) => ({ ...category, articleCount: _count.articles }));
}
