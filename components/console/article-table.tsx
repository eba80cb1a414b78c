import Link from "next/link";
import type { ConsoleArticleRow } from "@/lib/console/queries";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import type { Translate } from "@/lib/i18n/translate";

const statusStyle: Record<ArticleStatus, string> = {
  DRAFT: "bg-amber-50 text-amber-800 ring-amber-200",
  PUBLISHED: "bg-brand-50 text-brand-700 ring-brand-100",
  ARCHIVED: "bg-slate-100 text-slate-600 ring-slate-200",
};

/** Every article with, per locale of the install, its translation's state or a "missing" marker. */
export function ArticleTable({
  articles,
  locales,
  uiLocale,
  t,
  canEdit,
}: {
  articles: ConsoleArticleRow[];
  locales: string[];
  uiLocale: string;
  t: Translate;
  /** Editors and admins open an article in the editor; agents only read the list. */
  canEdit: boolean;
}) {
  if (articles.length === 0) return <p className="mt-6 text-slate-600">{t("console.articles.empty")}</p>;
  const date = new Intl.DateTimeFormat(uiLocale, { dateStyle: "medium" });
  return (
    <div className="mt-6 overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm" data-testid="console-articles">
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">
              {t("console.articles.title")}
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              {t("console.articles.category")}
            </th>
            {locales.map((locale) => (
              <th key={locale} scope="col" className="px-4 py-2 font-medium uppercase">
                {locale}
              </th>
            ))}
            <th scope="col" className="px-4 py-2 font-medium">
              {t("console.articles.updated")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {articles.map((article) => {
            const title =
              article.translations.find((translation) => translation.locale === uiLocale) ?? article.translations[0];
            return (
              <tr key={article.id} data-article-id={article.id}>
                <th scope="row" className="px-4 py-3 font-medium text-slate-900">
                  {canEdit ? (
                    <Link
                      href={`/console/articles/${article.id}`}
                      className="text-brand-700 underline-offset-2 hover:underline"
                    >
                      {title?.title}
                    </Link>
                  ) : (
                    title?.title
                  )}
                </th>
                <td className="px-4 py-3 text-slate-600">{article.category.name}</td>
                {locales.map((locale) => {
                  const translation = article.translations.find((candidate) => candidate.locale === locale);
                  return (
                    <td key={locale} className="px-4 py-3" data-locale={locale}>
                      {translation ? (
                        <span
                          className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${statusStyle[translation.status]}`}
                        >
                          {t(`console.status.${translation.status}`)}
                        </span>
                      ) : (
                        <span className="text-xs italic text-slate-400">{t("console.articles.missing")}</span>
                      )}
                    </td>
                  );
                })}
                <td className="px-4 py-3 whitespace-nowrap text-slate-600">
                  <time dateTime={article.updatedAt.toISOString()}>{date.format(article.updatedAt)}</time>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
