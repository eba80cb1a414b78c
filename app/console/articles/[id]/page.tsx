import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleEditor } from "@/components/console/editor/article-editor";
import { ConsoleHeader } from "@/components/console/console-header";
import { requireStaffPage } from "@/lib/auth/require-staff-page";
import { CONTENT_EDITORS } from "@/lib/auth/roles";
import { consoleLocale } from "@/lib/console/console-locale";
import { findConsoleArticle, listCategoryOptions } from "@/lib/console/queries";
import { locales } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await consoleLocale())("console.editor.editTitle") };
}

export default async function EditArticlePage({ params }: PageProps<"/console/articles/[id]">) {
  const { id } = await params;
  const { staff, allowed } = await requireStaffPage(CONTENT_EDITORS, `/console/articles/${encodeURIComponent(id)}`);
  const uiLocale = await consoleLocale();
  const t = translator(uiLocale);
  if (!allowed) {
    return (
      <>
        <ConsoleHeader staff={staff} t={t} />
        <main id="main" className="mx-auto max-w-7xl px-4 py-8">
          <>
            <h1 className="text-2xl font-bold tracking-tight text-brand-900">{t("console.editor.editTitle")}</h1>
            <p role="alert" className="mt-6 text-slate-700">
              {t("console.forbidden")}
            </p>
          </>
        </main>
      </>
    );
  }
  const article = await findConsoleArticle(id);
  if (!article) notFound();
  return (
    <>
      <ConsoleHeader staff={staff} t={t} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-8">
        {/* Keyed by article: moving from one article to another starts a fresh editor. */}
        <ArticleEditor
          key={article.id}
          uiLocale={uiLocale}
          locales={locales()}
          categories={await listCategoryOptions(uiLocale)}
          article={article}
        />
      </main>
    </>
  );
}
