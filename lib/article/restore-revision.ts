import "server-only";
import type { CreatedArticle } from "@/lib/article/create-article";
import { saveArticle } from "@/lib/article/save-article";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export type RestoredRevision = { article: CreatedArticle; locale: string; restoredVersion: number };

/**
 * Brings a translation back to the text of one of its revisions. It is an ordinary save of the
 * old content, so it makes a new revision (history is never rewritten) and goes through the
 * search outbox; the translation keeps its current status.
 */
export async function restoreRevision(
  db: Db,
  revisionId: string,
  { authorId }: { authorId: string },
): Promise<RestoredRevision> {
  const revision = await db.articleRevision.findUnique({
    where: { id: revisionId },
    select: {
      version: true,
      title: true,
      slug: true,
      bodyMarkdown: true,
      excerpt: true,
      keywords: true,
      translation: { select: { articleId: true, locale: true } },
    },
  });
  if (!revision) throw new AppError("NOT_FOUND", "No revision with that id.");
  const { articleId, locale } = revision.translation;
  const article = await saveArticle(
    db,
    articleId,
    {
      translations: [
        {
          locale,
          title: revision.title,
          slug: revision.slug,
          bodyMarkdown: revision.bodyMarkdown,
          excerpt: revision.excerpt,
          keywords: revision.keywords,
        },
      ],
    },
    { authorId },
  );
  return { article, locale, restoredVersion: revision.version };
}
