import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { hashPassword } from "@/lib/auth/hash-password";
import type { Db } from "@/lib/db";
import { demoCannedResponses } from "@/lib/seed/canned-responses";
import { demoStaff } from "@/lib/seed/demo-staff";

const CONTENT_DIR = path.resolve("lib/seed/content");

const ZArticleTranslation = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  title: z.string().min(1),
  excerpt: z.string().max(300),
  keywords: z.array(z.string()),
  bodyMarkdown: z.string().min(1),
});

const ZCategoryFile = z.object({
  slug: z.string(),
  position: z.number().int(),
  translations: z.record(z.string(), z.object({ name: z.string(), description: z.string() })),
  articles: z.array(z.object({ key: z.string(), translations: z.record(z.string(), ZArticleTranslation) })),
});

export type DemoCategory = z.infer<typeof ZCategoryFile>;

export async function readDemoContent(dir: string = CONTENT_DIR): Promise<DemoCategory[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith(".json")).sort();
  const categories = await Promise.all(
    files.map(async (file) => ZCategoryFile.parse(JSON.parse(await readFile(path.join(dir, file), "utf8")))),
  );
  return categories.sort((a, b) => a.position - b.position);
}

export type SeedSummary = {
  users: number;
  categories: number;
  articles: number;
  translations: number;
  cannedResponses: number;
};

/**
 * Loads the demo shop's help center: staff, categories, published articles in every locale
 * of the content, canned responses. Safe to run again: it updates what exists, by email,
 * slug and shortcut, and never duplicates.
 */
export async function seedDemo(db: Db): Promise<SeedSummary> {
  for (const member of demoStaff) {
    const existing = await db.user.findUnique({ where: { email: member.email }, select: { id: true } });
    if (!existing) {
      await db.user.create({
        data: {
          email: member.email,
          name: member.name,
          role: member.role,
          maxConcurrentChats: member.maxConcurrentChats,
          passwordHash: await hashPassword(member.password),
        },
      });
    }
  }

  const content = await readDemoContent();
  let translations = 0;
  let articles = 0;
  for (const category of content) {
    await db.$transaction(async (tx) => {
      const { id: categoryId } = await tx.category.upsert({
        where: { slug: category.slug },
        create: { slug: category.slug, position: category.position },
        update: { position: category.position },
        select: { id: true },
      });
      for (const [locale, translation] of Object.entries(category.translations)) {
        await tx.categoryTranslation.upsert({
          where: { categoryId_locale: { categoryId, locale } },
          create: { categoryId, locale, ...translation },
          update: translation,
        });
      }
      for (const [position, article] of category.articles.entries()) {
        const entries = Object.entries(article.translations);
        // An article is recognised by the slug of any of its translations.
        const known = await tx.articleTranslation.findFirst({
          where: { OR: entries.map(([locale, translation]) => ({ locale, slug: translation.slug })) },
          select: { articleId: true },
        });
        const { id: articleId } = known
          ? await tx.article.update({
              where: { id: known.articleId },
              data: { categoryId, position },
              select: { id: true },
            })
          : await tx.article.create({ data: { categoryId, position }, select: { id: true } });
        articles += 1;
        for (const [locale, translation] of entries) {
          const saved = await tx.articleTranslation.upsert({
            where: { articleId_locale: { articleId, locale } },
            create: { articleId, locale, ...translation, status: "PUBLISHED", publishedAt: new Date() },
            update: { ...translation, status: "PUBLISHED" },
            select: { id: true },
          });
          // The search index is fed through the outbox, like every other article change.
          await tx.searchSync.create({ data: { translationId: saved.id, operation: "UPSERT" } });
          translations += 1;
        }
      }
    });
  }

  for (const response of demoCannedResponses) {
    await db.cannedResponse.upsert({
      where: { locale_shortcut: { locale: response.locale, shortcut: response.shortcut } },
      create: response,
      update: response,
    });
  }

  await db.setting.upsert({
    where: { key: "demo.seededAt" },
    create: { key: "demo.seededAt", value: new Date().toISOString() },
    update: {},
  });

  return {
    users: demoStaff.length,
    categories: content.length,
    articles,
    translations,
    cannedResponses: demoCannedResponses.length,
  };
}

/** Seeds only a database that has never been seeded (the first `npm start`). */
export async function seedDemoOnFirstRun(db: Db): Promise<SeedSummary | null> {
  const seeded = await db.setting.findUnique({ where: { key: "demo.seededAt" }, select: { key: true } });
  return seeded ? null : seedDemo(db);
}
