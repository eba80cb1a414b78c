import type { Metadata } from "next";
import { CategoriesAdmin } from "@/components/console/admin/categories-admin";
import { ConsoleHeader } from "@/components/console/console-header";
import { requireStaffPage } from "@/lib/auth/require-staff-page";
import { CONTENT_EDITORS } from "@/lib/auth/roles";
import { consoleLocale } from "@/lib/console/console-locale";
import { listConsoleCategories } from "@/lib/console/queries";
import { locales } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await consoleLocale())("console.categories.heading") };
}

export default async function CategoriesPage() {
  const { staff, allowed } = await requireStaffPage(CONTENT_EDITORS, "/console/categories");
  const uiLocale = await consoleLocale();
  const t = translator(uiLocale);
  return (
    <>
      <ConsoleHeader staff={staff} t={t} />
      <main id="main" className="mx-auto max-w-4xl px-4 py-8">
        <h1 className="text-2xl font-bold tracking-tight text-brand-900">{t("console.categories.heading")}</h1>
        {allowed ? (
          <CategoriesAdmin uiLocale={uiLocale} locales={locales()} categories={await listConsoleCategories()} />
        ) : (
          <p role="alert" className="mt-6 text-slate-700">
            {t("console.forbidden")}
          </p>
        )}
      </main>
    </>
  );
}
