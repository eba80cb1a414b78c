import { z } from "zod";
import { ZConfiguredLocale } from "@/lib/article/schemas";

// Canned responses: per locale, typed in the inbox as `/shortcut`.

export const ZShortcut = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, {
    error: "must be 1 to 40 lower-case letters, digits, - or _, such as refund-delay",
  });

export const ZCannedResponseInput = z.object({
  locale: ZConfiguredLocale,
  shortcut: ZShortcut,
  title: z.string().trim().min(1, { error: "must not be empty" }).max(100, { error: "must be at most 100 characters" }),
  body: z
    .string()
    .trim()
    .min(1, { error: "must not be empty" })
    .max(5000, { error: "must be at most 5000 characters" }),
});

export type TCannedResponseInput = z.input<typeof ZCannedResponseInput>;

export const ZUpdateCannedResponse = ZCannedResponseInput.partial();

export type TUpdateCannedResponse = z.input<typeof ZUpdateCannedResponse>;

export const ZCannedResponseQuery = z.object({ locale: ZConfiguredLocale.optional() });

export const ZCannedResponseParams = z.object({ id: z.string().trim().min(1).max(64) });
