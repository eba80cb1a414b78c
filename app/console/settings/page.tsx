import type { Metadata } from "next";
import { SettingsForm } from "@/components/console/admin/settings-form";
import { ConsoleHeader } from "@/components/console/console-header";
import { requireStaffPage } from "@/lib/auth/require-staff-page";
import { ADMINS } from "@/lib/auth/roles";
import { consoleLocale } from "@/lib/console/console-locale";
import { translator } from "@/lib/i18n/translate";
import { loadAdminSettings } from "@/lib/settings/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await consoleLocale())("console.settings.heading") };
}

export default async function SettingsPage() {
  const { staff, allowed } = await requireStaffPage(ADMINS, "/console/settings");
  const uiLocale = await consoleLocale();
  const t = translator(uiLocale);
  return (
    <>
      <ConsoleHeader staff={staff} t={t} />
      <main id="main" className="mx-auto max-w-4xl px-4 py-8">
        <h1 className="text-2xl font-bold tracking-tight text-brand-900">{t("console.settings.heading")}</h1>
        {allowed ? (
          <SettingsForm uiLocale={uiLocale} initial={await loadAdminSettings()} />
        ) : (
          <p role="alert" className="mt-6 text-slate-700">
            {t("console.forbidden")}
          </p>
        )}
      </main>
    </>
  );
}
