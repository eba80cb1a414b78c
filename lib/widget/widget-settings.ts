import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { SETTING_KEYS, ZBranding, ZOrigin } from "@/lib/settings/schemas";

/** Not an admin form setting yet: a flag an admin sets (or a test) in the Setting table. */
export const ENFORCE_IDENTITY_KEY = "widget.enforceIdentity";

export type WidgetSettings = {
  /** Origins whose pages may embed the widget; the app's own origin is always among them. */
  allowedOrigins: string[];
  /** The HMAC key shops sign their customer ids with, or null when none was made. */
  identitySecret: string | null;
  /** When on, an unsigned or badly signed `identify` is refused. */
  enforceIdentity: boolean;
  color: string;
};

/** The widget's settings from the Setting table, each falling back to a safe default. */
export async function loadWidgetSettings(): Promise<WidgetSettings> {
  const keys = [SETTING_KEYS.allowedOrigins, SETTING_KEYS.identitySecret, SETTING_KEYS.branding, ENFORCE_IDENTITY_KEY];
  const rows = await db.setting.findMany({ where: { key: { in: keys } }, select: { key: true, value: true } });
  const value = (key: string) => rows.find((row) => row.key === key)?.value;
  const origins = value(SETTING_KEYS.allowedOrigins);
  const secret = value(SETTING_KEYS.identitySecret);
  const branding = ZBranding.safeParse(value(SETTING_KEYS.branding));
  const allowed = Array.isArray(origins)
    ? origins.flatMap((origin) => {
        const parsed = ZOrigin.safeParse(origin);
        return parsed.success ? [parsed.data] : [];
      })
    : [];
  return {
    allowedOrigins: [...new Set([new URL(env().APP_URL).origin, ...allowed])],
    identitySecret: typeof secret === "string" && secret ? secret : null,
    enforceIdentity: value(ENFORCE_IDENTITY_KEY) === true,
    color: branding.success ? branding.data.color : "#0f766e",
  };
}

/** True when a page of `origin` may embed the widget. */
export function isAllowedOrigin(origin: string | null | undefined, settings: Pick<WidgetSettings, "allowedOrigins">) {
  return !!origin && settings.allowedOrigins.includes(origin);
}
