import type { Metadata } from "next";
import { ArticleEditor } from "@/components/console/editor/article-editor";
import { ConsoleHeader } from "@/components/console/console-header";
import { requireStaffPage } from "@/lib/auth/require-staff-page";
import { CONTENT_EDITORS } from "@/lib/auth/roles";
import { consoleLocale } from "@/lib/console/console-locale";
import { listCategoryOptions } from "@/lib/console/queries";
import { locales } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await consoleLocale())("console.editor.newTitle") };
}

export default async function NewArticlePage() {
  const { staff, allowed } = await requireStaffPage(CONTENT_EDITORS, "/console/articles/new");
  const uiLocale = await consoleLocale();
  const t = translator(uiLocale);
  return (
    <>
      <ConsoleHeader staff={staff} t={t} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-8">
        {allowed ? (
          <ArticleEditor uiLocale={uiLocale} locales={locales()} categories={await listCategoryOptions(uiLocale)} />
        ) : (
          <>
            <h1 className="text-2xl font-bold tracking-tight text-brand-900">{t("console.editor.newTitle")}</h1>
            <p role="alert" className="mt-6 text-slate-700">
              {t("console.forbidden")}
            </p>
          </>
        )}
      </main>
    </>
  );
}
