import "server-only";
import { db } from "@/lib/db";

/** Counts one view of a translation, for the "popular articles" list. */
export async function recordArticleView(translationId: string): Promise<void> {
  // Raw SQL because Prisma would also bump `updatedAt`, which shoppers read as "last updated"
  // and crawlers as the sitemap's lastmod: a view is not an edit.
  await db.$executeRaw`UPDATE "ArticleTranslation" SET "viewCount" = "viewCount" + 1 WHERE "id" = ${translationId}`;
}
