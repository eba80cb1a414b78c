import type { Metadata } from "next";
import { AccountForm } from "@/components/console/admin/account-form";
import { ConsoleHeader } from "@/components/console/console-header";
import { requireStaffPage } from "@/lib/auth/require-staff-page";
import { STAFF } from "@/lib/auth/roles";
import { consoleLocale } from "@/lib/console/console-locale";
import { translator } from "@/lib/i18n/translate";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await consoleLocale())("console.account.heading") };
}

export default async function AccountPage() {
  const { staff } = await requireStaffPage(STAFF, "/console/account");
  const uiLocale = await consoleLocale();
  const t = translator(uiLocale);
  return (
    <>
      <ConsoleHeader staff={staff} t={t} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <h1 className="text-2xl font-bold tracking-tight text-brand-900">{t("console.account.heading")}</h1>
        <p className="mt-1 text-slate-600">{staff.email}</p>
        <AccountForm uiLocale={uiLocale} name={staff.name} />
      </main>
    </>
  );
}
