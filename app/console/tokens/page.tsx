import type { Metadata } from "next";
import { TokensManager } from "@/components/console/admin/tokens-manager";
import { ConsoleHeader } from "@/components/console/console-header";
import { requireStaffPage } from "@/lib/auth/require-staff-page";
import { STAFF } from "@/lib/auth/roles";
import { consoleLocale } from "@/lib/console/console-locale";
import { translator } from "@/lib/i18n/translate";
import { listApiTokens } from "@/lib/user/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await consoleLocale())("console.tokens.heading") };
}

export default async function TokensPage() {
  const { staff } = await requireStaffPage(STAFF, "/console/tokens");
  const uiLocale = await consoleLocale();
  const t = translator(uiLocale);
  const tokens = await listApiTokens(staff.id);
  return (
    <>
      <ConsoleHeader staff={staff} t={t} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <h1 className="text-2xl font-bold tracking-tight text-brand-900">{t("console.tokens.heading")}</h1>
        <p className="mt-2 text-sm text-slate-600">{t("console.tokens.intro")}</p>
        <TokensManager
          uiLocale={uiLocale}
          tokens={tokens.map((token) => ({
            ...token,
            createdAt: token.createdAt.toISOString(),
            lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
            revokedAt: token.revokedAt?.toISOString() ?? null,
          }))}
        />
      </main>
    </>
  );
}
