import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { locales } from "@/lib/i18n/locales";
import { loadSynonyms, type SynonymGroups } from "@/lib/search/synonyms";
import {
  DEFAULT_SETTINGS,
  SETTING_KEYS,
  ZBranding,
  ZBusinessHours,
  ZOrigin,
  type TBranding,
  type TBusinessHours,
} from "@/lib/settings/schemas";

export type AdminSettings = {
  businessHours: TBusinessHours;
  autoAssign: boolean;
  firstResponseTargetSeconds: number;
  allowedOrigins: string[];
  branding: TBranding;
  synonyms: SynonymGroups;
  /** Never the secret itself: whether there is one and its last characters, to recognise it. */
  identitySecret: { set: boolean; hint: string | null };
  /** From the LOCALES environment variable, shown for reference. */
  locales: string[];
};

function valueOr<T>(schema: z.ZodType<T>, value: unknown, fallback: T): T {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}

/** Every admin setting, with the default for a key that is absent or holds something unusable. */
export async function loadAdminSettings(): Promise<AdminSettings> {
  const rows = await db.setting.findMany({
    where: { key: { in: Object.values(SETTING_KEYS) } },
    select: { key: true, value: true },
  });
  const value = (key: string) => rows.find((row) => row.key === key)?.value;
  const autoAssign = value(SETTING_KEYS.autoAssign);
  const target = value(SETTING_KEYS.firstResponseTargetSeconds);
  const origins = value(SETTING_KEYS.allowedOrigins);
  const secret = value(SETTING_KEYS.identitySecret);
  return {
    businessHours: valueOr(ZBusinessHours, value(SETTING_KEYS.businessHours), DEFAULT_SETTINGS.businessHours),
    autoAssign: typeof autoAssign === "boolean" ? autoAssign : DEFAULT_SETTINGS.autoAssign,
    firstResponseTargetSeconds:
      typeof target === "number" && target > 0 ? target : DEFAULT_SETTINGS.firstResponseTargetSeconds,
    allowedOrigins: Array.isArray(origins)
      ? origins.flatMap((origin) => (ZOrigin.safeParse(origin).success ? [String(origin)] : []))
      : DEFAULT_SETTINGS.allowedOrigins,
    branding: valueOr(ZBranding, value(SETTING_KEYS.branding), DEFAULT_SETTINGS.branding),
    synonyms: await loadSynonyms(),
    identitySecret:
      typeof secret === "string" && secret ? { set: true, hint: `…${secret.slice(-4)}` } : { set: false, hint: null },
    locales: locales(),
  };
}
