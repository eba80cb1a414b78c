import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { SearchBox } from "@/components/search/search-box";
import { contactHref } from "@/lib/chat/contact-href";
import { translator } from "@/lib/i18n/translate";
import { queueSearchEvent } from "@/lib/search/record-search-event";
import { searchArticles } from "@/lib/search/search-articles";

type Props = PageProps<"/[locale]/search">;

function queryOf(searchParams: Record<string, string | string[] | undefined>): string {
  const q = searchParams.q;
  return (Array.isArray(q) ? q[0] : (q ?? "")).trim().slice(0, 200);
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ locale }, q] = [await params, queryOf(await searchParams)];
  const t = translator(locale);
  return {
    title: q ? t("search.page.titleWithQuery", { query: q }) : t("search.page.title"),
    robots: { index: false },
  };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const q = queryOf(await searchParams);
  const t = translator(locale);
  const result = q ? await searchArticles({ q, locale, limit: 20 }) : null;
  if (result) queueSearchEvent(randomUUID(), { q, locale, resultCount: result.total, degraded: result.degraded });

  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-2xl font-bold text-brand-900">
        {q ? t("search.page.titleWithQuery", { query: q }) : t("search.page.title")}
      </h1>
      <div className="mt-6">
        <SearchBox locale={locale} initialQuery={q} />
      </div>
      {!result ? <p className="mt-8 text-slate-600">{t("search.page.empty")}</p> : null}
      {result?.degraded ? (
        <p className="mt-6 rounded-md bg-amber-50 px-4 py-2 text-sm text-amber-900">{t("search.degraded")}</p>
      ) : null}
      {result && result.hits.length === 0 ? (
        <section aria-labelledby="no-results" className="mt-8 rounded-lg border border-slate-200 p-6">
          <h2 id="no-results" className="text-lg font-semibold">
            {t("search.noResults", { query: q })}
          </h2>
          <p className="mt-2 text-slate-700">{t("search.noResults.help")}</p>
          <Link
            href={contactHref(locale, { q })}
            className="mt-4 inline-block rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900"
          >
            {t("contact.talkToPerson")}
          </Link>
        </section>
      ) : null}
      {result && result.hits.length > 0 ? (
        <>
          <p className="mt-6 text-sm text-slate-600">
            {result.total === 1 ? t("search.results.one") : t("search.results.other", { count: result.total })}
          </p>
          <ol className="mt-4 space-y-4" data-testid="search-results">
            {result.hits.map((hit) => (
              <li key={hit.id} className="rounded-lg border border-slate-200 p-4">
                <Link
                  href={hit.url}
                  className="text-lg font-semibold text-brand-900 underline-offset-2 hover:underline [&_mark]:bg-yellow-200"
                >
                  <span dangerouslySetInnerHTML={{ __html: hit.highlight.title }} />
                </Link>
                <p className="text-xs text-slate-500">{hit.category.name}</p>
                <p
                  className="mt-1 text-slate-700 [&_mark]:bg-yellow-200"
                  dangerouslySetInnerHTML={{ __html: hit.highlight.excerpt }}
                />
              </li>
            ))}
          </ol>
          <p className="mt-8">
            <Link href={contactHref(locale, { q })} className="font-semibold text-brand-700 underline">
              {t("contact.talkToPersonAbout")}
            </Link>
          </p>
        </>
      ) : null}
    </div>
  );
}
