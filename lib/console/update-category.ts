import "server-only";
import { z } from "zod";
import { ZArticleSlug } from "@/lib/article/create-article";
import { ZConfiguredLocale } from "@/lib/article/schemas";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export const ZUpdateCategory = z.object({
  slug: ZArticleSlug.optional(),
  translations: z
    .array(
      z.object({
        locale: ZConfiguredLocale,
        name: z.string().trim().min(1, { error: "must not be empty" }).max(100),
        description: z.string().trim().max(500).optional(),
      }),
    )
    .optional(),
});

export type TUpdateCategory = z.input<typeof ZUpdateCategory>;

/**
 * Renames a category (its slug, and per locale its name and description; a new locale is
 * added). Search documents carry the category, so its published articles are re-queued.
 */
export async function updateCategory(db: Db, categoryId: string, input: TUpdateCategory): Promise<void> {
  const { slug, translations = [] } = ZUpdateCategory.parse(input);
  await db.$transaction(async (tx) => {
    const category = await tx.category.findUnique({ where: { id: categoryId }, select: { id: true, slug: true } });
    if (!category) throw new AppError("NOT_FOUND", "No category with that id.");
    if (slug && slug !== category.slug) {
      const taken = await tx.category.findUnique({ where: { slug }, select: { id: true } });
      if (taken) throw new AppError("CONFLICT", `The category slug "${slug}" is already used. Choose another one.`);
      await tx.category.update({ where: { id: categoryId }, data: { slug }, select: { id: true } });
    }
    for (const { locale, name, description } of translations) {
      await tx.categoryTranslation.upsert({
        where: { categoryId_locale: { categoryId, locale } },
        create: { categoryId, locale, name, description: description || null },
        update: { name, description: description || null },
        select: { id: true },
      });
    }
    const published = await tx.articleTranslation.findMany({
      where: { status: "PUBLISHED", article: { categoryId } },
      select: { id: true },
    });
    if (published.length) {
      await tx.searchSync.createMany({
        data: published.map((translation) => ({ translationId: translation.id, operation: "UPSERT" as const })),
      });
    }
  });
}
