import net from "node:net";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { searchArticles } from "@/lib/search/search-articles";
import { seedDemo } from "@/lib/seed/seed-demo";
import { drainAll } from "../../support/search-index";

beforeAll(async () => {
  await seedDemo(db);
  await drainAll();
});

async function topSlugs(q: string, locale: string, limit = 3) {
  return (await searchArticles({ q, locale, limit })).hits.map((hit) => hit.slug);
}

describe("searchArticles on the seeded help center", () => {
  it.each([
    ["en", "retrun", "return-an-item"],
    ["en", "how do i retrun an item", "return-an-item"],
    ["en", "forgot pasword", "reset-my-password"],
    ["en", "where is my order", "track-my-order"],
    ["en", "parcel not arrived", "parcel-delivered-but-not-received"],
    ["en", "size guide", "find-my-size-size-guide"],
    ["fr", "remboursemnt", "quand-serai-je-rembourse"],
    ["fr", "livriason", "delais-et-frais-de-livraison"],
    ["fr", "mot de passe oublie", "reinitialiser-mon-mot-de-passe"],
    ["fr", "retour", "retourner-un-article"],
  ])("finds the right article in the top three, typos and all (%s: %s)", async (locale, q, slug) => {
    expect(await topSlugs(q, locale)).toContain(slug);
  });

  it("is accent-insensitive both ways", async () => {
    expect(await topSlugs("délai de livraison", "fr", 1)).toEqual(["delais-et-frais-de-livraison"]);
    expect(await topSlugs("delai de livraison", "fr", 1)).toEqual(["delais-et-frais-de-livraison"]);
    expect(await topSlugs("quand serai je rembourse", "fr", 1)).toEqual(["quand-serai-je-rembourse"]);
  });

  it("understands synonyms", async () => {
    expect(await topSlugs("money back", "en", 1)).toEqual(["when-will-i-get-my-refund"]);
    // "paquet" appears in no article: the colis/paquet synonym finds parcel articles.
    expect((await topSlugs("paquet", "fr")).some((slug) => slug.includes("colis") || slug.includes("commande"))).toBe(
      true,
    );
  });

  it("answers in the shopper's language only and narrows by category", async () => {
    const french = await searchArticles({ q: "livraison", locale: "fr", limit: 20 });
    expect(french.hits.length).toBeGreaterThan(3);
    for (const hit of french.hits) expect(hit.url).toMatch(/^\/fr\/articles\//);
    const narrowed = await searchArticles({ q: "livraison", locale: "fr", category: "returns-refunds", limit: 20 });
    expect(narrowed.hits.length).toBeGreaterThan(0);
    for (const hit of narrowed.hits)
      expect(hit.category).toEqual({ slug: "returns-refunds", name: "Retours et remboursements" });
  });

  it("returns highlighted excerpts that are safe to render", async () => {
    const { hits } = await searchArticles({ q: "refund", locale: "en", limit: 1 });
    expect(hits[0]).toMatchObject({ slug: "when-will-i-get-my-refund", url: "/en/articles/when-will-i-get-my-refund" });
    expect(hits[0].highlight.title).toContain("<mark>");
    expect(hits[0].highlight.excerpt).not.toMatch(/<(?!\/?mark>)/);
  });

  it("never shows drafts or archived articles, and follows unpublishing", async () => {
    const category = await db.category.findUniqueOrThrow({ where: { slug: "products-sizing" } });
    const draft = await db.article.create({
      data: {
        categoryId: category.id,
        translations: {
          create: {
            locale: "en",
            slug: "zanzibar-draft",
            title: "Zanzibar sandals draft",
            bodyMarkdown: "Zanzibar secret launch.",
          },
        },
      },
      include: { translations: true },
    });
    await db.searchSync.create({ data: { translationId: draft.translations[0].id, operation: "UPSERT" } });
    await drainAll();
    expect((await searchArticles({ q: "zanzibar", locale: "en", limit: 5 })).hits).toEqual([]);

    const translation = await db.articleTranslation.update({
      where: { id: draft.translations[0].id },
      data: { status: "PUBLISHED" },
    });
    await db.searchSync.create({ data: { translationId: translation.id, operation: "UPSERT" } });
    await drainAll();
    expect(await topSlugs("zanzibar", "en")).toEqual(["zanzibar-draft"]);

    await db.articleTranslation.update({ where: { id: translation.id }, data: { status: "ARCHIVED" } });
    await db.searchSync.create({ data: { translationId: translation.id, operation: "DELETE" } });
    await drainAll();
    expect((await searchArticles({ q: "zanzibar", locale: "en", limit: 5 })).hits).toEqual([]);
  });

  it("rejects a locale the help center does not offer", async () => {
    await expect(searchArticles({ q: "hello", locale: "de", limit: 3 })).rejects.toThrow(/locale/);
  });
});

describe("searchArticles with Meilisearch down", () => {
  const original = { ...process.env };
  afterEach(() => {
    process.env = { ...original };
    vi.resetModules();
  });

  it("answers from PostgreSQL, says degraded, and still forgives typos and hides drafts", async () => {
    process.env.MEILI_URL = "http://127.0.0.1:9";
    vi.resetModules();
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const { searchArticles: degradedSearch } = await import("@/lib/search/search-articles");

    const result = await degradedSearch({ q: "retrun", locale: "en", limit: 3 });
    expect(result.degraded).toBe(true);
    expect(result.hits.map((hit) => hit.slug)).toContain("return-an-item");
    expect(result.hits[0].url).toMatch(/^\/en\/articles\//);

    const french = await degradedSearch({ q: "remboursemnt", locale: "fr", limit: 3 });
    expect(french.hits[0].slug).toBe("quand-serai-je-rembourse");
    expect((await degradedSearch({ q: "zanzibar", locale: "en", limit: 3 })).hits).toEqual([]);
  });

  it("does not keep the shopper waiting on a Meilisearch that accepts but never answers", async () => {
    const silent = net.createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    process.env.MEILI_URL = `http://127.0.0.1:${(silent.address() as net.AddressInfo).port}`;
    vi.resetModules();
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const { searchArticles: hungSearch } = await import("@/lib/search/search-articles");

    const started = Date.now();
    const result = await hungSearch({ q: "refund", locale: "en", limit: 3 });
    expect(result.degraded).toBe(true);
    expect(result.hits[0].slug).toBe("when-will-i-get-my-refund");
    expect(Date.now() - started).toBeLessThan(5_000);
    silent.close();
  });
});
