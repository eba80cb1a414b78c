import { en, type MessageKey } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";

const catalogs: Record<string, Record<MessageKey, string>> = { en, fr };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** A translator for `locale`; locales without a catalog fall back to English. */
export function translator(locale: string): Translate {
  const catalog = catalogs[locale.split("-")[0]] ?? en;
  return (key, values = {}) =>
    catalog[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

export const languageNames: Record<string, string> = { en: "English", fr: "Français" };
