import "server-only";
import { recordTranslationVersion } from "@/lib/article/create-article";
import type { TPublishArticle } from "@/lib/article/console-schemas";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";

export type PublishResult = {
  id: string;
  translations: { id: string; locale: string; slug: string; status: ArticleStatus }[];
};

async function setStatus(
  db: Db,
  articleId: string,
  { locale }: TPublishArticle,
  { actorId, status }: { actorId: string; status: "PUBLISHED" | "DRAFT" },
): Promise<PublishResult> {
  return db.$transaction(async (tx) => {
    const translations = await tx.articleTranslation.findMany({
      where: { articleId, ...(locale ? { locale } : {}) },
      select: { id: true, locale: true, publishedAt: true },
    });
    if (translations.length === 0) {
      const exists = await tx.article.findUnique({ where: { id: articleId }, select: { id: true } });
      throw new AppError(
        "NOT_FOUND",
        exists ? `This article has no ${locale} translation.` : "No article with that id.",
      );
    }
    for (const translation of translations) {
      const saved = await tx.articleTranslation.update({
        where: { id: translation.id },
        data: {
          status,
          // The first publication date stays: it is what shoppers and sitemaps see.
          ...(status === "PUBLISHED" && !translation.publishedAt ? { publishedAt: new Date() } : {}),
        },
        select: { id: true, slug: true, title: true, bodyMarkdown: true, excerpt: true, keywords: true, status: true },
      });
      await recordTranslationVersion(tx, saved, { authorId: actorId });
    }
    await recordAudit(tx, {
      actorId,
      action: status === "PUBLISHED" ? "article.publish" : "article.unpublish",
      targetType: "Article",
      targetId: articleId,
      data: { locales: translations.map((translation) => translation.locale) },
    });
    const current = await tx.articleTranslation.findMany({
      where: { articleId },
      select: { id: true, locale: true, slug: true, status: true },
      orderBy: { locale: "asc" },
    });
    return { id: articleId, translations: current };
  });
}

/** Publishes one translation of an article, or all of them when no locale is given; search catches up through the outbox. */
export function publishArticle(db: Db, articleId: string, input: TPublishArticle, { actorId }: { actorId: string }) {
  return setStatus(db, articleId, input, { actorId, status: "PUBLISHED" });
}

/** Takes translations back to draft: gone from search and public pages, kept for editing. */
export function unpublishArticle(db: Db, articleId: string, input: TPublishArticle, { actorId }: { actorId: string }) {
  return setStatus(db, articleId, input, { actorId, status: "DRAFT" });
}
