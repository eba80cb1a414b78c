import type { MetadataRoute } from "next";
import { listPublishedForSitemap } from "@/lib/article/queries";
import { locales } from "@/lib/i18n/locales";
import { absoluteUrl } from "@/lib/seo/absolute-url";

// Read at request time: the content lives in the database and APP_URL is only known at run time.
export const dynamic = "force-dynamic";

type Version = { locale: string; path: string; lastModified?: Date };

/** One entry per version of a page, each listing every version (itself included) as hreflang alternates. */
function entries(versions: Version[]): MetadataRoute.Sitemap {
  const languages = Object.fromEntries(versions.map((version) => [version.locale, absoluteUrl(version.path)]));
  return versions.map((version) => ({
    url: absoluteUrl(version.path),
    lastModified: version.lastModified,
    alternates: { languages },
  }));
}

// GET /sitemap.xml – locale homes, category pages and every published article translation
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { articles, categories } = await listPublishedForSitemap();
  return [
    ...entries(locales().map((locale) => ({ locale, path: `/${locale}` }))),
    ...categories.flatMap((category) =>
      entries(
        category.translations.map(({ locale, updatedAt }) => ({
          locale,
          path: `/${locale}/categories/${category.slug}`,
          lastModified: updatedAt,
        })),
      ),
    ),
    ...articles.flatMap((article) =>
      entries(
        article.translations.map(({ locale, slug, updatedAt }) => ({
          locale,
          path: `/${locale}/articles/${slug}`,
          lastModified: updatedAt,
        })),
      ),
    ),
  ];
}
