import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { db } from "@/lib/db";
import { searchArticles } from "@/lib/search/search-articles";
import { defaultSynonyms, loadSynonyms, toMeiliSynonyms } from "@/lib/search/synonyms";
import { updateSynonyms } from "@/lib/search/update-synonyms";
import { seedDemo } from "@/lib/seed/seed-demo";
import { drainAll } from "../../support/search-index";

beforeAll(async () => {
  await seedDemo(db);
  await drainAll();
});

describe("search synonyms", () => {
  it("start from a set per locale", async () => {
    expect(await loadSynonyms()).toEqual(defaultSynonyms);
    expect(toMeiliSynonyms({ en: [["refund", "money back"]] })).toEqual({
      refund: ["money back"],
      "money back": ["refund"],
    });
  });

  it("are saved in settings and used by search at once", async () => {
    expect((await searchArticles({ q: "wombat", locale: "en", limit: 3 })).hits).toEqual([]);
    await updateSynonyms({ ...defaultSynonyms, en: [...defaultSynonyms.en, ["wombat", "password"]] });
    expect((await loadSynonyms()).en).toContainEqual(["wombat", "password"]);
    const { hits } = await searchArticles({ q: "wombat", locale: "en", limit: 3 });
    expect(hits.map((hit) => hit.slug)).toContain("reset-my-password");
  });

  it("refuse groups of one word", async () => {
    await expect(updateSynonyms({ en: [["lonely"]] })).rejects.toBeInstanceOf(ZodError);
  });
});
