import { beforeAll, describe, expect, it } from "vitest";
import {
  assignSlugs,
  importArticles,
  parseMarkdownArticle,
  parseQuestionsJson,
  type ImportEntry,
} from "@/lib/article/import-articles";
import { db } from "@/lib/db";
import { searchArticles } from "@/lib/search/search-articles";
import { drainAll } from "../../support/search-index";

beforeAll(async () => {
  await db.category.create({
    data: { slug: "loyalty", translations: { create: [{ locale: "en", name: "Loyalty programme" }] } },
  });
});

function entry(title: string, bodyMarkdown: string, extra: Partial<ImportEntry> = {}): ImportEntry {
  return { source: title, title, bodyMarkdown, ...extra };
}

describe("reading import files", () => {
  it("reads questions and answers, and points at what is wrong in a bad file", () => {
    expect(parseQuestionsJson('{"questions":[{"question":" Q? ","answer":"A."}]}', "faq.json")).toEqual([
      { source: "faq.json questions[0]", title: "Q?", bodyMarkdown: "A." },
    ]);
    expect(() => parseQuestionsJson("{questions:", "faq.json")).toThrow(/^faq\.json is not valid JSON/);
    expect(() =>
      parseQuestionsJson('{"questions":[{"question":"Q?","answer":"A."},{"question":"R?"}]}', "faq.json"),
    ).toThrow(/questions\[1\]\.answer/);
    expect(() => parseQuestionsJson('{"faq":[]}', "faq.json")).toThrow(/questions/);
  });

  it("reads Markdown front matter: title, slug, excerpt, keywords as a list or one line", () => {
    const article = parseMarkdownArticle(
      "---\ntitle: Earning points\nslug: earn-points\nexcerpt: One point per euro.\nkeywords: [points, rewards]\n---\n\n# Points\n\nYou earn one point per euro.\n",
      "points.md",
    );
    expect(article).toEqual({
      source: "points.md",
      title: "Earning points",
      slug: "earn-points",
      excerpt: "One point per euro.",
      keywords: ["points", "rewards"],
      bodyMarkdown: "# Points\n\nYou earn one point per euro.",
    });
    expect(
      parseMarkdownArticle("---\r\ntitle: Tiers\r\nkeywords: gold, silver ,\r\n---\r\nThree tiers.", "t.md"),
    ).toMatchObject({
      keywords: ["gold", "silver"],
      bodyMarkdown: "Three tiers.",
    });
  });

  it.each([
    ["# Points\n\nNo front matter here.", /no front matter/],
    ["---\ntitle: [unclosed\n---\nText.", /not valid YAML/],
    ["---\ntitle: Points\nslug: Not A Slug\n---\nText.", /slug must be lower-case/],
    ["---\ntitle: Points\n---\n\n", /no text after its front matter/],
  ])("names the file and the problem (%#)", (text, message) => {
    expect(() => parseMarkdownArticle(text, "points.md")).toThrow(message);
    expect(() => parseMarkdownArticle(text, "points.md")).toThrow(/points\.md/);
  });

  it("gives entries with the same title distinct, repeatable slugs, and refuses two identical explicit ones", () => {
    const entries = [
      entry("Gift points", "a"),
      entry("Gift points", "b"),
      entry("Other", "c", { slug: "gift-points" }),
    ];
    expect(assignSlugs(entries)).toEqual(["gift-points-2", "gift-points-3", "gift-points"]);
    expect(assignSlugs(entries)).toEqual(assignSlugs(entries));
    expect(() => assignSlugs([entry("A", "a", { slug: "same" }), entry("B", "b", { slug: "same" })])).toThrow(
      'A and B both use the slug "same".',
    );
  });
});

describe("importArticles", () => {
  const base = { locale: "en", categorySlug: "loyalty" };

  it("updates in place when the file changes, keeping a published article published", async () => {
    const entries = [
      entry("How do I join the loyalty club?", "Sign up in your account. It is free."),
      entry("Do points expire?", "Points expire after 24 months. Buying anything renews them."),
    ];
    expect(await importArticles(db, { ...base, entries, publish: true })).toEqual({
      created: 2,
      updated: 0,
      unchanged: 0,
      published: 2,
    });
    await drainAll();

    // An editor fixes a sentence in the file and imports it again, without --publish.
    const edited = [
      entries[0],
      entry("Do points expire?", "Points expire after 36 months. Buying anything renews them."),
    ];
    expect(await importArticles(db, { ...base, entries: edited })).toEqual({
      created: 0,
      updated: 1,
      unchanged: 1,
      published: 2,
    });
    const translation = await db.articleTranslation.findUniqueOrThrow({
      where: { locale_slug: { locale: "en", slug: "do-points-expire" } },
      select: { status: true, excerpt: true, revisions: { select: { version: true }, orderBy: { version: "asc" } } },
    });
    expect(translation).toEqual({
      status: "PUBLISHED",
      excerpt: "Points expire after 36 months.",
      revisions: [{ version: 1 }, { version: 2 }],
    });
    await drainAll();
    const { hits } = await searchArticles({ q: "points expire", locale: "en", limit: 3 });
    expect(hits[0]).toMatchObject({ slug: "do-points-expire", excerpt: "Points expire after 36 months." });
  });

  it("keeps keywords set in the console when the file has none", async () => {
    const entries = [entry("Can I share points?", "No, points belong to one account.")];
    await importArticles(db, { ...base, entries });
    await db.articleTranslation.update({
      where: { locale_slug: { locale: "en", slug: "can-i-share-points" } },
      data: { keywords: ["transfer"] },
    });
    expect(await importArticles(db, { ...base, entries })).toMatchObject({ unchanged: 1 });
    const withKeywords = [entry("Can I share points?", "No, points belong to one account.", { keywords: ["gift"] })];
    expect(await importArticles(db, { ...base, entries: withKeywords })).toMatchObject({ updated: 1 });
    const saved = await db.articleTranslation.findUniqueOrThrow({
      where: { locale_slug: { locale: "en", slug: "can-i-share-points" } },
      select: { keywords: true, status: true },
    });
    expect(saved).toEqual({ keywords: ["gift"], status: "DRAFT" });
  });

  it("reports progress for every entry", async () => {
    const seen: [number, number][] = [];
    await importArticles(db, {
      ...base,
      entries: [
        entry("Birthday bonus", "Double points in your birthday month."),
        entry("Referral bonus", "Invite a friend."),
      ],
      onProgress: (done, total) => seen.push([done, total]),
    });
    expect(seen).toEqual([
      [0, 2],
      [1, 2],
      [2, 2],
    ]);
  });

  it("writes nothing when the category does not exist", async () => {
    const before = await db.article.count();
    await expect(
      importArticles(db, { ...base, categorySlug: "loyality", entries: [entry("A question?", "An answer.")] }),
    ).rejects.toThrow('No category has the slug "loyality". Categories: loyalty.');
    expect(await db.article.count()).toBe(before);
  });
});
