// Meilisearch names languages with ISO 639-3 codes; Guichet's locales are BCP 47 tags.
const meiliLanguages: Record<string, string> = {
  en: "eng",
  fr: "fra",
  de: "deu",
  es: "spa",
  it: "ita",
  pt: "por",
  nl: "nld",
  ja: "jpn",
  zh: "cmn",
  ko: "kor",
  sv: "swe",
  da: "dan",
  pl: "pol",
};

export function meiliLanguage(locale: string): string | undefined {
  return meiliLanguages[locale.split("-")[0]];
}

/** Field names carry the locale so that each language is tokenised as itself. */
export function localizedField(field: "title" | "keywords" | "excerpt" | "body", locale: string): string {
  return `${field}_${locale.replace("-", "_")}`;
}
