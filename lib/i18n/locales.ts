import { env } from "@/lib/env";

export function locales(): string[] {
  return env().LOCALES;
}

export function isLocale(value: string): boolean {
  return locales().includes(value);
}

export function defaultLocale(): string {
  return env().DEFAULT_LOCALE;
}
