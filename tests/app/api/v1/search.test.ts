import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as click } from "@/app/api/v1/search/[searchId]/click/route";
import { GET as search } from "@/app/api/v1/search/route";
import { db } from "@/lib/db";
import { recordSearchEvent } from "@/lib/search/record-search-event";
import { seedDemo } from "@/lib/seed/seed-demo";
import { drainAll } from "../../../support/search-index";

beforeAll(async () => {
  await seedDemo(db);
  await drainAll();
});

async function get(query: string) {
  const response = await search(new NextRequest(`http://test.local/api/v1/search?${query}`), {
    params: Promise.resolve({}),
  });
  return { status: response.status, body: await response.json() };
}

async function postClick(searchId: string, body: unknown) {
  const response = await click(
    new NextRequest(`http://test.local/api/v1/search/${searchId}/click`, {
      method: "POST",
      body: JSON.stringify(body),
    }),
    {
      params: Promise.resolve({ searchId }),
    },
  );
  return { status: response.status, body: await response.json() };
}

async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const value = await read();
    if (accept(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return read();
}

describe("GET /api/v1/search", () => {
  it("answers with the documented shape", async () => {
    const { status, body } = await get("q=retrun&locale=en&limit=3");
    expect(status).toBe(200);
    expect(body).toMatchObject({ query: "retrun", locale: "en", degraded: false, searchId: expect.any(String) });
    expect(body.total).toBeGreaterThan(0);
    expect(body.hits).toHaveLength(3);
    expect(body.hits[0]).toEqual({
      id: expect.any(String),
      articleId: expect.any(String),
      slug: "return-an-item",
      title: "How do I return an item?",
      excerpt: expect.any(String),
      url: "/en/articles/return-an-item",
      category: { slug: "returns-refunds", name: "Returns & refunds" },
      highlight: { title: expect.stringContaining("<mark>"), excerpt: expect.any(String) },
    });
  });

  it("narrows by category", async () => {
    const { body } = await get("q=livraison&locale=fr&category=shipping-delivery&limit=20");
    expect(body.hits.length).toBeGreaterThan(0);
    expect(body.hits.every((hit: { category: { slug: string } }) => hit.category.slug === "shipping-delivery")).toBe(
      true,
    );
  });

  it.each([
    ["locale=en", "q: q is required"],
    ["q=&locale=en", "q: must not be empty"],
    [`q=${"a".repeat(201)}&locale=en`, "q: must be at most 200 characters"],
    ["q=refund&locale=de", "locale: must be one of the help center's locales"],
    ["q=refund", "locale: locale is required"],
    ["q=refund&locale=en&limit=21", "limit: must be a number from 1 to 20"],
    ["q=refund&locale=en&limit=abc", "limit: must be a number from 1 to 20"],
    ["q=refund&locale=en&category=Bad%20Slug", "category: must be a category slug"],
    ["q=refund&locale=en&searchId=%3Cscript%3E", "searchId: must be 8–64 letters, digits, - or _"],
  ])("answers 400 naming the problem (%s)", async (query, message) => {
    const { status, body } = await get(query);
    expect(status).toBe(400);
    expect(body.error).toEqual({ code: "INVALID_INPUT", message });
  });

  it("files every keystroke of a question under the search box's id: one event per settled question", async () => {
    const searchId = "question-0001";
    for (const q of ["r", "re", "ref", "refu", "refun", "refund", "refund del", "refund delay"]) {
      expect((await get(`q=${encodeURIComponent(q)}&locale=en&searchId=${searchId}`)).body.searchId).toBe(searchId);
    }
    const event = await eventually(
      () => db.searchEvent.findUnique({ where: { id: searchId } }),
      (row) => row?.query === "refund delay",
    );
    expect(event).toMatchObject({
      query: "refund delay",
      normalizedQuery: "refund delay",
      locale: "en",
      degraded: false,
    });
    expect(await db.searchEvent.count({ where: { query: { startsWith: "ref" } } })).toBe(1);
  });

  it("never lets a late write of an earlier keystroke overwrite the settled question", async () => {
    const newer = new Date();
    await recordSearchEvent(
      "question-0002",
      { q: "where is my parcel", locale: "en", resultCount: 4, degraded: false },
      newer,
    );
    await recordSearchEvent(
      "question-0002",
      { q: "where is", locale: "en", resultCount: 9, degraded: false },
      new Date(newer.getTime() - 300),
    );
    expect(await db.searchEvent.findUnique({ where: { id: "question-0002" } })).toMatchObject({
      query: "where is my parcel",
      resultCount: 4,
    });
  });

  it("gives a search without an id a new one", async () => {
    const first = (await get("q=refund&locale=en")).body.searchId;
    const second = (await get("q=refund&locale=en")).body.searchId;
    expect(first).not.toBe(second);
  });

  it("records a no-result question with its count", async () => {
    const { body } = await get("q=xylophone%20quantum&locale=en");
    expect(body.total).toBe(0);
    const event = await eventually(
      () => db.searchEvent.findUnique({ where: { id: body.searchId } }),
      (row) => row !== null,
    );
    expect(event).toMatchObject({ query: "xylophone quantum", resultCount: 0 });
  });
});

describe("POST /api/v1/search/{searchId}/click", () => {
  it("records which result helped", async () => {
    const { body } = await get("q=refund&locale=en");
    await eventually(
      () => db.searchEvent.findUnique({ where: { id: body.searchId } }),
      (row) => row !== null,
    );
    const chosen = body.hits[0];
    expect(await postClick(body.searchId, { articleId: chosen.articleId })).toEqual({
      status: 200,
      body: { ok: true },
    });
    const event = await db.searchEvent.findUniqueOrThrow({ where: { id: body.searchId } });
    expect(event.clickedTranslationId).toBe(chosen.id);
    expect(event.clickedAt).toBeInstanceOf(Date);
  });

  it("records a click that arrives before its search was written", async () => {
    const { body } = await get("q=password&locale=en");
    expect((await postClick(body.searchId, { articleId: body.hits[0].articleId })).status).toBe(200);
    expect((await db.searchEvent.findUniqueOrThrow({ where: { id: body.searchId } })).clickedTranslationId).toBe(
      body.hits[0].id,
    );
  });

  it("answers 404 for an unknown search or article and 400 without an article", async () => {
    expect((await postClick("no-such-search", { articleId: "x" })).status).toBe(404);
    const { body } = await get("q=refund&locale=en");
    await eventually(
      () => db.searchEvent.findUnique({ where: { id: body.searchId } }),
      (row) => row !== null,
    );
    expect((await postClick(body.searchId, { articleId: "no-such-article" })).status).toBe(404);
    expect(await postClick(body.searchId, {})).toEqual({
      status: 400,
      body: { error: { code: "INVALID_INPUT", message: "articleId: articleId is required" } },
    });
  });
});
