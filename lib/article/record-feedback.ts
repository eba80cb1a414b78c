import "server-only";
import type { TArticleFeedback } from "@/lib/article/schemas";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Stores a shopper's "was this helpful?" answer against the translation they read, so each
 * language's version is judged on its own. NOT_FOUND unless that translation is published.
 */
export async function recordFeedback({
  articleId,
  feedback,
}: {
  articleId: string;
  feedback: TArticleFeedback;
}): Promise<{ id: string }> {
  const translation = await db.articleTranslation.findFirst({
    where: { articleId, locale: feedback.locale, status: "PUBLISHED" },
    select: { id: true },
  });
  if (!translation) throw new AppError("NOT_FOUND", "No published article with that id in that language.");
  return db.articleFeedback.create({
    data: { translationId: translation.id, helpful: feedback.helpful, comment: feedback.comment || null },
    select: { id: true },
  });
}
