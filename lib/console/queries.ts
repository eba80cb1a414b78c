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
export async function listConsoleArticles({ status, locale, q }: TConsoleArticleQuery = {}): Promise<
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
    where: { translations: { some: { ...(status ? { status } : {}), ...(locale ? { locale } : {}), ...text } } },
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
