import Link from "next/link";
import { SignOutButton } from "@/components/console/sign-out-button";
import type { Staff } from "@/lib/auth/staff";
import type { Translate } from "@/lib/i18n/translate";

export function ConsoleHeader({ staff, t }: { staff: Staff; t: Translate }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <div className="flex items-center gap-6">
          <Link href="/console" className="text-lg font-semibold text-brand-900">
            {t("console.title")}
          </Link>
          <nav aria-label={t("console.title")}>
            <Link href="/console" aria-current="page" className="text-sm font-medium text-brand-700">
              {t("console.nav.articles")}
            </Link>
          </nav>
        </div>
        <div className="flex items-center gap-3 text-sm text-slate-600">
          <span data-testid="signed-in-as">
            {t("console.signedInAs", { name: staff.name, role: t(`console.role.${staff.role}`) })}
          </span>
          <SignOutButton label={t("console.signOut")} />
        </div>
      </div>
    </header>
  );
}
