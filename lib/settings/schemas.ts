import { z } from "zod";

// The admin settings (issue 4), one Setting row per key. Pure zod, no server-only import: the
// settings form reads the same limits.

export const SETTING_KEYS = {
  businessHours: "chat.businessHours",
  autoAssign: "chat.autoAssign",
  firstResponseTargetSeconds: "chat.firstResponseTargetSeconds",
  allowedOrigins: "widget.allowedOrigins",
  identitySecret: "widget.identitySecret",
  branding: "branding",
} as const;

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

export type Weekday = (typeof WEEKDAYS)[number];

const ZTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "must be a time such as 09:00" });

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const ZDayHours = z
  .object({ open: ZTime, close: ZTime })
  .refine(({ open, close }) => open < close, { error: "must close after it opens" })
  .nullable();

export const ZBusinessHours = z.object({
  timeZone: z.string().refine(isTimeZone, { error: "must be a time zone such as Europe/Paris" }),
  /** Per weekday, the opening hours, or null when closed all day. */
  days: z.object({
    mon: ZDayHours,
    tue: ZDayHours,
    wed: ZDayHours,
    thu: ZDayHours,
    fri: ZDayHours,
    sat: ZDayHours,
    sun: ZDayHours,
  }),
});

export type TBusinessHours = z.infer<typeof ZBusinessHours>;

/** An origin a shop page embeds the widget from: scheme, host and port, nothing else. */
export const ZOrigin = z
  .string()
  .trim()
  .refine(
    (value) => {
      if (!URL.canParse(value)) return false;
      const url = new URL(value);
      return /^https?:$/.test(url.protocol) && url.origin === value.replace(/\/$/, "");
    },
    { error: "must be an origin such as https://shop.example (no path)" },
  )
  .transform((value) => new URL(value).origin);

export const ZBranding = z.object({
  name: z.string().trim().min(1, { error: "must not be empty" }).max(80),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: "must be a colour such as #0f766e" }),
  logoUrl: z
    .string()
    .trim()
    .max(500)
    .refine((value) => value === "" || (/^https?:\/\//.test(value) && URL.canParse(value)), {
      error: "must be an http:// or https:// URL, or empty",
    }),
});

export type TBranding = z.infer<typeof ZBranding>;

export const ZSynonymText = z.record(z.string(), z.array(z.array(z.string().trim().min(1).max(60)).min(2).max(20)));

export const ZUpdateSettings = z
  .object({
    businessHours: ZBusinessHours,
    autoAssign: z.boolean(),
    firstResponseTargetSeconds: z
      .number()
      .int()
      .min(5, { error: "must be at least 5 seconds" })
      .max(3600, { error: "must be at most 3600 seconds" }),
    allowedOrigins: z.array(ZOrigin).max(50),
    branding: ZBranding,
    synonyms: ZSynonymText,
  })
  .partial();

export type TUpdateSettings = z.input<typeof ZUpdateSettings>;

export const DEFAULT_SETTINGS = {
  businessHours: {
    timeZone: "Europe/Paris",
    days: {
      mon: { open: "09:00", close: "18:00" },
      tue: { open: "09:00", close: "18:00" },
      wed: { open: "09:00", close: "18:00" },
      thu: { open: "09:00", close: "18:00" },
      fri: { open: "09:00", close: "18:00" },
      sat: null,
      sun: null,
    },
  } satisfies TBusinessHours,
  autoAssign: true,
  /** Shoppers expect a person within 76 seconds. */
  firstResponseTargetSeconds: 76,
  allowedOrigins: [] as string[],
  branding: { name: "Help center", color: "#0f766e", logoUrl: "" } satisfies TBranding,
};
