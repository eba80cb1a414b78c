import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/hash-password";
import { db } from "@/lib/db";
import { readDemoContent, seedDemo, seedDemoOnFirstRun } from "@/lib/seed/seed-demo";

async function counts() {
  const [users, categories, categoryTranslations, articles, translations, canned] = await Promise.all([
    db.user.count(),
    db.category.count(),
    db.categoryTranslation.count(),
    db.article.count(),
    db.articleTranslation.count(),
    db.cannedResponse.count(),
  ]);
  return { users, categories, categoryTranslations, articles, translations, canned };
}

describe("demo seed", () => {
  it("loads a bilingual help center covering the moments shoppers need help", async () => {
    const summary = await seedDemo(db);
    expect(summary.categories).toBe(6);

    const categories = await db.category.findMany({ orderBy: { position: "asc" }, select: { slug: true } });
    expect(categories.map((category) => category.slug)).toEqual([
      "orders-tracking",
      "shipping-delivery",
      "returns-refunds",
      "payment-checkout",
      "account-login",
      "products-sizing",
    ]);
    for (const locale of ["en", "fr"]) {
      expect(await db.categoryTranslation.count({ where: { locale } })).toBe(6);
      expect(
        await db.articleTranslation.count({ where: { locale, status: "PUBLISHED", publishedAt: { not: null } } }),
      ).toBeGreaterThanOrEqual(30);
    }
    // Every article exists in both languages, each with a real body.
    const articles = await db.article.findMany({
      select: { translations: { select: { locale: true, bodyMarkdown: true } } },
    });
    for (const article of articles) {
      expect(article.translations.map((translation) => translation.locale).sort()).toEqual(["en", "fr"]);
      for (const translation of article.translations)
        expect(translation.bodyMarkdown.split(/\s+/).length).toBeGreaterThan(60);
    }
    const refund = await db.articleTranslation.findUnique({
      where: { locale_slug: { locale: "fr", slug: "quand-serai-je-rembourse" } },
      select: { title: true },
    });
    expect(refund?.title).toMatch(/rembours/i);
    // Published translations are queued for the search index.
    expect(await db.searchSync.count({ where: { operation: "UPSERT" } })).toBe(summary.translations);
  });

  it("creates staff for every role whose demo passwords work", async () => {
    const staff = await db.user.findMany({
      select: { email: true, role: true, passwordHash: true },
      orderBy: { email: "asc" },
    });
    expect(staff.map((member) => member.role).sort()).toEqual(["ADMIN", "AGENT", "AGENT", "EDITOR"]);
    const admin = staff.find((member) => member.email === "admin@brindille.example")!;
    expect(admin.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(admin.passwordHash, "guichet-admin")).toBe(true);
    expect(await verifyPassword(admin.passwordHash, "wrong")).toBe(false);
    expect(await db.cannedResponse.count({ where: { locale: "fr" } })).toBeGreaterThanOrEqual(3);
  });

  it("is idempotent: a second run duplicates nothing and restores edited demo text", async () => {
    const before = await counts();
    const translation = await db.articleTranslation.findFirstOrThrow({
      where: { locale: "en" },
      select: { id: true, title: true },
    });
    await db.articleTranslation.update({ where: { id: translation.id }, data: { title: "Edited" } });

    await seedDemo(db);

    expect(await counts()).toEqual(before);
    expect((await db.articleTranslation.findUniqueOrThrow({ where: { id: translation.id } })).title).toBe(
      translation.title,
    );
  });

  it("seeds on the first run only", async () => {
    expect(await seedDemoOnFirstRun(db)).toBeNull();
  });

  it("reads content whose slugs are unique per locale", async () => {
    const content = await readDemoContent();
    for (const locale of ["en", "fr"]) {
      const slugs = content.flatMap((category) =>
        category.articles.map((article) => article.translations[locale].slug),
      );
      expect(new Set(slugs).size).toBe(slugs.length);
    }
  });
});
