import type { Metadata } from "next";
import { UsersAdmin } from "@/components/console/admin/users-admin";
import { ConsoleHeader } from "@/components/console/console-header";
import { requireStaffPage } from "@/lib/auth/require-staff-page";
import { ADMINS } from "@/lib/auth/roles";
import { consoleLocale } from "@/lib/console/console-locale";
import { translator } from "@/lib/i18n/translate";
import { listUsers } from "@/lib/user/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await consoleLocale())("console.users.heading") };
}

export default async function UsersPage() {
  const { staff, allowed } = await requireStaffPage(ADMINS, "/console/users");
  const uiLocale = await consoleLocale();
  const t = translator(uiLocale);
  const users = allowed ? await listUsers() : [];
  return (
    <>
      <ConsoleHeader staff={staff} t={t} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        <h1 className="text-2xl font-bold tracking-tight text-brand-900">{t("console.users.heading")}</h1>
        {allowed ? (
          <UsersAdmin
            uiLocale={uiLocale}
            selfId={staff.id}
            users={users.map(({ id, email, name, role, maxConcurrentChats, disabledAt }) => ({
              id,
              email,
              name,
              role,
              maxConcurrentChats,
              disabled: disabledAt !== null,
            }))}
          />
        ) : (
          <p role="alert" className="mt-6 text-slate-700">
            {t("console.forbidden")}
          </p>
        )}
      </main>
    </>
  );
}
