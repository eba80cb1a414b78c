import "server-only";
import { db } from "@/lib/db";

export type CategorySummary = {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  articleCount: number;
};

/** Categories translated into `locale`, in order, with their number of published articles there. */
export async function listCategories(locale: string): Promise<CategorySummary[]> {
  const categories = await db.category.findMany({
    where: { translations: { some: { locale } } },
    orderBy: [{ position: "asc" }, { slug: "asc" }],
    select: {
      id: true,
      slug: true,
      translations: { where: { locale }, select: { name: true, description: true } },
      _count: { select: { articles: { where: { translations: { some: { locale, status: "PUBLISHED" } } } } } },
    },
  });
  return categories.map((category) => ({
    id: category.id,
    slug: category.slug,
    name: category.translations[0].name,
    description: category.translations[0].description,
    articleCount: category._count.articles,
  }));
}
