import type { Metadata } from "next";
import { ArticleTable } from "@/components/console/article-table";
import { ConsoleHeader } from "@/components/console/console-header";
import { ZConsoleArticleQuery } from "@/lib/article/console-schemas";
import { requireStaffPage } from "@/lib/auth/require-staff-page";
import { CONTENT_EDITORS, STAFF } from "@/lib/auth/roles";
import { consoleLocale } from "@/lib/console/console-locale";
import { listCategoryOptions, listConsoleArticles } from "@/lib/console/queries";
import { locales } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await consoleLocale())("console.articles.heading") };
}

const STATUSES = ["DRAFT", "PUBLISHED", "ARCHIVED"] as const;

export default async function ConsoleHomePage({ searchParams }: PageProps<"/console">) {
  const { staff, allowed } = await requireStaffPage(STAFF);
  const uiLocale = await consoleLocale();
  const t = translator(uiLocale);
  const raw = Object.fromEntries(
    Object.entries(await searchParams).flatMap(([key, value]) => {
      const first = Array.isArray(value) ? value[0] : value;
      return first ? [[key, first]] : [];
    }),
  );
  // A hand-edited URL with a bad filter shows everything rather than an error page.
  const filters = ZConsoleArticleQuery.safeParse(raw).data ?? {};
  const [articles, categories] = allowed
    ? await Promise.all([listConsoleArticles(filters), listCategoryOptions(uiLocale)])
    : [[], []];
  const field = "mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";
  return (
    <>
      <ConsoleHeader staff={staff} t={t} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        <h1 className="text-2xl font-bold tracking-tight text-brand-900">{t("console.articles.heading")}</h1>
        {!allowed ? (
          <p role="alert" className="mt-6 text-slate-700">
            {t("console.forbidden")}
          </p>
        ) : (
          <>
            <form method="get" className="mt-6 flex flex-wrap items-end gap-4">
              <label className="text-sm text-slate-700">
                {t("console.articles.filter.status")}
                <select name="status" defaultValue={filters.status ?? ""} className={field}>
                  <option value="">{t("console.articles.filter.any")}</option>
                  {STATUSES.map((status) => (
                    <option key={status} value={status}>
                      {t(`console.status.${status}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="text-sm text-slate-700">
                {t("console.articles.filter.locale")}
                <select name="locale" defaultValue={filters.locale ?? ""} className={field}>
                  <option value="">{t("console.articles.filter.any")}</option>
                  {locales().map((locale) => (
                    <option key={locale} value={locale}>
                      {locale.toUpperCase()}
                    </option>
                  ))}
                </select>
              </label>
              <label className="text-sm text-slate-700">
                {t("console.articles.filter.category")}
                <select name="category" defaultValue={filters.category ?? ""} className={field}>
                  <option value="">{t("console.articles.filter.any")}</option>
                  {categories.map((category) => (
                    <option key={category.id} value={category.slug}>
                      {category.name}
                    </option>
                  ))}
                </select>
              </label>
              <label className="text-sm text-slate-700">
                {t("console.articles.filter.q")}
                <input type="search" name="q" defaultValue={filters.q ?? ""} className={`${field} w-64`} />
              </label>
              <button
                type="submit"
                className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:border-brand-600"
              >
                {t("console.articles.filter.apply")}
              </button>
            </form>
            <ArticleTable
              articles={articles}
              locales={locales()}
              uiLocale={uiLocale}
              t={t}
              canEdit={(CONTENT_EDITORS as readonly string[]).includes(staff.role)}
            />
          </>
        )}
      </main>
    </>
  );
}
