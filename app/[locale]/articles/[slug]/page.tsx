import type { Metadata } from "next";
import Link from "next/link";
import { after } from "next/server";
import { cache } from "react";
import { ArticleBody } from "@/components/article/article-body";
import { ArticleFeedback } from "@/components/article/article-feedback";
import { TableOfContents } from "@/components/article/table-of-contents";
import { Breadcrumb } from "@/components/layout/breadcrumb";
import { LanguageAlternates } from "@/components/layout/language-alternates";
import { JsonLd } from "@/components/seo/json-ld";
import { getPublishedArticleOrThrow, type PublishedArticle } from "@/lib/article/queries";
import { recordArticleView } from "@/lib/article/record-article-view";
import { FEEDBACK_COMMENT_MAX_LENGTH } from "@/lib/article/schemas";
import { translator } from "@/lib/i18n/translate";
import { orNotFound } from "@/lib/or-not-found";
import { absoluteUrl } from "@/lib/seo/absolute-url";

// Short articles read fine without one; from three sections on, a table of contents helps.
const TOC_MIN_HEADINGS = 3;

// Metadata and page share one lookup per request.
const loadArticle = cache((locale: string, slug: string) => orNotFound(getPublishedArticleOrThrow({ locale, slug })));

const articlePath = (locale: string, slug: string) => `/${locale}/articles/${slug}`;

/** The article's address in each locale it is published in, this one included. */
function localeHrefs(article: PublishedArticle): Record<string, string> {
  return Object.fromEntries(
    [{ locale: article.locale, slug: article.slug }, ...article.translations].map((translation) => [
      translation.locale,
      articlePath(translation.locale, translation.slug),
    ]),
  );
}

export async function generateMetadata({ params }: PageProps<"/[locale]/articles/[slug]">): Promise<Metadata> {
  const { locale, slug } = await params;
  const article = await loadArticle(locale, slug);
  const url = absoluteUrl(articlePath(locale, slug));
  return {
    title: article.title,
    description: article.excerpt || undefined,
    alternates: {
      canonical: url,
      languages: Object.fromEntries(
        Object.entries(localeHrefs(article)).map(([other, path]) => [other, absoluteUrl(path)]),
      ),
    },
    openGraph: { type: "article", title: article.title, description: article.excerpt || undefined, url, locale },
  };
}

export default async function ArticlePage({ params }: PageProps<"/[locale]/articles/[slug]">) {
  const { locale, slug } = await params;
  const article = await loadArticle(locale, slug);
  // Counted after the response is sent: a shopper never waits on a statistic.
  after(() => recordArticleView(article.id));

  const t = translator(locale);
  const updated = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(article.updatedAt);
  const showToc = article.toc.length >= TOC_MIN_HEADINGS;

  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <Breadcrumb
        label={t("breadcrumb.label")}
        crumbs={[
          { label: t("breadcrumb.home"), href: `/${locale}` },
          { label: article.category.name, href: `/${locale}/categories/${article.category.slug}` },
          { label: article.title },
        ]}
      />
      <article className="mt-6">
        <h1 className="text-3xl font-bold tracking-tight text-brand-900">{article.title}</h1>
        <p className="mt-2 text-sm text-slate-600">
          <time dateTime={article.updatedAt.toISOString()}>{t("article.updated", { date: updated })}</time>
        </p>
        <div className={showToc ? "mt-6 gap-10 lg:grid lg:grid-cols-[minmax(0,1fr)_16rem]" : "mt-6"}>
          {showToc ? (
            // First in reading order, beside the text on wide screens.
            <div className="mb-6 lg:order-2 lg:mb-0 lg:self-start lg:sticky lg:top-4">
              <TableOfContents heading={t("article.toc")} entries={article.toc} />
            </div>
          ) : null}
          <div className="min-w-0 max-w-3xl lg:order-1">
            <ArticleBody html={article.html} />
          </div>
        </div>
      </article>

      <div className="mt-10 max-w-3xl space-y-6">
        <ArticleFeedback
          articleId={article.articleId}
          locale={locale}
          commentMaxLength={FEEDBACK_COMMENT_MAX_LENGTH}
          labels={{
            question: t("feedback.question"),
            yes: t("feedback.yes"),
            no: t("feedback.no"),
            comment: t("feedback.comment"),
            send: t("feedback.send"),
            sending: t("feedback.sending"),
            thanks: t("feedback.thanks"),
            error: t("feedback.error"),
          }}
        />
        <section aria-labelledby="article-escalate-heading" className="rounded-lg border border-slate-200 p-5">
          <h2 id="article-escalate-heading" className="font-semibold text-brand-900">
            {t("article.escalate.heading")}
          </h2>
          <p className="mt-1 text-slate-700">{t("article.escalate.text")}</p>
          <Link
            href={`/${locale}/contact?article=${encodeURIComponent(article.slug)}`}
            className="mt-3 inline-block rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900"
          >
            {t("article.escalate.link")}
          </Link>
        </section>
      </div>

      {article.related.length > 0 ? (
        <section aria-labelledby="article-related-heading" className="mt-10 max-w-3xl">
          <h2 id="article-related-heading" className="text-xl font-semibold">
            {t("article.related")}
          </h2>
          <ul className="mt-4 space-y-3" data-testid="related-articles">
            {article.related.map((related) => (
              <li key={related.id}>
                <Link href={articlePath(locale, related.slug)} className="font-medium text-brand-700 hover:underline">
                  {related.title}
                </Link>
                {related.excerpt ? <p className="text-sm text-slate-600">{related.excerpt}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <LanguageAlternates hrefs={localeHrefs(article)} />
      <JsonLd
        data={{
          "@type": "Article",
          headline: article.title,
          description: article.excerpt,
          inLanguage: locale,
          datePublished: (article.publishedAt ?? article.updatedAt).toISOString(),
          dateModified: article.updatedAt.toISOString(),
          url: absoluteUrl(articlePath(locale, slug)),
          mainEntityOfPage: absoluteUrl(articlePath(locale, slug)),
          articleSection: article.category.name,
        }}
      />
    </div>
  );
}
