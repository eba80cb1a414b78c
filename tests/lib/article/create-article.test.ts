import { beforeAll, describe, expect, it } from "vitest";
import { createArticle, excerptFrom, slugify } from "@/lib/article/create-article";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { searchArticles } from "@/lib/search/search-articles";
import { drainAll } from "../../support/search-index";

let categoryId: string;

beforeAll(async () => {
  ({ id: categoryId } = await db.category.create({
    data: { slug: "care", translations: { create: [{ locale: "en", name: "Product care" }] } },
  }));
});

describe("slugify", () => {
  it.each([
    ["Où est ma commande ?", "ou-est-ma-commande"],
    ["J'ai oublié mon mot de passe", "jai-oublie-mon-mot-de-passe"],
    ["Why didn't my parcel arrive?", "why-didnt-my-parcel-arrive"],
    ["Cœur & Sœur: 50% off!", "coeur-soeur-50-off"],
    ["Straße   délivrée", "strasse-delivree"],
    ["配送について", "article"],
  ])("%s → %s", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it("keeps slugs short, cutting between words", () => {
    const slug = slugify("Can I order a product if it is listed as coming soon and not available for pre-order yet");
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toBe("can-i-order-a-product-if-it-is-listed-as-coming-soon-and-not-available-for-pre");
  });
});

describe("excerptFrom", () => {
  it("takes the first sentence as plain text", () => {
    expect(excerptFrom("Wash **cold**, inside out. Dry flat.")).toBe("Wash cold, inside out.");
    expect(excerptFrom("## Care\n\nSee [the label](https://example.com)! It tells all.")).toBe("Care See the label!");
    expect(excerptFrom("No full stop at all")).toBe("No full stop at all");
  });

  it("shortens a sentence that would not fit a search result", () => {
    const sentence = `${"Wool and cashmere ".repeat(40)}need care.`;
    const excerpt = excerptFrom(sentence);
    expect(excerpt.length).toBeLessThanOrEqual(300);
    expect(excerpt.length).toBeGreaterThan(280);
    // Cut between two words, and says so.
    expect(excerpt.endsWith("…")).toBe(true);
    expect(sentence.startsWith(`${excerpt.slice(0, -1)} `)).toBe(true);
  });
});

describe("createArticle", () => {
  it("creates a draft article with its translations, a first revision each and outbox rows", async () => {
    const article = await createArticle(db, {
      categoryId,
      translations: [
        { locale: "en", title: "How do I wash linen?", bodyMarkdown: "Machine wash at 30 °C. Iron while damp." },
        {
          locale: "fr",
          title: "Comment laver le lin ?",
          bodyMarkdown: "En machine à 30 °C. Repassez humide.",
          keywords: ["lin", "lavage"],
        },
      ],
    });
    expect(article.translations).toEqual([
      { id: expect.any(String), locale: "en", slug: "how-do-i-wash-linen", status: "DRAFT" },
      { id: expect.any(String), locale: "fr", slug: "comment-laver-le-lin", status: "DRAFT" },
    ]);
    const saved = await db.articleTranslation.findMany({
      where: { articleId: article.id },
      select: {
        locale: true,
        excerpt: true,
        keywords: true,
        revisions: { select: { version: true, title: true, status: true } },
      },
      orderBy: { locale: "asc" },
    });
    expect(saved).toEqual([
      {
        locale: "en",
        excerpt: "Machine wash at 30 °C.",
        keywords: [],
        revisions: [{ version: 1, title: "How do I wash linen?", status: "DRAFT" }],
      },
      {
        locale: "fr",
        excerpt: "En machine à 30 °C.",
        keywords: ["lin", "lavage"],
        revisions: [{ version: 1, title: "Comment laver le lin ?", status: "DRAFT" }],
      },
    ]);
    expect(
      await db.searchSync.count({
        where: { translationId: { in: article.translations.map((translation) => translation.id) } },
      }),
    ).toBe(2);
    await drainAll();
    expect((await searchArticles({ q: "linen", locale: "en", limit: 5 })).hits).toEqual([]);
  });

  it("publishes on request, and the article reaches search through the outbox", async () => {
    const article = await createArticle(db, {
      categoryId,
      status: "PUBLISHED",
      translations: [{ locale: "en", title: "Caring for suede shoes", bodyMarkdown: "Brush suede when dry." }],
    });
    await drainAll();
    const { hits } = await searchArticles({ q: "suede", locale: "en", limit: 5 });
    expect(hits.map((hit) => hit.articleId)).toEqual([article.id]);
  });

  it("puts new articles at the end of their category", async () => {
    const first = await createArticle(db, {
      categoryId,
      translations: [{ locale: "en", title: "Storing knitwear", bodyMarkdown: "Fold it." }],
    });
    const second = await createArticle(db, {
      categoryId,
      translations: [{ locale: "en", title: "Removing pilling", bodyMarkdown: "Use a comb." }],
    });
    const positions = await db.article.findMany({
      where: { id: { in: [first.id, second.id] } },
      select: { id: true, position: true },
    });
    const positionOf = (id: string) => positions.find((article) => article.id === id)!.position;
    expect(positionOf(second.id)).toBe(positionOf(first.id) + 1);
  });

  it("makes a slug from the title unique in its locale only", async () => {
    const again = await createArticle(db, {
      categoryId,
      translations: [
        { locale: "en", title: "How do I wash linen", bodyMarkdown: "Another article, same question." },
        { locale: "fr", title: "How do I wash linen", bodyMarkdown: "Same title in another language." },
      ],
    });
    expect(again.translations.map((translation) => translation.slug)).toEqual([
      "how-do-i-wash-linen-2",
      "how-do-i-wash-linen",
    ]);
  });

  it("refuses a slug that is taken and writes nothing", async () => {
    const before = await db.article.count();
    const attempt = createArticle(db, {
      categoryId,
      translations: [{ locale: "en", title: "Linen again", bodyMarkdown: "Text.", slug: "how-do-i-wash-linen" }],
    });
    await expect(attempt).rejects.toThrow(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.article.count()).toBe(before);
  });

  it("refuses an unknown category and two translations in one locale", async () => {
    await expect(
      createArticle(db, { categoryId: "nope", translations: [{ locale: "en", title: "A", bodyMarkdown: "B." }] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      createArticle(db, {
        categoryId,
        translations: [
          { locale: "en", title: "A", bodyMarkdown: "B." },
          { locale: "en", title: "C", bodyMarkdown: "D." },
        ],
      }),
    ).rejects.toThrow(/one translation per locale/);
  });
});
