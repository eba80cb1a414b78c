import "server-only";
import { headers } from "next/headers";
import { defaultLocale, locales } from "@/lib/i18n/locales";
import { negotiateLocale } from "@/lib/i18n/negotiate-locale";

/** The console speaks the browser's language among the install's locales. */
export async function consoleLocale(): Promise<string> {
  return negotiateLocale((await headers()).get("accept-language"), locales(), defaultLocale());
}

/** Where to go after signing in: a console path only, never another site. */
export function safeCallbackPath(value: string | string[] | undefined): string {
  const path = Array.isArray(value) ? value[0] : value;
  return path && /^\/console(\/|\?|$)/.test(path) && !path.startsWith("//") ? path : "/console";
}
