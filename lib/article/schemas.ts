import { z } from "zod";
import { isLocale, locales } from "@/lib/i18n/locales";

export const FEEDBACK_COMMENT_MAX_LENGTH = 1000;

/** A locale this install serves (`LOCALES`); checked when parsed, so only on the server. */
export const ZConfiguredLocale = z.string().refine((value) => isLocale(value), {
  error: () => `must be one of ${locales().join(", ")}`,
});

export const ZArticleQuery = z.object({ locale: ZConfiguredLocale });

export type TArticleQuery = z.infer<typeof ZArticleQuery>;

export const ZArticleFeedback = z.object({
  helpful: z.boolean(),
  comment: z
    .string()
    .trim()
    .max(FEEDBACK_COMMENT_MAX_LENGTH, { error: `must be at most ${FEEDBACK_COMMENT_MAX_LENGTH} characters` })
    .optional(),
  locale: ZConfiguredLocale,
});

export type TArticleFeedback = z.infer<typeof ZArticleFeedback>;
