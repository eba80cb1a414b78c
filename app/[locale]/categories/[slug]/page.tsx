import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { Breadcrumb } from "@/components/layout/breadcrumb";
import { LanguageAlternates } from "@/components/layout/language-alternates";
import { JsonLd } from "@/components/seo/json-ld";
import { listCategoryArticles, type CategoryArticles } from "@/lib/article/queries";
import { translator } from "@/lib/i18n/translate";
import { orNotFound } from "@/lib/or-not-found";
import { absoluteUrl } from "@/lib/seo/absolute-url";

// Metadata and page share one lookup per request.
const loadCategory = cache((locale: string, slug: string) => orNotFound(listCategoryArticles({ locale, slug })));

const categoryPath = (locale: string, slug: string) => `/${locale}/categories/${slug}`;

/** The category's address in each locale it is translated into (the slug is shared). */
function localeHrefs(locale: string, { category, locales }: CategoryArticles): Record<string, string> {
  return Object.fromEntries([locale, ...locales].map((other) => [other, categoryPath(other, category.slug)]));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/categories/[slug]">): Promise<Metadata> {
  const { locale, slug } = await params;
  const content = await loadCategory(locale, slug);
  return {
    title: content.category.name,
    description: content.category.description ?? undefined,
    alternates: {
      canonical: absoluteUrl(categoryPath(locale, slug)),
      languages: Object.fromEntries(
        Object.entries(localeHrefs(locale, content)).map(([other, path]) => [other, absoluteUrl(path)]),
      ),
    },
  };
}

export default async function CategoryPage({ params }: PageProps<"/[locale]/categories/[slug]">) {
  const { locale, slug } = await params;
  const content = await loadCategory(locale, slug);
  const { category, articles } = content;
  const t = translator(locale);

  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <Breadcrumb
        label={t("breadcrumb.label")}
        crumbs={[{ label: t("breadcrumb.home"), href: `/${locale}` }, { label: category.name }]}
      />
      <h1 className="mt-6 text-3xl font-bold tracking-tight text-brand-900">{category.name}</h1>
      {category.description ? <p className="mt-2 text-lg text-slate-700">{category.description}</p> : null}
      {articles.length === 0 ? (
        <p className="mt-8 text-slate-600">{t("category.empty")}</p>
      ) : (
        <ul className="mt-8 divide-y divide-slate-200 border-y border-slate-200" data-testid="category-articles">
          {articles.map((article) => (
            <li key={article.id} className="py-4">
              <h2 className="font-semibold">
                <Link
                  href={`/${locale}/articles/${article.slug}`}
                  className="text-brand-700 underline-offset-2 hover:underline"
                >
                  {article.title}
                </Link>
              </h2>
              {article.excerpt ? <p className="mt-1 text-sm text-slate-600">{article.excerpt}</p> : null}
            </li>
          ))}
        </ul>
      )}
      <LanguageAlternates hrefs={localeHrefs(locale, content)} />
      {articles.length > 0 ? (
        <JsonLd
          data={{
            "@type": "FAQPage",
            name: category.name,
            inLanguage: locale,
            url: absoluteUrl(categoryPath(locale, slug)),
            mainEntity: articles.map((article) => ({
              "@type": "Question",
              name: article.title,
              url: absoluteUrl(`/${locale}/articles/${article.slug}`),
              acceptedAnswer: { "@type": "Answer", text: article.excerpt },
            })),
          }}
        />
      ) : null}
    </div>
  );
}
