import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/article/create-article";
import { saveArticle } from "@/lib/article/save-article";
import { db } from "@/lib/db";
import { createUser } from "@/lib/user/create-user";

let authorId: string;
let categoryId: string;
let otherCategoryId: string;

beforeAll(async () => {
  authorId = (await createUser(db, { email: "writer@shop.example", password: "a-long-password", role: "EDITOR" })).id;
  const [first, second] = await Promise.all(
    ["tracking", "billing"].map((slug, position) =>
      db.category.create({
        data: { slug, position, translations: { create: { locale: "en", name: slug } } },
        select: { id: true },
      }),
    ),
  );
  categoryId = first.id;
  otherCategoryId = second.id;
});

async function newArticle() {
  return createArticle(
    db,
    {
      categoryId,
      status: "PUBLISHED",
      translations: [
        {
          locale: "en",
          title: "Where is my parcel?",
          bodyMarkdown: "Follow the link in your email. It updates daily.",
        },
        { locale: "fr", title: "Où est mon colis ?", bodyMarkdown: "Suivez le lien." },
      ],
    },
    { authorId },
  );
}

describe("saveArticle", () => {
  it("re-queues every translation for search when the category changes", async () => {
    const article = await newArticle();
    await db.searchSync.deleteMany({});
    await saveArticle(db, article.id, { categoryId: otherCategoryId }, { authorId });
    const queued = await db.searchSync.findMany({ orderBy: { id: "asc" } });
    expect(queued.map((row) => [row.translationId, row.operation]).sort()).toEqual(
      article.translations.map((translation) => [translation.id, "UPSERT"]).sort(),
    );
    // Moving an article is not a new version of its text.
    await expect(db.articleRevision.count({ where: { translation: { articleId: article.id } } })).resolves.toBe(2);
  });

  it("keeps a published translation published, and its excerpt follows the body when emptied", async () => {
    const article = await newArticle();
    await saveArticle(
      db,
      article.id,
      { translations: [{ locale: "en", bodyMarkdown: "Use the tracking page. It is live.", excerpt: "" }] },
      { authorId },
    );
    const en = await db.articleTranslation.findFirstOrThrow({ where: { articleId: article.id, locale: "en" } });
    expect(en).toMatchObject({ status: "PUBLISHED", excerpt: "Use the tracking page." });
    await expect(
      db.searchSync.count({ where: { translationId: en.id, operation: "UPSERT" } }),
    ).resolves.toBeGreaterThanOrEqual(2);
  });

  it("numbers concurrent saves of one translation without gaps or duplicates", async () => {
    const article = await newArticle();
    await Promise.all(
      Array.from({ length: 5 }, (_, index) =>
        saveArticle(
          db,
          article.id,
          { translations: [{ locale: "fr", title: `Où est mon colis ? (${index})` }] },
          { authorId },
        ),
      ),
    );
    const versions = await db.articleRevision.findMany({
      where: { translation: { articleId: article.id, locale: "fr" } },
      select: { version: true },
      orderBy: { version: "asc" },
    });
    expect(versions.map((revision) => revision.version)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("rolls the whole save back when one translation conflicts", async () => {
    const taken = await newArticle();
    const article = await createArticle(
      db,
      { categoryId, translations: [{ locale: "en", title: "Late delivery", bodyMarkdown: "Sorry." }] },
      { authorId },
    );
    const frSlug = taken.translations.find((translation) => translation.locale === "fr")!.slug;
    await expect(
      saveArticle(
        db,
        article.id,
        {
          translations: [
            { locale: "en", title: "Changed title" },
            { locale: "fr", title: "Retard", bodyMarkdown: "Désolé.", slug: frSlug },
          ],
        },
        { authorId },
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const translations = await db.articleTranslation.findMany({ where: { articleId: article.id } });
    expect(translations.map((translation) => [translation.locale, translation.title])).toEqual([
      ["en", "Late delivery"],
    ]);
    await expect(db.articleRevision.count({ where: { translation: { articleId: article.id } } })).resolves.toBe(1);
  });
});
