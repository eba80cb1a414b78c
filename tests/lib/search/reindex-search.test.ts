import { Meilisearch } from "meilisearch";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { articlesIndexUid } from "@/lib/search/client";
import { reindexSearch } from "@/lib/search/reindex-search";
import { searchArticles } from "@/lib/search/search-articles";
import { drainSearchOutbox } from "@/lib/search/sync-search-outbox";
import { seedDemo } from "@/lib/seed/seed-demo";
import { drainAll } from "../../support/search-index";

beforeAll(async () => {
  await seedDemo(db);
  await drainAll();
});

async function topSlug(q: string, locale = "en"): Promise<string | undefined> {
  const result = await searchArticles({ q, locale, limit: 3 });
  expect(result.degraded).toBe(false);
  return result.hits[0]?.slug;
}

async function indexUids(): Promise<string[]> {
  const client = new Meilisearch({ host: env().MEILI_URL, apiKey: env().MEILI_MASTER_KEY });
  const { results } = await client.getIndexes({ limit: 1000 });
  return results.map((index) => index.uid).filter((uid) => uid.startsWith(env().MEILI_INDEX_PREFIX));
}

describe("reindexSearch", () => {
  it("keeps answering searches from the old index until the new one is swapped in", async () => {
    const published = await db.articleTranslation.count({ where: { status: "PUBLISHED" } });
    const questions: [string, string][] = [
      ["en", "where is my order"],
      ["en", "forgot pasword"],
      ["fr", "remboursemnt"],
      ["fr", "mot de passe oublie"],
    ];
    const before = await Promise.all(questions.map(([locale, q]) => topSlug(q, locale)));
    const answers: (string | undefined)[] = [];
    let finished = false;
    // Small batches: the rebuild takes long enough for many searches to land in it.
    const reindex = reindexSearch({ batchSize: 8 }).finally(() => (finished = true));
    while (!finished) answers.push(await topSlug("retrun an item"));

    expect(await reindex).toEqual({ documents: published });
    expect(answers.length).toBeGreaterThan(5);
    expect(new Set(answers)).toEqual(new Set(["return-an-item"]));
    // The rebuilt index answers as the old one did, in every language.
    expect(await Promise.all(questions.map(([locale, q]) => topSlug(q, locale)))).toEqual(before);
    // The rebuilt index replaced the live one; nothing is left behind.
    expect(await indexUids()).toEqual([articlesIndexUid()]);
  });

  it("does not lose an edit saved while it runs, even when a sync loop drains meanwhile", async () => {
    const first = await db.articleTranslation.findFirstOrThrow({
      where: { status: "PUBLISHED" },
      orderBy: { id: "asc" },
      select: { id: true, slug: true, locale: true },
    });
    let edit: Promise<void> | undefined;
    let editDoneDuringReindex = false;
    let finished = false;

    const reindex = reindexSearch({
      batchSize: 8,
      onProgress: ({ done }) => {
        // The first batch (lowest ids, `first` among them) is in the new index: edit it now.
        if (done === 0 || edit) return;
        edit = (async () => {
          await db.$transaction([
            db.articleTranslation.update({ where: { id: first.id }, data: { title: "Wombat-proof packaging" } }),
            db.searchSync.create({ data: { translationId: first.id, operation: "UPSERT" } }),
          ]);
          // An app instance's sync loop woken by that change, while the rebuild is under way.
          await drainSearchOutbox();
          editDoneDuringReindex = !finished;
        })();
      },
    }).finally(() => (finished = true));

    await reindex;
    await edit;
    expect(editDoneDuringReindex).toBe(true);
    // What the sync loops do once the rebuild has released them.
    await drainAll();
    const { hits } = await searchArticles({ q: "wombat", locale: first.locale, limit: 3 });
    expect(hits.map((hit) => hit.slug)).toEqual([first.slug]);
    expect(hits[0].title).toBe("Wombat-proof packaging");
  });
});
