import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { flushSearchEvents } from "@/lib/search/record-search-event";

/** Another instance flushes its buffered searches within this time. */
const FLUSH_WAIT_MS = 300;

/** Records which result of a search the shopper opened (the last click wins). */
export async function recordSearchClick({
  searchId,
  articleId,
}: {
  searchId: string;
  articleId: string;
}): Promise<void> {
  const event = await findSearchEvent(searchId);
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

/**
 * A click can follow its search faster than searches are written (they are buffered): write
 * this instance's buffer, and give another instance's buffer one flush interval.
 */
async function findSearchEvent(id: string) {
  const find = () => db.searchEvent.findUnique({ where: { id }, select: { locale: true } });
  const found = await find();
  if (found) return found;
  await flushSearchEvents();
  return (await find()) ?? (await new Promise((resolve) => setTimeout(resolve, FLUSH_WAIT_MS)).then(find));
}
