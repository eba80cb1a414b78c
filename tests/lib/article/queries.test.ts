import { beforeAll, describe, expect, it } from "vitest";
import {
  getPublishedArticleOrThrow,
  listCategoryArticles,
  listPopularArticles,
  listPublishedForSitemap,
} from "@/lib/article/queries";
import { recordArticleView } from "@/lib/article/record-article-view";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { seedDemo } from "@/lib/seed/seed-demo";

const notFound = expect.objectContaining({ constructor: AppError, code: "NOT_FOUND" });

beforeAll(async () => {
  await seedDemo(db);
  const returns = await db.category.findUniqueOrThrow({ where: { slug: "returns-refunds" }, select: { id: true } });
  // Placed before every published article, so any query that forgot the status shows them first.
  await db.article.create({
    data: {
      categoryId: returns.id,
      position: -2,
      translations: {
        create: [
          {
            locale: "en",
            slug: "draft-return-policy",
            title: "Draft return policy",
            bodyMarkdown: "Secret",
            status: "DRAFT",
          },
          {
            locale: "fr",
            slug: "brouillon-retours",
            title: "Brouillon retours",
            bodyMarkdown: "Secret",
            status: "DRAFT",
          },
        ],
      },
    },
  });
  await db.article.create({
    data: {
      categoryId: returns.id,
      position: -1,
      translations: {
        create: [
          {
            locale: "en",
            slug: "old-return-policy",
            title: "Old return policy",
            bodyMarkdown: "Gone",
            status: "ARCHIVED",
            publishedAt: new Date("2020-01-01"),
            viewCount: 1_000,
          },
        ],
      },
    },
  });
  // A published article whose French translation is still a draft.
  await db.articleTranslation.update({
    where: { locale_slug: { locale: "fr", slug: "articles-non-retournables" } },
    data: { status: "DRAFT" },
  });
  // A category with nothing published yet.
  await db.category.create({
    data: {
      slug: "gift-wrapping",
      position: 99,
      translations: { create: [{ locale: "en", name: "Gift wrapping", description: "Coming soon." }] },
      articles: {
        create: [
          {
            translations: {
              create: [
                { locale: "en", slug: "gift-wrap-draft", title: "Gift wrap", bodyMarkdown: "Soon", status: "DRAFT" },
              ],
            },
          },
        ],
      },
    },
  });
});

describe("getPublishedArticleOrThrow", () => {
  it("returns the article rendered, with its category, translations and related articles", async () => {
    const article = await getPublishedArticleOrThrow({ locale: "en", slug: "return-an-item" });
    expect(article).toMatchObject({
      locale: "en",
      slug: "return-an-item",
      title: "How do I return an item?",
      category: { slug: "returns-refunds", name: "Returns & refunds" },
      translations: [{ locale: "fr", slug: "retourner-un-article" }],
    });
    expect(article.excerpt.length).toBeGreaterThan(10);
    expect(article.html).toContain('<h2 id="start-your-return">Start your return</h2>');
    expect(article.toc.map((entry) => entry.text)).toEqual([
      "Start your return",
      "Pack and send",
      "How much does it cost?",
      "After your return",
    ]);
    expect(article.publishedAt).toBeInstanceOf(Date);
    // Up to four published articles of the same category and language, in order, itself excluded.
    expect(article.related.map((related) => related.slug)).toEqual([
      "return-window-and-conditions",
      "items-that-cannot-be-returned",
      "when-will-i-get-my-refund",
      "exchange-for-another-size-or-colour",
    ]);
  });

  it("works the same in French, with the English version as its translation", async () => {
    const article = await getPublishedArticleOrThrow({ locale: "fr", slug: "retourner-un-article" });
    expect(article.category.name).toBe("Retours et remboursements");
    expect(article.translations).toEqual([{ locale: "en", slug: "return-an-item" }]);
    // The French draft is skipped: the next published one takes its place.
    expect(article.related.map((related) => related.slug)).toEqual([
      "delai-et-conditions-de-retour",
      "quand-serai-je-rembourse",
      "echanger-contre-une-autre-taille-ou-couleur",
      "article-abime-ou-errone-recu",
    ]);
  });

  it("does not offer a translation that is still a draft", async () => {
    const article = await getPublishedArticleOrThrow({ locale: "en", slug: "items-that-cannot-be-returned" });
    expect(article.translations).toEqual([]);
  });

  it.each([
    ["a draft", "en", "draft-return-policy"],
    ["an archived article", "en", "old-return-policy"],
    ["a translation taken back to draft", "fr", "articles-non-retournables"],
    ["an unknown slug", "en", "no-such-article"],
    ["a slug of another language", "fr", "return-an-item"],
  ])("is NOT_FOUND for %s", async (_name, locale, slug) => {
    await expect(getPublishedArticleOrThrow({ locale, slug })).rejects.toEqual(notFound);
  });
});

