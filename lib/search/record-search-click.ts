import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Records which result of a search the shopper opened (the last click wins). */
export async function recordSearchClick({
  searchId,
  articleId,
}: {
  searchId: string;
  articleId: string;
}): Promise<void> {
  const event = await db.searchEvent.findUnique({ where: { id: searchId }, select: { locale: true } });
  if (!event) throw new AppError("NOT_FOUND", "No search with that id.");
  const translation = await db.articleTranslation.findUnique({
    where: { articleId_locale: { articleId, locale: event.locale } },
    select: { id: true, status: true },
  });
  if (!translation || translation.status !== "PUBLISHED")
    throw new AppError("NOT_FOUND", "No published article with that id in this search's language.");
  await db.searchEvent.update({
    where: { id: searchId },
    data: { clickedTranslationId: translation.id, clickedAt: new Date() },
  });
}
