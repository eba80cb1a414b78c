import Link from "next/link";
import { SignOutButton } from "@/components/console/sign-out-button";
import { ADMINS, CONTENT_EDITORS, STAFF } from "@/lib/auth/roles";
import type { Staff } from "@/lib/auth/staff";
import type { Role } from "@/lib/generated/prisma/enums";
import type { MessageKey } from "@/lib/i18n/messages/en";
import type { Translate } from "@/lib/i18n/translate";

// Links to the content and admin pages, each shown to the roles that may use it.
const adminLinks: { href: string; label: MessageKey; roles: readonly Role[] }[] = [
  { href: "/console/articles/new", label: "console.nav.newArticle", roles: CONTENT_EDITORS },
  { href: "/console/categories", label: "console.nav.categories", roles: CONTENT_EDITORS },
  { href: "/console/canned-responses", label: "console.nav.canned", roles: STAFF },
  { href: "/console/users", label: "console.nav.users", roles: ADMINS },
  { href: "/console/settings", label: "console.nav.settings", roles: ADMINS },
  { href: "/console/audit", label: "console.nav.audit", roles: ADMINS },
  { href: "/console/tokens", label: "console.nav.tokens", roles: STAFF },
  { href: "/console/account", label: "console.nav.account", roles: STAFF },
];

export function ConsoleHeader({
  staff,
  t,
  current = "articles",
}: {
  staff: Staff;
  t: Translate;
  current?: "articles" | "inbox";
}) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <div className="flex items-center gap-6">
          <Link href="/console" className="text-lg font-semibold text-brand-900">
            {t("console.title")}
          </Link>
          <nav aria-label={t("console.title")} className="flex gap-4">
            <Link
              href="/console"
              aria-current={current === "articles" ? "page" : undefined}
              className="text-sm font-medium text-brand-700"
            >
              {t("console.nav.articles")}
            </Link>
            {staff.role === "AGENT" || staff.role === "ADMIN" ? (
              <Link
                href="/console/inbox"
                aria-current={current === "inbox" ? "page" : undefined}
                className="text-sm font-medium text-brand-700"
              >
                {t("inbox.nav")}
              </Link>
            ) : null}
            {adminLinks
              .filter((link) => link.roles.includes(staff.role))
              .map((link) => (
                <Link key={link.href} href={link.href} className="text-sm font-medium text-brand-700">
                  {t(link.label)}
                </Link>
              ))}
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
