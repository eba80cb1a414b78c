import "server-only";
import {
  excerptFrom,
  findFreeSlug,
  recordTranslationVersion,
  slugify,
  type CreatedArticle,
  type DbTransaction,
} from "@/lib/article/create-article";
import { ZSaveArticle, type TSaveArticle } from "@/lib/article/console-schemas";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";

const translationSelect = {
  id: true,
  locale: true,
  slug: true,
  title: true,
  bodyMarkdown: true,
  excerpt: true,
  keywords: true,
  status: true,
} as const;

async function assertSlugFree(
  tx: DbTransaction,
  { locale, slug, exceptId }: { locale: string; slug: string; exceptId?: string },
) {
  const taken = await tx.articleTranslation.findUnique({
    where: { locale_slug: { locale, slug } },
    select: { id: true },
  });
  if (taken && taken.id !== exceptId) {
    throw new AppError(
      "CONFLICT",
      `The slug "${slug}" is already used by another article in ${locale}. Choose another one.`,
    );
  }
}

/**
 * Saves changes to an article (a console PATCH): its category, and for each given locale the
 * given fields of that translation, or a new translation (a draft) when the locale is new.
 * Every translation saved gets a revision by `authorId` and an outbox row, in one transaction;
 * a category change re-queues every translation, since search documents carry the category.
 */
export async function saveArticle(
  db: Db,
  articleId: string,
  input: TSaveArticle,
  { authorId }: { authorId: string },
): Promise<CreatedArticle> {
  const { categoryId, translations = [] } = ZSaveArticle.parse(input);
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: articleId },
      select: { id: true, categoryId: true, translations: { select: translationSelect } },
    });
    if (!article) throw new AppError("NOT_FOUND", "No article with that id.");

    const categoryChanged = categoryId !== undefined && categoryId !== article.categoryId;
    if (categoryChanged) {
      const category = await tx.category.findUnique({ where: { id: categoryId }, select: { id: true } });
      if (!category) throw new AppError("NOT_FOUND", "No category with that id.");
      await tx.article.update({ where: { id: articleId }, data: { categoryId } });
    }

    const saved = new Set<string>();
    for (const change of translations) {
      const existing = article.translations.find((translation) => translation.locale === change.locale);
      if (existing) {
        if (change.slug && change.slug !== existing.slug) {
          await assertSlugFree(tx, { locale: change.locale, slug: change.slug, exceptId: existing.id });
        }
        const updated = await tx.articleTranslation.update({
          where: { id: existing.id },
          data: {
            title: change.title,
            slug: change.slug,
            bodyMarkdown: change.bodyMarkdown,
            keywords: change.keywords,
            // An emptied excerpt goes back to the body's first sentence, as when it was created.
            excerpt:
              change.excerpt === undefined
                ? undefined
                : change.excerpt || excerptFrom(change.bodyMarkdown ?? existing.bodyMarkdown),
          },
          select: translationSelect,
        });
        await recordTranslationVersion(tx, updated, { authorId });
        saved.add(updated.id);
        continue;
      }
      if (!change.title || !change.bodyMarkdown) {
        throw new AppError(
          "INVALID_INPUT",
          `translations: the new ${change.locale} translation needs a title and a bodyMarkdown.`,
        );
      }
      let slug = change.slug;
      if (slug) await assertSlugFree(tx, { locale: change.locale, slug });
      else slug = await findFreeSlug(tx, change.locale, slugify(change.title));
      const created = await tx.articleTranslation.create({
        data: {
          articleId,
          locale: change.locale,
          slug,
          title: change.title,
          bodyMarkdown: change.bodyMarkdown,
          excerpt: change.excerpt || excerptFrom(change.bodyMarkdown),
          keywords: change.keywords ?? [],
          status: "DRAFT",
        },
        select: translationSelect,
      });
      await recordTranslationVersion(tx, created, { authorId });
      saved.add(created.id);
    }

    if (categoryChanged) {
      const others = article.translations.filter((translation) => !saved.has(translation.id));
      if (others.length) {
        await tx.searchSync.createMany({
          data: others.map((translation) => ({
            translationId: translation.id,
            operation: translation.status === "PUBLISHED" ? ("UPSERT" as const) : ("DELETE" as const),
          })),
        });
      }
    }

    const current = await tx.articleTranslation.findMany({
      where: { articleId },
      select: { id: true, locale: true, slug: true, status: true },
      orderBy: { locale: "asc" },
    });
    return { id: articleId, translations: current };
  });
}
