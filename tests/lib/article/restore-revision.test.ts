import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/article/create-article";
import { diffRevisions } from "@/lib/article/diff-revisions";
import { restoreRevision } from "@/lib/article/restore-revision";
import { saveArticle } from "@/lib/article/save-article";
import { listArticleRevisions } from "@/lib/console/queries";
import { db } from "@/lib/db";
import { createUser } from "@/lib/user/create-user";

let authorId: string;
let restorerId: string;
let categoryId: string;

beforeAll(async () => {
  authorId = (await createUser(db, { email: "writer@shop.example", password: "a-long-password", role: "EDITOR" })).id;
  restorerId = (await createUser(db, { email: "fixer@shop.example", password: "a-long-password", role: "ADMIN" })).id;
  categoryId = (
    await db.category.create({
      data: { slug: "delivery", translations: { create: { locale: "en", name: "Delivery" } } },
      select: { id: true },
    })
  ).id;
});

async function publishedArticle(slug: string) {
  const article = await createArticle(
    db,
    {
      categoryId,
      status: "PUBLISHED",
      translations: [
        {
          locale: "en",
          slug,
          title: "Where is my parcel?",
          bodyMarkdown: "Follow the link in your email.\n\nIt updates daily.",
          keywords: ["tracking"],
        },
      ],
    },
    { authorId },
  );
  await saveArticle(
    db,
    article.id,
    {
      translations: [
        {
          locale: "en",
          slug: `${slug}-now`,
          title: "Track my parcel",
          bodyMarkdown: "Follow the link in your email.\n\nIt updates every hour.",
          keywords: ["tracking", "parcel"],
        },
      ],
    },
    { authorId },
  );
  return article;
}

describe("restoreRevision", () => {
  it("saves the old text as a new revision by the restorer, keeping the status, and re-indexes it", async () => {
    const article = await publishedArticle("where-is-my-parcel");
    const [history] = (await listArticleRevisions(article.id))!;
    expect(history.revisions.map((revision) => revision.version)).toEqual([2, 1]);
    await db.searchSync.deleteMany();

    const restored = await restoreRevision(db, history.revisions[1].id, { authorId: restorerId });

    expect(restored).toMatchObject({ locale: "en", restoredVersion: 1 });
    const translation = await db.articleTranslation.findFirstOrThrow({ where: { articleId: article.id } });
    expect(translation).toMatchObject({
      slug: "where-is-my-parcel",
      title: "Where is my parcel?",
      bodyMarkdown: "Follow the link in your email.\n\nIt updates daily.",
      keywords: ["tracking"],
      status: "PUBLISHED",
    });
    const [after] = (await listArticleRevisions(article.id))!;
    expect(after.revisions.map(({ version, author }) => [version, author?.id])).toEqual([
      [3, restorerId],
      [2, authorId],
      [1, authorId],
    ]);
    const outbox = await db.searchSync.findMany({ where: { translationId: translation.id } });
    expect(outbox.map((row) => row.operation)).toEqual(["UPSERT"]);
  });

  it("refuses with 409 when the old slug has been taken since, and changes nothing", async () => {
    const article = await publishedArticle("late-parcel");
    const [history] = (await listArticleRevisions(article.id))!;
    await createArticle(db, {
      categoryId,
      translations: [{ locale: "en", slug: "late-parcel", title: "Late parcel", bodyMarkdown: "Wait a day." }],
    });

    await expect(restoreRevision(db, history.revisions[1].id, { authorId })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const [after] = (await listArticleRevisions(article.id))!;
    expect(after.revisions).toHaveLength(2);
  });

  it("answers NOT_FOUND for an unknown revision", async () => {
    await expect(restoreRevision(db, "no-such-revision", { authorId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("diffRevisions", () => {
  it("lists only the changed fields: the body by line, short fields by word", () => {
    const before = { title: "Track my parcel", slug: "a", excerpt: "", keywords: ["x"], bodyMarkdown: "One.\nTwo.\n" };
    const after = { ...before, title: "Track my order", bodyMarkdown: "One.\nThree.\n" };
    expect(diffRevisions(before, after)).toEqual([
      {
        field: "title",
        parts: [
          { value: "Track my ", added: false, removed: false },
          { value: "parcel", added: false, removed: true },
          { value: "order", added: true, removed: false },
        ],
      },
      {
        field: "bodyMarkdown",
        parts: [
          { value: "One.\n", added: false, removed: false },
          { value: "Two.\n", added: false, removed: true },
          { value: "Three.\n", added: true, removed: false },
        ],
      },
    ]);
    expect(diffRevisions(before, { ...before })).toEqual([]);
  });
});
