// npm run bench:publish – how long after a publish commits does search find the article?
// Starts its own PostgreSQL and Meilisearch (data on disk by default, as in production;
// --tmpfs puts them in memory), seeds the demo, runs the app's search sync loop in this
// process, then publishes articles one by one and polls Meilisearch until each is found.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Command } from "commander";
import getPort from "get-port";
import { runMigrations } from "@/lib/migrate/run-migrations";
import { startEmbeddedPostgres } from "@/lib/runtime/start-embedded-postgres";
import { startMeilisearch } from "@/lib/runtime/start-meilisearch";
import { percentile, positiveInteger } from "./support";

const options = new Command("npm run bench:publish --")
  .description("Time from publishing an article (commit) to finding it with search.")
  .option("--publishes <n>", "articles to publish, one after another", positiveInteger, 30)
  .option("--tmpfs", "keep PostgreSQL's and Meilisearch's data in memory (/dev/shm) instead of on disk")
  .parse()
  .opts<{ publishes: number; tmpfs?: boolean }>();

const base = options.tmpfs && existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir();
const dir = await mkdtemp(path.join(base, "guichet-bench-publish-"));
await chmod(dir, 0o755);
const stops: (() => Promise<void>)[] = [];

try {
  const postgres = await startEmbeddedPostgres({ dataDir: path.join(dir, "postgres"), port: await getPort() });
  stops.push(postgres.stop);
  const masterKey = randomBytes(24).toString("base64url");
  const meili = await startMeilisearch({ dataDir: path.join(dir, "meilisearch"), port: await getPort(), masterKey });
  stops.push(meili.stop);
  await runMigrations({ databaseUrl: postgres.url });
  // The app modules read their configuration once, from here on.
  Object.assign(process.env, {
    DATABASE_URL: postgres.url,
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: masterKey,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
  });
  const { db } = await import("@/lib/db");
  const { seedDemo } = await import("@/lib/seed/seed-demo");
  const { searchArticles } = await import("@/lib/search/search-articles");
  const { startSearchSync } = await import("@/lib/search/start-search-sync");
  const { closeListener } = await import("@/lib/realtime/listen");

  await seedDemo(db);
  const sync = await startSearchSync({ intervalMs: 60_000 });
  while ((await db.searchSync.count()) > 0) await new Promise((resolve) => setTimeout(resolve, 50));
  const category = await db.category.findFirstOrThrow({ select: { id: true } });

  const latencies: number[] = [];
  for (let n = 0; n < options.publishes; n++) {
    const word = `zqx${randomBytes(4).toString("hex")}`;
    const started = performance.now();
    await db.$transaction(async (tx) => {
      const article = await tx.article.create({
        data: {
          categoryId: category.id,
          translations: {
            create: {
              locale: "en",
              slug: word,
              title: `Bench ${word}`,
              bodyMarkdown: `About ${word}.`,
              status: "PUBLISHED",
              publishedAt: new Date(),
            },
          },
        },
        include: { translations: true },
      });
      await tx.searchSync.create({ data: { translationId: article.translations[0].id, operation: "UPSERT" } });
    });
    while ((await searchArticles({ q: word, locale: "en", limit: 1 })).hits.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    latencies.push(performance.now() - started);
  }
  // Where the time goes: Meilisearch's own processing of each document task.
  const tasks = (await (
    await fetch(`${meili.url}/tasks?types=documentAdditionOrUpdate&statuses=succeeded&limit=${options.publishes}`, {
      headers: { authorization: `Bearer ${masterKey}` },
    })
  ).json()) as { results: { duration: string; enqueuedAt: string; startedAt: string; finishedAt: string }[] };
  const taskMs = tasks.results
    .map((task) => Date.parse(task.finishedAt) - Date.parse(task.enqueuedAt))
    .sort((a, b) => a - b);
  await sync.stop();
  await closeListener();
  await db.$disconnect();

  const sorted = [...latencies].sort((a, b) => a - b);
  const within = latencies.filter((ms) => ms <= 1_000).length;
  console.log(
    `Publish → searchable, ${options.publishes} publishes one after another, data ${options.tmpfs ? "in memory (tmpfs)" : `on disk (${base})`}`,
  );
  console.log(
    `p50 ${percentile(sorted, 0.5).toFixed(0)} ms · p95 ${percentile(sorted, 0.95).toFixed(0)} ms · max ${sorted[sorted.length - 1].toFixed(0)} ms`,
  );
  console.log(`within 1 s (the target): ${within}/${options.publishes}`);
  console.log(
    `of which Meilisearch task, enqueued → finished: p50 ${percentile(taskMs, 0.5)} ms · p95 ${percentile(taskMs, 0.95)} ms · max ${taskMs[taskMs.length - 1]} ms`,
  );
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => {});
  await rm(dir, { recursive: true, force: true });
}
