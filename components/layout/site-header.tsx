import Link from "next/link";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
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
        <LanguageSwitcher
          locale={locale}
          label={t("nav.language")}
          options={locales.map((other) => ({ locale: other, name: languageNames[other] ?? other }))}
        />
      </div>
    </header>
  );
}
