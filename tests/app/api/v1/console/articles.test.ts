import { beforeAll, describe, expect, it } from "vitest";
import { DELETE as deleteRoute, PATCH as patchRoute } from "@/app/api/v1/console/articles/[id]/route";
import { POST as publishRoute } from "@/app/api/v1/console/articles/[id]/publish/route";
import { POST as unpublishRoute } from "@/app/api/v1/console/articles/[id]/unpublish/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/console/articles/route";
import { POST as createCategoryRoute } from "@/app/api/v1/console/categories/route";
import { db } from "@/lib/db";
import { searchArticles } from "@/lib/search/search-articles";
import { drainAll } from "../../../../support/search-index";
import { call, sessionOf, tokenOf, type Credentials } from "./callers";

let editor: Credentials & { userId: string };
let categoryId: string;

const articlePath = (id: string, action = "") => `/api/v1/console/articles/${id}${action ? `/${action}` : ""}`;

async function createArticle(body: unknown, as: Credentials = editor) {
  return call(createRoute, { method: "POST", path: "/api/v1/console/articles", body, as });
}

async function patchArticle(id: string, body: unknown) {
  return call(patchRoute, { method: "PATCH", path: articlePath(id), params: { id }, body, as: editor });
}

async function publish(id: string, body: unknown = {}, route = publishRoute) {
  return call(route, { method: "POST", path: articlePath(id, "publish"), params: { id }, body, as: editor });
}

