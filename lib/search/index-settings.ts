import type { Settings } from "meilisearch";

/**
 * Settings of the articles index. One document per published translation: `title`,
 * `keywords`, `excerpt`, `body` (plain text), `locale`, `categorySlug`.
 */
export const articlesIndexSettings: Settings = {
  searchableAttributes: ["title", "keywords", "excerpt", "body"],
  filterableAttributes: ["locale", "categorySlug", "articleId"],
  displayedAttributes: ["id", "articleId", "locale", "slug", "title", "excerpt", "categorySlug", "categoryName"],
  typoTolerance: { enabled: true },
};
