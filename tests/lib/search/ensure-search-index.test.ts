import { describe, expect, it } from "vitest";
import { articlesIndexUid, searchClient } from "@/lib/search/client";
import { ensureSearchIndex } from "@/lib/search/ensure-search-index";

describe("ensureSearchIndex", () => {
  it("creates the articles index with per-language fields, ranking, filters and synonyms, and can run again", async () => {
    await ensureSearchIndex();
    await ensureSearchIndex();

    const index = await searchClient().getIndex(articlesIndexUid());
    expect(index.primaryKey).toBe("id");
    const settings = await index.getSettings();
    // title > keywords > excerpt > body, in every locale.
    expect(settings.searchableAttributes).toEqual([
      "title_en",
      "title_fr",
      "keywords_en",
      "keywords_fr",
      "excerpt_en",
      "excerpt_fr",
      "body_en",
      "body_fr",
    ]);
    expect(settings.localizedAttributes).toEqual([
      { attributePatterns: ["*_en"], locales: ["eng"] },
      { attributePatterns: ["*_fr"], locales: ["fra"] },
    ]);
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(["locale", "categorySlug"]));
    expect(settings.typoTolerance?.enabled).toBe(true);
    expect(settings.synonyms?.refund).toEqual(expect.arrayContaining(["money back", "reimbursement"]));
    expect(settings.synonyms?.colis).toEqual(expect.arrayContaining(["paquet"]));
  });
});