function uniqueWord(): string {
  // Letters only, so that Meilisearch matches it as one word.
  return Array.from({ length: 10 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
}

beforeAll(async () => {
  editor = await sessionOf("EDITOR");
  const { status, body } = await call(createCategoryRoute, {
    method: "POST",
    path: "/api/v1/console/categories",
    as: editor,
    body: {
      slug: "gift-cards",
      translations: [
        { locale: "en", name: "Gift cards", description: "Buying and using gift cards" },
        { locale: "fr", name: "Cartes cadeaux" },
      ],
    },
  });
  expect(status).toBe(201);
  categoryId = body.category.id;
});

describe("POST /api/v1/console/categories", () => {
  it("answers the created category, and 409 for a slug in use", async () => {
    const { body } = await call(createCategoryRoute, {
      method: "POST",
      path: "/api/v1/console/categories",
      as: editor,
      body: { slug: "gift-cards", translations: [{ locale: "en", name: "Again" }] },
    });
    expect(body.error).toEqual({
      code: "CONFLICT",
      message: 'The category slug "gift-cards" is already used. Choose another one.',
    });
    const category = await db.category.findUniqueOrThrow({
      where: { id: categoryId },
      include: { translations: true },
    });
    expect(category.translations.map((translation) => translation.locale).sort()).toEqual(["en", "fr"]);
  });

  it("answers 400 naming the bad field", async () => {
    const { status, body } = await call(createCategoryRoute, {
      method: "POST",
      path: "/api/v1/console/categories",
      as: editor,
      body: { slug: "Not A Slug", translations: [{ locale: "de", name: "x" }] },
    });
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/slug: must be lower-case/);
    expect(body.error.message).toMatch(/translations\.0\.locale: must be one of en, fr/);
  });
});

describe("article drafts and revisions", () => {
  it("creates drafts, with a slug from the title, and keeps a revision per save", async () => {
    const created = await createArticle({
      categoryId,
      translations: [
        { locale: "en", title: "Can I reload a gift card?", bodyMarkdown: "Not yet. We are working on it." },
        { locale: "fr", title: "Puis-je recharger une carte cadeau ?", bodyMarkdown: "Pas encore." },
      ],
    });
    expect(created.status).toBe(201);
    const { article } = created.body;
    expect(article.translations).toEqual([
      { id: expect.any(String), locale: "en", slug: "can-i-reload-a-gift-card", status: "DRAFT" },
      { id: expect.any(String), locale: "fr", slug: "puis-je-recharger-une-carte-cadeau", status: "DRAFT" },
    ]);

    const patched = await patchArticle(article.id, {
      translations: [{ locale: "en", bodyMarkdown: "Yes: from your account, under **Gift cards**." }],
    });
    expect(patched.status).toBe(200);
    await patchArticle(article.id, {
      translations: [{ locale: "en", title: "Can I top up a gift card?", slug: "top-up-gift-card" }],
    });

    const en = await db.articleTranslation.findFirstOrThrow({
      where: { articleId: article.id, locale: "en" },
      include: { revisions: { orderBy: { version: "asc" } } },
    });
    expect(en).toMatchObject({ title: "Can I top up a gift card?", slug: "top-up-gift-card", status: "DRAFT" });
    expect(en.bodyMarkdown).toBe("Yes: from your account, under **Gift cards**.");
    expect(en.revisions.map((revision) => [revision.version, revision.title, revision.authorId])).toEqual([
      [1, "Can I reload a gift card?", editor.userId],
      [2, "Can I reload a gift card?", editor.userId],
      [3, "Can I top up a gift card?", editor.userId],
    ]);
    expect(en.revisions[1].bodyMarkdown).toBe("Yes: from your account, under **Gift cards**.");
    // The French translation was not saved again.
    await expect(
      db.articleRevision.count({ where: { translation: { articleId: article.id, locale: "fr" } } }),
    ).resolves.toBe(1);
  });

  it("adds a missing translation through PATCH, and asks for its title and body", async () => {
    const { body } = await createArticle({
      categoryId,
      translations: [{ locale: "en", title: "Do gift cards expire?", bodyMarkdown: "After two years." }],
    });
    const incomplete = await patchArticle(body.article.id, { translations: [{ locale: "fr", title: "Expiration" }] });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.error.message).toBe(
      "translations: the new fr translation needs a title and a bodyMarkdown.",
    );
    const added = await patchArticle(body.article.id, {
      translations: [{ locale: "fr", title: "Les cartes cadeaux expirent-elles ?", bodyMarkdown: "Après deux ans." }],
    });
    expect(
      added.body.article.translations.map((translation: { locale: string; status: string }) => [
        translation.locale,
        translation.status,
      ]),
    ).toEqual([
      ["en", "DRAFT"],
      ["fr", "DRAFT"],
    ]);
  });

  it("keeps slugs unique per locale: 409 for a taken slug, a suffix for a repeated title", async () => {
    const first = await createArticle({
      categoryId,
      translations: [{ locale: "en", title: "Lost gift card", bodyMarkdown: "Contact us." }],
    });
    const conflict = await createArticle({
      categoryId,
      translations: [{ locale: "en", title: "Other", slug: "lost-gift-card", bodyMarkdown: "…" }],
    });
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.message).toBe('The slug "lost-gift-card" is already used by another article in en.');

    const repeated = await createArticle({
      categoryId,
      translations: [
        { locale: "en", title: "Lost gift card", bodyMarkdown: "Again." },
        // The same slug in another locale is fine.
        { locale: "fr", title: "x", slug: "lost-gift-card", bodyMarkdown: "Encore." },
      ],
    });
    expect(repeated.body.article.translations.map((translation: { slug: string }) => translation.slug)).toEqual([
      "lost-gift-card-2",
      "lost-gift-card",
    ]);

    const renamed = await patchArticle(repeated.body.article.id, {
      translations: [{ locale: "en", slug: "lost-gift-card" }],
    });
    expect(renamed.status).toBe(409);
    expect(renamed.body.error.message).toMatch(/^The slug "lost-gift-card" is already used by another article in en/);
    // Keeping one's own slug is not a conflict.
    const same = await patchArticle(first.body.article.id, {
      translations: [{ locale: "en", slug: "lost-gift-card", title: "Lost a gift card" }],
    });
    expect(same.status).toBe(200);
  });

  it("answers 404 for an unknown article or category", async () => {
    expect((await patchArticle("no-such-article", { translations: [] })).status).toBe(404);
    const { status, body } = await createArticle({
      categoryId: "no-such-category",
      translations: [{ locale: "en", title: "x", bodyMarkdown: "y" }],
    });
    expect(status).toBe(404);
    expect(body.error.message).toBe("No category with that id.");
  });

  it("lists drafts with filters on status, locale, category and text", async () => {
    const word = uniqueWord();
    const { body } = await createArticle({
      categoryId,
      translations: [{ locale: "fr", title: `Brouillon ${word}`, bodyMarkdown: "Texte." }],
    });
    const list = async (query: string) =>
      (await call(listRoute, { method: "GET", path: `/api/v1/console/articles?${query}`, as: await tokenOf("AGENT") }))
        .body.articles as {
        id: string;
        category: { name: string };
        translations: { locale: string; status: string }[];
      }[];

    const found = await list(`q=${word}`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      id: body.article.id,
      category: { name: "Gift cards" },
      translations: [{ locale: "fr", status: "DRAFT" }],
    });
    expect(await list(`q=${word}&status=PUBLISHED`)).toEqual([]);
    expect(await list(`q=${word}&locale=en`)).toEqual([]);
    expect((await list("status=DRAFT")).map((article) => article.id)).toContain(body.article.id);
    expect((await list(`q=${word}&category=gift-cards`)).map((article) => article.id)).toEqual([body.article.id]);
    expect(await list(`q=${word}&category=no-such-category`)).toEqual([]);
  });

  it("records when an API token was last used", async () => {
    const agent = await tokenOf("AGENT");
    await call(listRoute, { method: "GET", path: "/api/v1/console/articles", as: agent });
    const token = await db.apiToken.findUniqueOrThrow({ where: { id: agent.tokenId } });
    expect(token.lastUsedAt).toBeInstanceOf(Date);
  });
});

