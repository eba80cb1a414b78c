import { z } from "zod";

export const ZSearchQuery = z.object({
  q: z
    .string({ error: "q is required" })
    .trim()
    .min(1, { error: "must not be empty" })
    .max(200, { error: "must be at most 200 characters" }),
  locale: z.string({ error: "locale is required" }),
  category: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "must be a category slug" })
    .optional(),
  limit: z.coerce
    .number({ error: "must be a number from 1 to 20" })
    .int({ error: "must be a number from 1 to 20" })
    .min(1, { error: "must be a number from 1 to 20" })
    .max(20, { error: "must be a number from 1 to 20" })
    .default(8),
  /** The search box's id for the question being typed: its keystrokes become one search event. */
  searchId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/, { error: "must be 8–64 letters, digits, - or _" })
    .optional(),
});

export type TSearchQuery = z.infer<typeof ZSearchQuery>;

export const ZSearchClick = z.object({ articleId: z.string({ error: "articleId is required" }).min(1).max(64) });
