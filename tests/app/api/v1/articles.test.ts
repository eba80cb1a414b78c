import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/articles/[id]/feedback/route";
import { GET } from "@/app/api/v1/articles/[id]/route";
import { db } from "@/lib/db";
import { seedDemo } from "@/lib/seed/seed-demo";

function call(handler: typeof GET, path: string, id: string, init?: RequestInit) {
  return handler(new NextRequest(new URL(path, "http://test.local"), init as never), {
    params: Promise.resolve({ id }),
  });
}

const getArticle = (slug: string, query: string) => call(GET, `/api/v1/articles/${slug}${query}`, slug);

const postFeedback = (articleId: string, body: unknown) =>
  call(POST, `/api/v1/articles/${articleId}/feedback`, articleId, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

let articleId: string;

beforeAll(async () => {
  await seedDemo(db);
  ({ articleId } = await db.articleTranslation.findUniqueOrThrow({
    where: { locale_slug: { locale: "en", slug: "return-an-item" } },
    select: { articleId: true },
  }));
});

describe("GET /api/v1/articles/{slug}", () => {
  it("returns the published translation with sanitised HTML, its category and related articles", async () => {
    const response = await getArticle("retourner-un-article", "?locale=fr");
    expect(response.status).toBe(200);
    const { article } = await response.json();
    expect(Object.keys(article).sort()).toEqual(
      ["articleId", "category", "excerpt", "html", "id", "locale", "related", "slug", "title", "updatedAt"].sort(),
    );
    expect(article).toMatchObject({
      articleId,
      locale: "fr",
      slug: "retourner-un-article",
      title: "Comment retourner un article ?",
      category: { slug: "returns-refunds", name: "Retours et remboursements" },
    });
    expect(article.html).toMatch(/^<p>/);
    expect(article.html).toContain("<h2 id=");
    expect(article.excerpt.length).toBeGreaterThan(10);
    expect(new Date(article.updatedAt).getTime()).not.toBeNaN();
    expect(article.related).toHaveLength(4);
    expect(article.related[0]).toEqual({
      id: expect.any(String),
      articleId: expect.any(String),
      slug: "delai-et-conditions-de-retour",
      title: expect.stringMatching(/retour/i),
      excerpt: expect.any(String),
      url: "/fr/articles/delai-et-conditions-de-retour",
    });
  });

  it("answers 404 for an unknown slug, a slug of another language and an unpublished article", async () => {
    await db.articleTranslation.update({
      where: { locale_slug: { locale: "en", slug: "download-an-invoice" } },
      data: { status: "ARCHIVED" },
    });
    for (const [slug, locale] of [
      ["no-such-article", "en"],
      ["return-an-item", "fr"],
      ["download-an-invoice", "en"],
    ]) {
      const response = await getArticle(slug, `?locale=${locale}`);
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe("NOT_FOUND");
    }
  });

  it.each([
    ["missing", ""],
    ["not configured", "?locale=de"],
  ])("answers 400 naming locale when it is %s", async (_name, query) => {
    const response = await getArticle("return-an-item", query);
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.message).toMatch(/^locale: /);
  });
});

describe("POST /api/v1/articles/{articleId}/feedback", () => {
  it("stores the vote and comment against the translation that was read", async () => {
    const response = await postFeedback(articleId, {
      helpful: false,
      comment: "  What about gift returns?  ",
      locale: "fr",
    });
    expect(response.status).toBe(201);
    const { feedback } = await response.json();
    const saved = await db.articleFeedback.findUniqueOrThrow({
      where: { id: feedback.id },
      select: { helpful: true, comment: true, translation: { select: { locale: true, slug: true } } },
    });
    expect(saved).toEqual({
      helpful: false,
      comment: "What about gift returns?",
      translation: { locale: "fr", slug: "retourner-un-article" },
    });
  });

  it("accepts a vote without a comment", async () => {
    const response = await postFeedback(articleId, { helpful: true, locale: "en" });
    expect(response.status).toBe(201);
    const { feedback } = await response.json();
    expect(await db.articleFeedback.findUniqueOrThrow({ where: { id: feedback.id } })).toMatchObject({
      helpful: true,
      comment: null,
    });
  });

  it("answers 404 for an unknown article or one not published in that language", async () => {
    const draft = await db.articleTranslation.update({
      where: { locale_slug: { locale: "fr", slug: "suivre-ma-commande" } },
      data: { status: "DRAFT" },
      select: { articleId: true },
    });
    const before = await db.articleFeedback.count();
    for (const [id, locale] of [
      ["no-such-article", "en"],
      [draft.articleId, "fr"],
    ]) {
      const response = await postFeedback(id, { helpful: true, locale });
      expect(response.status).toBe(404);
    }
    expect(await db.articleFeedback.count()).toBe(before);
  });

  it.each([
    ["helpful", { locale: "en" }],
    ["helpful", { helpful: "yes", locale: "en" }],
    ["comment", { helpful: true, comment: "x".repeat(1001), locale: "en" }],
    ["locale", { helpful: true }],
    ["locale", { helpful: true, locale: "de" }],
  ])("answers 400 naming %s when it is wrong", async (field, body) => {
    const before = await db.articleFeedback.count();
    const response = await postFeedback(articleId, body);
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.message).toMatch(new RegExp(`^${field}: `));
    expect(await db.articleFeedback.count()).toBe(before);
  });

  it("accepts a comment of exactly 1000 characters", async () => {
    const response = await postFeedback(articleId, { helpful: true, comment: "x".repeat(1000), locale: "en" });
    expect(response.status).toBe(201);
  });
});
