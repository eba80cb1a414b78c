import { z } from "zod";
import { ZArticleSlug, ZArticleTranslationInput } from "@/lib/article/create-article";
import { ZConfiguredLocale } from "@/lib/article/schemas";

// Input of the console's article and category API (DESIGN.md, "Staff API"). Locales are
// checked against the install's LOCALES, so these schemas run on the server only.

const uniqueLocales = (translations: { locale: string }[]) =>
  new Set(translations.map((translation) => translation.locale)).size === translations.length;

const ZId = z.string().trim().min(1).max(64);

export const ZArticleParams = z.object({ id: ZId });

export const ZConsoleCreateArticle = z.object({
  categoryId: ZId,
  translations: z
    .array(ZArticleTranslationInput.extend({ locale: ZConfiguredLocale }))
    .min(1, { error: "needs at least one translation" })
    .refine(uniqueLocales, { error: "must have at most one translation per locale" }),
});

export type TConsoleCreateArticle = z.infer<typeof ZConsoleCreateArticle>;

/** A PATCH: any field may be left out; a locale the article does not have yet is added (title and body then required). */
export const ZSaveArticle = z.object({
  categoryId: ZId.optional(),
  translations: z
    .array(ZArticleTranslationInput.partial().extend({ locale: ZConfiguredLocale, slug: ZArticleSlug.optional() }))
    .refine(uniqueLocales, { error: "must have at most one translation per locale" })
    .optional(),
});

export type TSaveArticle = z.infer<typeof ZSaveArticle>;

export const ZPublishArticle = z.object({ locale: ZConfiguredLocale.optional() });

export type TPublishArticle = z.infer<typeof ZPublishArticle>;

export const ZConsoleArticleQuery = z.object({
  status: z.enum(["DRAFT", "PUBLISHED", "ARCHIVED"], { error: "must be DRAFT, PUBLISHED or ARCHIVED" }).optional(),
  locale: ZConfiguredLocale.optional(),
  /** A category slug. */
  category: ZArticleSlug.optional(),
  q: z.string().trim().max(200, { error: "must be at most 200 characters" }).optional(),
});

export type TConsoleArticleQuery = z.infer<typeof ZConsoleArticleQuery>;

export const ZCreateCategory = z.object({
  slug: ZArticleSlug,
  position: z.number().int().min(0).max(10_000).optional(),
  translations: z
    .array(
      z.object({
        locale: ZConfiguredLocale,
        name: z.string().trim().min(1, { error: "must not be empty" }).max(100),
        description: z.string().trim().max(500).optional(),
      }),
    )
    .min(1, { error: "needs at least one translation" })
    .refine(uniqueLocales, { error: "must have at most one translation per locale" }),
});

export type TCreateCategory = z.infer<typeof ZCreateCategory>;
