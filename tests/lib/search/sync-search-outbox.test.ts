import { existsSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import getPort from "get-port";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startMeilisearch, type RunningMeilisearch } from "@/lib/runtime/start-meilisearch";

// This file runs its own Meilisearch so that it can stop and restart it.
const dataDir = await mkdtemp(path.join(existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir(), "guichet-outbox-"));
await chmod(dataDir, 0o755);
const port = await getPort();
const masterKey = "outbox-test-master-key";
let meili: RunningMeilisearch | undefined = await startMeilisearch({ dataDir, port, masterKey });
process.env.MEILI_URL = meili.url;
process.env.MEILI_MASTER_KEY = masterKey;

const { db } = await import("@/lib/db");
const { seedDemo } = await import("@/lib/seed/seed-demo");
const { searchArticles } = await import("@/lib/search/search-articles");
const { drainSearchOutbox } = await import("@/lib/search/sync-search-outbox");
const { startSearchSync } = await import("@/lib/search/start-search-sync");
const { closeListener } = await import("@/lib/realtime/listen");

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function slugsFor(q: string, locale = "en") {
  return (await searchArticles({ q, locale, limit: 5 })).hits.map((hit) => hit.slug);
}

async function publish(slug: string, title: string) {
  const category = await db.category.findUniqueOrThrow({ where: { slug: "orders-tracking" } });
  await db.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        categoryId: category.id,
        translations: {
          create: {
            locale: "en",
            slug,
            title,
            bodyMarkdown: `${title}.`,
            status: "PUBLISHED",
            publishedAt: new Date(),
          },
        },
      },
      include: { translations: true },
    });
    await tx.searchSync.create({ data: { translationId: article.translations[0].id, operation: "UPSERT" } });
  });
}

beforeAll(async () => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
  await seedDemo(db);
});

afterAll(async () => {
  await closeListener();
  await meili?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe("search outbox", () => {
  it("pushes a published article as soon as it is committed, woken by NOTIFY (the timer is off)", async () => {
    const sync = await startSearchSync({ intervalMs: 60_000 });
    try {
      await waitUntil(async () => (await db.searchSync.count()) === 0, 60_000);
      await publish("quokka-gift-wrap", "Quokka gift wrap");
      // The poll timer is a minute away: only the NOTIFY sent at commit can have woken the loop.
      await waitUntil(async () => (await slugsFor("quokka")).includes("quokka-gift-wrap"), 15_000);
    } finally {
      await sync.stop();
    }
  });

  it("loses nothing while Meilisearch is down and converges when it returns", async () => {
    const sync = await startSearchSync({ intervalMs: 200, maxBackoffMs: 300 });
    try {
      await meili!.stop();
      meili = undefined;

      await publish("ocelot-delivery-window", "Ocelot delivery window");
      const retired = await db.articleTranslation.findUniqueOrThrow({
        where: { locale_slug: { locale: "en", slug: "quokka-gift-wrap" } },
      });
      await db.$transaction([
        db.articleTranslation.update({ where: { id: retired.id }, data: { status: "ARCHIVED" } }),
        db.searchSync.create({ data: { translationId: retired.id, operation: "DELETE" } }),
      ]);

      // The failed pushes are kept and retried, and shoppers are answered from PostgreSQL meanwhile.
      await waitUntil(async () => (await db.searchSync.findFirst({ where: { attempts: { gt: 0 } } })) !== null);
      expect(await db.searchSync.count()).toBe(2);
      const degraded = await searchArticles({ q: "ocelot", locale: "en", limit: 5 });
      expect(degraded.degraded).toBe(true);
      expect(degraded.hits.map((hit) => hit.slug)).toEqual(["ocelot-delivery-window"]);

      meili = await startMeilisearch({ dataDir, port, masterKey });
      await waitUntil(async () => (await db.searchSync.count()) === 0);
      expect(await slugsFor("ocelot")).toEqual(["ocelot-delivery-window"]);
      expect(await slugsFor("quokka")).toEqual([]);
      expect((await searchArticles({ q: "ocelot", locale: "en", limit: 1 })).degraded).toBe(false);
    } finally {
      await sync.stop();
    }
  });

  it("lets several instances drain together, each change pushed once", async () => {
    const category = await db.category.findUniqueOrThrow({ where: { slug: "orders-tracking" } });
    const articles = await Promise.all(
      Array.from({ length: 30 }, (_, n) =>
        db.article.create({
          data: {
            categoryId: category.id,
            translations: {
              create: {
                locale: "en",
                slug: `tapir-${n}`,
                title: `Tapir ${n}`,
                bodyMarkdown: "Tapir.",
                status: "PUBLISHED",
              },
            },
          },
          include: { translations: true },
        }),
      ),
    );
    await db.searchSync.createMany({
      data: articles.map((article) => ({ translationId: article.translations[0].id, operation: "UPSERT" as const })),
    });

    const results = await Promise.all([
      drainSearchOutbox({ batchSize: 10 }),
      drainSearchOutbox({ batchSize: 10 }),
      drainSearchOutbox({ batchSize: 10 }),
    ]);
    expect(results.reduce((sum, result) => sum + result.upserted, 0)).toBe(30);
    expect(await db.searchSync.count()).toBe(0);
    expect((await searchArticles({ q: "tapir", locale: "en", limit: 20 })).total).toBe(30);
  });
});
