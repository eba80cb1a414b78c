import { z } from "zod";
import { ZConfiguredLocale } from "@/lib/article/schemas";

const ZContextWord = z.string().trim().max(40, { error: "must be at most 40 characters" }).optional();

export const ZSuggestionsQuery = z.object({ locale: ZConfiguredLocale, topic: ZContextWord, pageType: ZContextWord });

export type TSuggestionsQuery = z.infer<typeof ZSuggestionsQuery>;

export const ZPanelQuery = z.object({
  locale: z.string().max(10).optional(),
  /** The shop page's origin, where the panel sends its messages. */
  origin: z.string().max(300).optional(),
});
