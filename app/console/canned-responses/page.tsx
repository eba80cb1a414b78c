import type { Metadata } from "next";
import { CannedResponsesAdmin } from "@/components/console/admin/canned-responses-admin";
import { ConsoleHeader } from "@/components/console/console-header";
import { requireStaffPage } from "@/lib/auth/require-staff-page";
import { CONTENT_EDITORS, hasRole, STAFF } from "@/lib/auth/roles";
import { listCannedResponses } from "@/lib/canned/queries";
import { consoleLocale } from "@/lib/console/console-locale";
import { locales } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await consoleLocale())("console.canned.heading") };
}

export default async function CannedResponsesPage() {
  const { staff } = await requireStaffPage(STAFF, "/console/canned-responses");
  const uiLocale = await consoleLocale();
  const t = translator(uiLocale);
  const items = await listCannedResponses();
  return (
    <>
      <ConsoleHeader staff={staff} t={t} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        <h1 className="text-2xl font-bold tracking-tight text-brand-900">{t("console.canned.heading")}</h1>
        <p className="mt-2 text-sm text-slate-600">{t("console.canned.intro")}</p>
        <CannedResponsesAdmin
          uiLocale={uiLocale}
          locales={locales()}
          canEdit={hasRole(staff.role, CONTENT_EDITORS)}
          items={items.map(({ id, locale, shortcut, title, body }) => ({ id, locale, shortcut, title, body }))}
        />
      </main>
    </>
  );
}
