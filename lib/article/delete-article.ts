import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Deletes an article with its translations and revisions. The outbox rows written in the
 * same transaction take its translations out of the search index.
 */
export async function deleteArticle(db: Db, articleId: string, { actorId }: { actorId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: articleId },
      select: { id: true, translations: { select: { id: true, locale: true, slug: true, title: true } } },
    });
    if (!article) throw new AppError("NOT_FOUND", "No article with that id.");
    if (article.translations.length) {
      await tx.searchSync.createMany({
        data: article.translations.map((translation) => ({
          translationId: translation.id,
          operation: "DELETE" as const,
        })),
      });
    }
    // The audit row keeps what was deleted, since the article itself will be gone.
    await recordAudit(tx, {
      actorId,
      action: "article.delete",
      targetType: "Article",
      targetId: articleId,
      data: { translations: article.translations.map(({ locale, slug, title }) => ({ locale, slug, title })) },
    });
    await tx.article.delete({ where: { id: articleId } });
  });
}
