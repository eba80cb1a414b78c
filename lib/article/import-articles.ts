import "server-only";
import { readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import {
  createArticle,
  excerptFrom,
  recordTranslationVersion,
  slugify,
  ZArticleTranslationInput,
  ZKeywords,
} from "@/lib/article/create-article";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** One article to import, and where it came from (for error messages). */
export type ImportEntry = {
  source: string;
  title: string;
  bodyMarkdown: string;
  slug?: string;
  excerpt?: string;
  keywords?: string[];
};

export type ImportSummary = { created: number; updated: number; unchanged: number; published: number };

const ZQuestionsFile = z.object({
  questions: z
    .array(
      z.object({
        question: ZArticleTranslationInput.shape.title,
        answer: ZArticleTranslationInput.shape.bodyMarkdown,
      }),
    )
    .min(1, { error: "must list at least one question" }),
});

const ZFrontMatter = z.object({
  title: ZArticleTranslationInput.shape.title,
  slug: ZArticleTranslationInput.shape.slug,
  excerpt: ZArticleTranslationInput.shape.excerpt,
  // A YAML list, or one comma-separated line.
  keywords: z
    .union([
      ZKeywords,
      z.string().transform((line) =>
        line
          .split(",")
          .map((keyword) => keyword.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(ZKeywords)
    .optional(),
});

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const where = issue.path.map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`)).join("");
      return where ? `${where.replace(/^\./, "")} ${issue.message}` : issue.message;
    })
    .join("; ");
}

/** `{ "questions": [{ "question", "answer" }] }`: the question becomes the title, the answer the body. */
export function parseQuestionsJson(text: string, source: string): ImportEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError("INVALID_INPUT", `${source} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = ZQuestionsFile.safeParse(json);
  if (!parsed.success) {
    throw new AppError(
      "INVALID_INPUT",
      `${source} is not a questions file ({ "questions": [{ "question", "answer" }] }): ${describeIssues(parsed.error)}`,
    );
  }
  return parsed.data.questions.map((entry, index) => ({
    source: `${source} questions[${index}]`,
    title: entry.question,
    bodyMarkdown: entry.answer,
  }));
}

/** A Markdown file whose YAML front matter gives `title` and optionally `slug`, `excerpt`, `keywords`. */
export function parseMarkdownArticle(text: string, source: string): ImportEntry {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const end = lines[0]?.trim() === "---" ? lines.findIndex((line, index) => index > 0 && line.trim() === "---") : -1;
  if (end < 0) {
    throw new AppError(
      "INVALID_INPUT",
      `${source} has no front matter: start it with a "---" block giving at least a title.`,
    );
  }
  let frontMatter: unknown;
  try {
    frontMatter = parseYaml(lines.slice(1, end).join("\n")) ?? {};
  } catch (error) {
    throw new AppError("INVALID_INPUT", `${source}: the front matter is not valid YAML: ${(error as Error).message}`);
  }
  const parsed = ZFrontMatter.safeParse(frontMatter);
  if (!parsed.success) throw new AppError("INVALID_INPUT", `${source}: front matter ${describeIssues(parsed.error)}`);
  const bodyMarkdown = lines
    .slice(end + 1)
    .join("\n")
    .trim();
  if (!bodyMarkdown) throw new AppError("INVALID_INPUT", `${source} has no text after its front matter.`);
  return { source, bodyMarkdown, ...parsed.data };
}

const MARKDOWN_FILE = /\.(md|markdown)$/i;

/** The entries of a questions JSON file, a Markdown file, or a folder of Markdown files (in name order). */
export async function readImportSource(target: string): Promise<ImportEntry[]> {
  const info = await stat(target).catch(() => {
    throw new AppError("NOT_FOUND", `No file or folder at ${target}.`);
  });
  if (info.isDirectory()) {
    const files = (await readdir(target)).filter((name) => MARKDOWN_FILE.test(name)).sort();
    if (files.length === 0) throw new AppError("INVALID_INPUT", `${target} holds no Markdown (.md) files.`);
    return Promise.all(
      files.map(async (name) => parseMarkdownArticle(await readFile(path.join(target, name), "utf8"), name)),
    );
  }
  const text = await readFile(target, "utf8");
  const name = path.basename(target);
  return MARKDOWN_FILE.test(name) ? [parseMarkdownArticle(text, name)] : parseQuestionsJson(text, name);
}

/**
 * The slug of each entry: its own, or one made from its title. Two entries of one import never
 * share a slug (the later gets -2, -3…), and the result depends only on the entries, so importing
 * the same file again finds the same articles.
 */
export function assignSlugs(entries: ImportEntry[]): string[] {
  const claimed = new Map<string, string>();
  for (const entry of entries) {
    if (!entry.slug) continue;
    const other = claimed.get(entry.slug);
    if (other) throw new AppError("INVALID_INPUT", `${other} and ${entry.source} both use the slug "${entry.slug}".`);
    claimed.set(entry.slug, entry.source);
  }
  return entries.map((entry) => {
    if (entry.slug) return entry.slug;
    const base = slugify(entry.title);
    let slug = base;
    for (let n = 2; claimed.has(slug); n++) slug = `${base}-${n}`;
    claimed.set(slug, entry.source);
    return slug;
  });
}

function sameKeywords(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((keyword, index) => keyword === b[index]);
}

/**
 * Imports articles into one category and locale. An entry whose slug already exists in that
 * locale updates that article (so importing a file again does not duplicate it); any other entry
 * becomes a new article. New articles are drafts unless `publish`; `publish` also publishes the
 * updated ones. Every change is saved with a revision and an outbox row in one transaction; an
 * entry that changes nothing is left alone.
 */
export async function importArticles(
  db: Db,
  {
    entries,
    locale,
    categorySlug,
    publish = false,
    authorId,
    onProgress = () => {},
  }: {
    entries: ImportEntry[];
    locale: string;
    categorySlug: string;
    publish?: boolean;
    authorId?: string;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<ImportSummary> {
  const category = await db.category.findUnique({ where: { slug: categorySlug }, select: { id: true } });
  if (!category) {
    const known = await db.category.findMany({ select: { slug: true }, orderBy: { position: "asc" } });
    throw new AppError(
      "NOT_FOUND",
      `No category has the slug "${categorySlug}". ` +
        (known.length
          ? `Categories: ${known.map((item) => item.slug).join(", ")}.`
          : "Create one in the console first."),
    );
  }
  const slugs = assignSlugs(entries);
  const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, published: 0 };
  onProgress(0, entries.length);

  for (const [index, entry] of entries.entries()) {
    const slug = slugs[index];
    try {
      const wanted = {
        title: entry.title,
        bodyMarkdown: entry.bodyMarkdown,
        excerpt: entry.excerpt || excerptFrom(entry.bodyMarkdown),
      };
      const existing = await db.articleTranslation.findUnique({
        where: { locale_slug: { locale, slug } },
        select: {
          id: true,
          title: true,
          bodyMarkdown: true,
          excerpt: true,
          keywords: true,
          status: true,
          publishedAt: true,
        },
      });
      if (!existing) {
        await createArticle(
          db,
          {
            categoryId: category.id,
            status: publish ? "PUBLISHED" : "DRAFT",
            translations: [{ locale, slug, keywords: entry.keywords, ...wanted }],
          },
          { authorId },
        );
        summary.created += 1;
        if (publish) summary.published += 1;
      } else {
        const keywords = entry.keywords ?? existing.keywords;
        const status = publish ? "PUBLISHED" : existing.status;
        const changed =
          existing.title !== wanted.title ||
          existing.bodyMarkdown !== wanted.bodyMarkdown ||
          existing.excerpt !== wanted.excerpt ||
          !sameKeywords(existing.keywords, keywords) ||
          existing.status !== status;
        if (changed) {
          await db.$transaction(async (tx) => {
            const saved = await tx.articleTranslation.update({
              where: { id: existing.id },
              data: {
                ...wanted,
                keywords,
                status,
                publishedAt: status === "PUBLISHED" ? (existing.publishedAt ?? new Date()) : existing.publishedAt,
              },
              select: {
                id: true,
                slug: true,
                title: true,
                bodyMarkdown: true,
                excerpt: true,
                keywords: true,
                status: true,
              },
            });
            await recordTranslationVersion(tx, saved, { authorId });
          });
          summary.updated += 1;
        } else {
          summary.unchanged += 1;
        }
        if (status === "PUBLISHED") summary.published += 1;
      }
    } catch (error) {
      if (error instanceof AppError) throw new AppError(error.code, `${entry.source}: ${error.message}`, error.details);
      throw error;
    }
    onProgress(index + 1, entries.length);
  }
  return summary;
}
