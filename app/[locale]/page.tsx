import Link from "next/link";
import { SearchBox } from "@/components/search/search-box";
import { listPopularArticles } from "@/lib/article/queries";
import { listCategories } from "@/lib/category/queries";
import { translator } from "@/lib/i18n/translate";

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  const t = translator(locale);
  const [categories, popular] = await Promise.all([listCategories(locale), listPopularArticles({ locale, limit: 6 })]);
  return (
    <>
      <section className="bg-brand-50">
        <div className="mx-auto max-w-5xl px-4 py-14">
          <h1 className="text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">{t("home.heading")}</h1>
          <p className="mt-3 max-w-2xl text-lg text-slate-700">{t("home.subheading")}</p>
          <div className="mt-8 max-w-3xl">
            <SearchBox locale={locale} autoFocus />
          </div>
        </div>
      </section>
      <section aria-labelledby="categories-heading" className="mx-auto max-w-5xl px-4 py-10">
        <h2 id="categories-heading" className="text-xl font-semibold">
          {t("home.categories")}
        </h2>
        {categories.length === 0 ? (
          <p className="mt-4 text-slate-600">{t("home.empty")}</p>
        ) : (
          <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="categories">
            {categories.map((category) => (
              <li key={category.id} className="relative rounded-lg border border-slate-200 p-5 hover:border-brand-600">
                <h3 className="font-semibold text-brand-900">
                  {/* Stretched over the whole card: one click target, one tab stop. */}
                  <Link href={`/${locale}/categories/${category.slug}`} className="after:absolute after:inset-0">
                    {category.name}
                  </Link>
                </h3>
                {category.description ? <p className="mt-1 text-sm text-slate-600">{category.description}</p> : null}
                <p className="mt-3 text-sm text-slate-500">
                  {category.articleCount === 1
                    ? t("home.articleCount.one")
                    : t("home.articleCount.other", { count: category.articleCount })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {popular.length > 0 ? (
        <section aria-labelledby="popular-heading" className="mx-auto max-w-5xl px-4 pb-14">
          <h2 id="popular-heading" className="text-xl font-semibold">
            {t("home.popular")}
          </h2>
          <ul className="mt-4 grid gap-x-8 gap-y-3 sm:grid-cols-2" data-testid="popular-articles">
            {popular.map((article) => (
              <li key={article.id}>
                <Link
                  href={`/${locale}/articles/${article.slug}`}
                  className="font-medium text-brand-700 underline-offset-2 hover:underline"
                >
                  {article.title}
                </Link>
                <span className="block text-xs text-slate-500">{article.category.name}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
