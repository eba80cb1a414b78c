import type { Metadata } from "next";
import Link from "next/link";
import { ConsoleHeader } from "@/components/console/console-header";
import { requireStaffPage } from "@/lib/auth/require-staff-page";
import { ADMINS } from "@/lib/auth/roles";
import { consoleLocale } from "@/lib/console/console-locale";
import { listAuditEntries } from "@/lib/console/queries";
import { translator } from "@/lib/i18n/translate";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await consoleLocale())("console.audit.heading") };
}

export default async function AuditPage({ searchParams }: PageProps<"/console/audit">) {
  const { staff, allowed } = await requireStaffPage(ADMINS, "/console/audit");
  const uiLocale = await consoleLocale();
  const t = translator(uiLocale);
  const { page: rawPage } = await searchParams;
  // A hand-edited ?page= that is not a page number shows the first page.
  const page = Math.max(1, Math.min(10_000, Number.parseInt(String(rawPage ?? "1"), 10) || 1));
  const date = new Intl.DateTimeFormat(uiLocale, { dateStyle: "medium", timeStyle: "medium" });
  const { entries, hasMore } = allowed ? await listAuditEntries(page) : { entries: [], hasMore: false };
  const cell = "px-4 py-2 align-top";
  return (
    <>
      <ConsoleHeader staff={staff} t={t} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        <h1 className="text-2xl font-bold tracking-tight text-brand-900">{t("console.audit.heading")}</h1>
        {!allowed ? (
          <p role="alert" className="mt-6 text-slate-700">
            {t("console.forbidden")}
          </p>
        ) : entries.length === 0 ? (
          <p className="mt-6 text-slate-600">{t("console.audit.empty")}</p>
        ) : (
          <>
            <div className="mt-6 overflow-x-auto rounded-lg border border-slate-200 bg-white">
              <table className="w-full text-left text-sm" data-testid="audit-log">
                <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
                  <tr>
                    <th scope="col" className="px-4 py-2 font-medium">
                      {t("console.audit.when")}
                    </th>
                    <th scope="col" className="px-4 py-2 font-medium">
                      {t("console.audit.who")}
                    </th>
                    <th scope="col" className="px-4 py-2 font-medium">
                      {t("console.audit.action")}
                    </th>
                    <th scope="col" className="px-4 py-2 font-medium">
                      {t("console.audit.target")}
                    </th>
                    <th scope="col" className="px-4 py-2 font-medium">
                      {t("console.audit.details")}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {entries.map((entry) => (
                    <tr key={entry.id}>
                      <td className={`${cell} whitespace-nowrap text-slate-600`}>
                        <time dateTime={entry.createdAt.toISOString()}>{date.format(entry.createdAt)}</time>
                      </td>
                      <td className={cell}>{entry.actor ? entry.actor.name : t("console.audit.system")}</td>
                      <td className={`${cell} font-mono`}>{entry.action}</td>
                      <td className={`${cell} font-mono text-xs text-slate-600`}>
                        {entry.targetType} {entry.targetId}
                      </td>
                      <td className={`${cell} max-w-md font-mono text-xs break-words text-slate-600`}>
                        {entry.data === null ? "" : JSON.stringify(entry.data)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <nav className="mt-4 flex items-center gap-4 text-sm" aria-label={t("console.audit.page", { page })}>
              {page > 1 ? (
                <Link href={`/console/audit?page=${page - 1}`} className="text-brand-700 hover:underline">
                  {t("console.audit.newer")}
                </Link>
              ) : null}
              <span className="text-slate-600">{t("console.audit.page", { page })}</span>
              {hasMore ? (
                <Link href={`/console/audit?page=${page + 1}`} className="text-brand-700 hover:underline">
                  {t("console.audit.older")}
                </Link>
              ) : null}
            </nav>
          </>
        )}
      </main>
    </>
  );
}