describe("publishing through the search outbox", () => {
  it("publishes, is found by search, unpublishes and is gone, deletes with an audit trail", async () => {
    const word = uniqueWord();
    const { body } = await createArticle({
      categoryId,
      translations: [
        { locale: "en", title: `Gift card ${word}`, bodyMarkdown: `How to use a ${word} gift card.` },
        { locale: "fr", title: `Carte ${word}`, bodyMarkdown: `Utiliser une carte ${word}.` },
      ],
    });
    const id: string = body.article.id;
    const [en, fr] = body.article.translations as { id: string }[];
    await drainAll();
    await expect(searchArticles({ q: word, locale: "en", limit: 5 })).resolves.toMatchObject({ total: 0 });

    const published = await publish(id, { locale: "en" });
    expect(published.status).toBe(200);
    expect(published.body.article.translations.map((translation: { status: string }) => translation.status)).toEqual([
      "PUBLISHED",
      "DRAFT",
    ]);
    await expect(db.searchSync.count({ where: { translationId: en.id, operation: "UPSERT" } })).resolves.toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "article.publish", targetId: id } });
    expect(audit).toMatchObject({ actorId: editor.userId, targetType: "Article", data: { locales: ["en"] } });

    await drainAll();
    const found = await searchArticles({ q: word, locale: "en", limit: 5 });
    expect(found.degraded).toBe(false);
    expect(found.hits.map((hit) => hit.id)).toEqual([en.id]);
    await expect(searchArticles({ q: word, locale: "fr", limit: 5 })).resolves.toMatchObject({ total: 0 });

    // All translations when no locale is given.
    await publish(id);
    await drainAll();
    expect((await searchArticles({ q: word, locale: "fr", limit: 5 })).hits.map((hit) => hit.id)).toEqual([fr.id]);

    const unpublished = await call(unpublishRoute, {
      method: "POST",
      path: articlePath(id, "unpublish"),
      params: { id },
      body: { locale: "en" },
      as: editor,
    });
    expect(unpublished.status).toBe(200);
    await expect(db.auditLog.count({ where: { action: "article.unpublish", targetId: id } })).resolves.toBe(1);
    await drainAll();
    await expect(searchArticles({ q: word, locale: "en", limit: 5 })).resolves.toMatchObject({ total: 0, hits: [] });
    expect((await searchArticles({ q: word, locale: "fr", limit: 5 })).total).toBe(1);

    const deleted = await call(deleteRoute, { method: "DELETE", path: articlePath(id), params: { id }, as: editor });
    expect(deleted.status).toBe(204);
    await expect(db.article.findUnique({ where: { id } })).resolves.toBeNull();
    await expect(
      db.searchSync.count({ where: { translationId: { in: [en.id, fr.id] }, operation: "DELETE" } }),
    ).resolves.toBe(2);
    await expect(
      db.auditLog.findFirstOrThrow({ where: { action: "article.delete", targetId: id } }),
    ).resolves.toMatchObject({
      actorId: editor.userId,
    });
    await drainAll();
    await expect(searchArticles({ q: word, locale: "fr", limit: 5 })).resolves.toMatchObject({ total: 0 });
  });

  it("answers 404 for a locale the article does not have", async () => {
    const { body } = await createArticle({
      categoryId,
      translations: [{ locale: "en", title: "Only English", bodyMarkdown: "Hi." }],
    });
    const { status, body: error } = await publish(body.article.id, { locale: "fr" });
    expect(status).toBe(404);
    expect(error.error.message).toBe("This article has no fr translation.");
  });
});
