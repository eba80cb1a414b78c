import "server-only";
import { SLUG_MAX_LENGTH, slugify } from "@/lib/article/slugify";
import { z } from "zod";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { markdownToText } from "@/lib/search/build-search-document";

/** The client an interactive transaction hands its callback. */
export type DbTransaction = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export const TITLE_MAX_LENGTH = 200;
export const EXCERPT_MAX_LENGTH = 300;

export const ZArticleSlug = z
  .string()
  .max(SLUG_MAX_LENGTH, { error: `must be at most ${SLUG_MAX_LENGTH} characters` })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: "must be lower-case letters and digits joined by hyphens, such as track-my-order",
  });

export const ZKeywords = z.array(z.string().trim().min(1).max(60)).max(30, { error: "must be at most 30 keywords" });

export const ZArticleTranslationInput = z.object({
  /** Checked against the install's LOCALES by the caller's schema (the route's, the CLI's). */
  locale: z.string().min(2),
  title: z
    .string()
    .trim()
    .min(1, { error: "must not be empty" })
    .max(TITLE_MAX_LENGTH, { error: `must be at most ${TITLE_MAX_LENGTH} characters` }),
  bodyMarkdown: z.string().trim().min(1, { error: "must not be empty" }).max(100_000),
  excerpt: z
    .string()
    .trim()
    .max(EXCERPT_MAX_LENGTH, { error: `must be at most ${EXCERPT_MAX_LENGTH} characters` })
    .optional(),
  keywords: ZKeywords.optional(),
  slug: ZArticleSlug.optional(),
});

export const ZCreateArticle = z.object({
  categoryId: z.string().min(1),
  status: z.enum(["DRAFT", "PUBLISHED"]).default("DRAFT"),
  translations: z
    .array(ZArticleTranslationInput)
    .min(1, { error: "needs at least one translation" })
    .refine(
      (translations) => new Set(translations.map((translation) => translation.locale)).size === translations.length,
      {
        error: "must have at most one translation per locale",
      },
    ),
});

export type TCreateArticle = z.input<typeof ZCreateArticle>;

export type CreatedArticle = {
  id: string;
  translations: { id: string; locale: string; slug: string; status: ArticleStatus }[];
};

/** `base`, or `base-2`, `base-3`… : the first slug no translation of `locale` uses. */
export async function findFreeSlug(tx: DbTransaction, locale: string, base: string): Promise<string> {
  const taken = new Set(
    (
      await tx.articleTranslation.findMany({
        where: { locale, slug: { startsWith: base } },
        select: { slug: true },
      })
    ).map((translation) => translation.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, SLUG_MAX_LENGTH - suffix.length).replace(/-$/, "")}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** The first sentence of an article, as plain text, for listings and search results. */
export function excerptFrom(bodyMarkdown: string): string {
  const text = markdownToText(bodyMarkdown);
  const sentence = /^.+?[.!?…](?=\s|$)/u.exec(text)?.[0] ?? text;
  if (sentence.length <= EXCERPT_MAX_LENGTH) return sentence;
  const cut = sentence.slice(0, EXCERPT_MAX_LENGTH - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : cut.length).replace(/[\s,;:]+$/, "")}…`;
}

type TranslationState = {
  id: string;
  slug: string;
  title: string;
  bodyMarkdown: string;
  excerpt: string;
  keywords: string[];
  status: ArticleStatus;
};

/**
 * What every saved change of a translation is followed by, in its transaction: a revision
 * (the next version number) and an outbox row that brings the search index up to date.
 */
export async function recordTranslationVersion(
  tx: DbTransaction,
  translation: TranslationState,
  { authorId }: { authorId?: string } = {},
): Promise<void> {
  const latest = await tx.articleRevision.aggregate({
    where: { translationId: translation.id },
    _max: { version: true },
  });
  await tx.articleRevision.create({
    data: {
      translationId: translation.id,
      version: (latest._max.version ?? 0) + 1,
      title: translation.title,
      slug: translation.slug,
      bodyMarkdown: translation.bodyMarkdown,
      excerpt: translation.excerpt,
      keywords: translation.keywords,
      status: translation.status,
      authorId: authorId ?? null,
    },
  });
  await tx.searchSync.create({
    data: { translationId: translation.id, operation: translation.status === "PUBLISHED" ? "UPSERT" : "DELETE" },
  });
}

/**
 * Creates an article at the end of its category with its translations, each with a first
 * revision and an outbox row, in one transaction. A translation without a slug gets one from
 * its title, made unique in its locale; without an excerpt, its first sentence.
 */
export async function createArticle(
  db: Db,
  input: TCreateArticle,
  { authorId }: { authorId?: string } = {},
): Promise<CreatedArticle> {
  const { categoryId, status, translations } = ZCreateArticle.parse(input);
  return db.$transaction(async (tx) => {
    const category = await tx.category.findUnique({ where: { id: categoryId }, select: { id: true } });
    if (!category) throw new AppError("NOT_FOUND", "No category with that id.");
    const last = await tx.article.aggregate({ where: { categoryId }, _max: { position: true } });
    const article = await tx.article.create({
      data: { categoryId, position: (last._max.position ?? -1) + 1 },
      select: { id: true },
    });

    const created: CreatedArticle["translations"] = [];
    for (const translation of translations) {
      const { locale } = translation;
      let slug = translation.slug;
      if (slug) {
        const taken = await tx.articleTranslation.findUnique({
          where: { locale_slug: { locale, slug } },
          select: { id: true },
        });
        if (taken)
          throw new AppError("CONFLICT", `The slug "${slug}" is already used by another article in ${locale}.`);
      } else {
        slug = await findFreeSlug(tx, locale, slugify(translation.title));
      }
      const saved = await tx.articleTranslation.create({
        data: {
          articleId: article.id,
          locale,
          slug,
          title: translation.title,
          bodyMarkdown: translation.bodyMarkdown,
          excerpt: translation.excerpt || excerptFrom(translation.bodyMarkdown),
          keywords: translation.keywords ?? [],
          status,
          publishedAt: status === "PUBLISHED" ? new Date() : null,
        },
        select: { id: true, slug: true, title: true, bodyMarkdown: true, excerpt: true, keywords: true, status: true },
      });
      await recordTranslationVersion(tx, saved, { authorId });
      created.push({ id: saved.id, locale, slug: saved.slug, status: saved.status });
    }
    return { id: article.id, translations: created };
  });
}

export { slugify };
