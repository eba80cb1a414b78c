import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/article/create-article";
import { publishArticle, unpublishArticle } from "@/lib/article/publish-article";
import { db } from "@/lib/db";
import { createUser } from "@/lib/user/create-user";

let actorId: string;
let categoryId: string;

beforeAll(async () => {
  actorId = (await createUser(db, { email: "publisher@shop.example", password: "a-long-password", role: "EDITOR" })).id;
  categoryId = (
    await db.category.create({ data: { slug: "returns", translations: { create: { locale: "en", name: "Returns" } } } })
  ).id;
});

describe("publishArticle / unpublishArticle", () => {
  it("keeps the first publication date across unpublish and publish, with a revision each time", async () => {
    const article = await createArticle(
      db,
      { categoryId, translations: [{ locale: "en", title: "Return window", bodyMarkdown: "30 days." }] },
      { authorId: actorId },
    );
    await publishArticle(db, article.id, {}, { actorId });
    const first = await db.articleTranslation.findFirstOrThrow({ where: { articleId: article.id } });
    expect(first.publishedAt).toBeInstanceOf(Date);

    await unpublishArticle(db, article.id, {}, { actorId });
    const result = await publishArticle(db, article.id, { locale: "en" }, { actorId });
    expect(result.translations).toEqual([{ id: first.id, locale: "en", slug: "return-window", status: "PUBLISHED" }]);
    const again = await db.articleTranslation.findUniqueOrThrow({ where: { id: first.id } });
    expect(again.publishedAt).toEqual(first.publishedAt);

    const revisions = await db.articleRevision.findMany({
      where: { translationId: first.id },
      orderBy: { version: "asc" },
    });
    expect(revisions.map((revision) => revision.status)).toEqual(["DRAFT", "PUBLISHED", "DRAFT", "PUBLISHED"]);
    const audit = await db.auditLog.findMany({ where: { targetId: article.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["article.publish", "article.unpublish", "article.publish"]);
  });

  it("answers NOT_FOUND for an unknown article, without writing anything", async () => {
    await expect(publishArticle(db, "missing", {}, { actorId })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "No article with that id.",
    });
    await expect(db.auditLog.count({ where: { targetId: "missing" } })).resolves.toBe(0);
  });
});
