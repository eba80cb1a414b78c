import type { Settings } from "meilisearch";
import { localizedField, meiliLanguage } from "@/lib/search/languages";

/**
 * Settings of the articles index: one document per published translation, its text in
 * locale-suffixed fields (`title_fr`) so each language is tokenised as itself. Ranked
 * title > keywords > excerpt > body.
 */
export function articlesIndexSettings(locales: string[], synonyms: Record<string, string[]>): Settings {
  const fields = ["title", "keywords", "excerpt", "body"] as const;
  return {
    searchableAttributes: fields.flatMap((field) => locales.map((locale) => localizedField(field, locale))),
    filterableAttributes: ["locale", "categorySlug", "articleId"],
    sortableAttributes: ["position"],
    localizedAttributes: locales.flatMap((locale) => {
      const language = meiliLanguage(locale);
      return language ? [{ attributePatterns: [`*_${locale.replace("-", "_")}`], locales: [language] }] : [];
    }) as Settings["localizedAttributes"],
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 7 } },
    synonyms,
  };
}