describe("listCategoryArticles", () => {
  it("returns the category and its published articles in order, with excerpts", async () => {
    const { category, articles, locales } = await listCategoryArticles({ locale: "en", slug: "returns-refunds" });
    expect(category).toMatchObject({ slug: "returns-refunds", name: "Returns & refunds" });
    expect(category.description).toBeTruthy();
    expect(locales).toEqual(["fr"]);
    expect(articles.map((article) => article.slug)).toEqual([
      "return-an-item",
      "return-window-and-conditions",
      "items-that-cannot-be-returned",
      "when-will-i-get-my-refund",
      "exchange-for-another-size-or-colour",
      "damaged-or-wrong-item-received",
    ]);
    expect(articles.every((article) => article.excerpt.length > 0)).toBe(true);
  });

  it("leaves out drafts in the category's other language", async () => {
    const { articles } = await listCategoryArticles({ locale: "fr", slug: "returns-refunds" });
    expect(articles).toHaveLength(5);
    expect(articles.map((article) => article.slug)).not.toContain("articles-non-retournables");
    expect(articles.map((article) => article.slug)).not.toContain("brouillon-retours");
  });

  it("shows a category whose articles are all drafts as empty", async () => {
    const { articles, locales } = await listCategoryArticles({ locale: "en", slug: "gift-wrapping" });
    expect(articles).toEqual([]);
    expect(locales).toEqual([]);
  });

  it("is NOT_FOUND for an unknown category or one not translated into the locale", async () => {
    await expect(listCategoryArticles({ locale: "en", slug: "no-such-category" })).rejects.toEqual(notFound);
    await expect(listCategoryArticles({ locale: "fr", slug: "gift-wrapping" })).rejects.toEqual(notFound);
  });
});

describe("listPopularArticles", () => {
  it("starts with the first article of each category, then follows what shoppers read", async () => {
    const before = await listPopularArticles({ locale: "en", limit: 6 });
    expect(before.map((article) => article.slug)).toEqual([
      "track-my-order",
      "delivery-times-and-costs",
      "return-an-item",
      "accepted-payment-methods",
      "reset-my-password",
      "find-my-size-size-guide",
    ]);
    expect(before[2].category).toEqual({ slug: "returns-refunds", name: "Returns & refunds" });

    const refund = await getPublishedArticleOrThrow({ locale: "en", slug: "when-will-i-get-my-refund" });
    const sizes = await getPublishedArticleOrThrow({ locale: "en", slug: "do-your-clothes-run-true-to-size" });
    for (let view = 0; view < 3; view += 1) await recordArticleView(refund.id);
    await recordArticleView(sizes.id);

    const after = await listPopularArticles({ locale: "en", limit: 3 });
    expect(after.map((article) => article.slug)).toEqual([
      "when-will-i-get-my-refund",
      "do-your-clothes-run-true-to-size",
      "track-my-order",
    ]);
    // Views are per language: the French list did not move.
    const french = await listPopularArticles({ locale: "fr", limit: 1 });
    expect(french.map((article) => article.slug)).toEqual(["suivre-ma-commande"]);
  });

  it("never lists drafts or archived articles, however viewed", async () => {
    const popular = await listPopularArticles({ locale: "en", limit: 100 });
    expect(popular).toHaveLength(36);
    expect(popular.map((article) => article.slug)).not.toContain("old-return-policy");
    expect(popular.map((article) => article.slug)).not.toContain("draft-return-policy");
  });

  it("counts a view without changing the article's last-updated date", async () => {
    const article = await getPublishedArticleOrThrow({ locale: "en", slug: "payment-declined" });
    await recordArticleView(article.id);
    const saved = await db.articleTranslation.findUniqueOrThrow({
      where: { id: article.id },
      select: { viewCount: true, updatedAt: true },
    });
    expect(saved).toEqual({ viewCount: 1, updatedAt: article.updatedAt });
  });
});

describe("listPublishedForSitemap", () => {
  it("lists every published translation with its alternates, and nothing else", async () => {
    const { articles, categories } = await listPublishedForSitemap();
    const slugs = articles.flatMap((article) => article.translations.map((translation) => translation.slug));
    expect(slugs).toHaveLength(36 + 35);
    expect(slugs).toContain("return-an-item");
    for (const hidden of [
      "draft-return-policy",
      "brouillon-retours",
      "old-return-policy",
      "articles-non-retournables",
      "gift-wrap-draft",
    ])
      expect(slugs).not.toContain(hidden);

    const returnAnItem = articles.find((article) => article.translations.some((t) => t.slug === "return-an-item"));
    expect(returnAnItem?.translations.map(({ locale, slug }) => ({ locale, slug }))).toEqual([
      { locale: "en", slug: "return-an-item" },
      { locale: "fr", slug: "retourner-un-article" },
    ]);
    expect(returnAnItem?.translations[0].updatedAt).toBeInstanceOf(Date);

    // Only categories with something published, per language.
    expect(categories.map((category) => category.slug)).toEqual([
      "orders-tracking",
      "shipping-delivery",
      "returns-refunds",
      "payment-checkout",
      "account-login",
      "products-sizing",
    ]);
    expect(categories[0].translations.map((translation) => translation.locale)).toEqual(["en", "fr"]);
  });
});
