import { describe, expect, it } from "vitest";
import { articlesIndexUid, searchClient } from "@/lib/search/client";
import { ensureSearchIndex } from "@/lib/search/ensure-search-index";

describe("ensureSearchIndex", () => {
  it("creates the articles index with its settings, and can run again", async () => {
    await ensureSearchIndex();
    await ensureSearchIndex();

    const index = await searchClient().getIndex(articlesIndexUid());
    expect(index.primaryKey).toBe("id");
    const settings = await index.getSettings();
    expect(settings.searchableAttributes).toEqual(["title", "keywords", "excerpt", "body"]);
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(["locale", "categorySlug"]));
    expect(settings.typoTolerance?.enabled).toBe(true);
  });
});
