import Link from "next/link";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { contactHref } from "@/lib/chat/contact-href";
import { languageNames, translator } from "@/lib/i18n/translate";

// Pages with translations under other addresses pass them with <LanguageAlternates>
// (components/layout/language-alternates.tsx); every other page links to each locale's home.
export function SiteHeader({ locale, locales }: { locale: string; locales: string[] }) {
  const t = translator(locale);
  return (
    <header className="border-b border-slate-200">
      <div className="mx-auto flex max-w-5xl items-center justify-between px-4 py-3">
        <Link href={`/${locale}`} className="text-lg font-semibold text-brand-900">
          {t("meta.title")}
        </Link>
        <div className="flex items-center gap-4">
          <LanguageSwitcher
            locale={locale}
            label={t("nav.language")}
            options={locales.map((other) => ({ locale: other, name: languageNames[other] ?? other }))}
          />
          {/* Help must always be one click away: a third of shoppers cannot find where it is. */}
          <Link
            href={contactHref(locale)}
            className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-900"
          >
            {t("contact.talkToPerson")}
          </Link>
        </div>
      </div>
    </header>
  );
}
