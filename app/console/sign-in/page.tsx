import type { Metadata } from "next";
import { SignInForm } from "@/components/console/sign-in-form";
import { SIGN_IN_ERRORS } from "@/lib/auth/authorize-credentials";
import { consoleLocale, safeCallbackPath } from "@/lib/console/console-locale";
import { translator, type Translate } from "@/lib/i18n/translate";

export async function generateMetadata(): Promise<Metadata> {
  return { title: translator(await consoleLocale())("console.signIn.title") };
}

function errorMessages(t: Translate): Record<string, string> {
  return {
    ...Object.fromEntries(SIGN_IN_ERRORS.map((code) => [code, t(`console.signIn.error.${code}`)])),
    Unknown: t("console.signIn.error.Unknown"),
  };
}

export default async function SignInPage({ searchParams }: PageProps<"/console/sign-in">) {
  const locale = await consoleLocale();
  const t = translator(locale);
  const { error, callbackUrl } = await searchParams;
  const messages = errorMessages(t);
  // next-auth sends refused sign-ins without JavaScript here with ?error=<code>.
  const initialError = typeof error === "string" ? (messages[error] ?? messages.Unknown) : undefined;
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <p className="text-center text-lg font-semibold text-brand-900">{t("console.title")}</p>
        <div className="mt-6 rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
          <h1 className="text-2xl font-bold tracking-tight text-brand-900">{t("console.signIn.title")}</h1>
          <p className="mt-2 text-sm text-slate-600">{t("console.signIn.intro")}</p>
          <SignInForm
            callbackUrl={safeCallbackPath(callbackUrl)}
            initialError={initialError}
            errors={messages}
            labels={{
              email: t("console.signIn.email"),
              password: t("console.signIn.password"),
              submit: t("console.signIn.submit"),
              submitting: t("console.signIn.submitting"),
            }}
          />
        </div>
      </div>
    </main>
  );
}
