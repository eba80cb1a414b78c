import Link from "next/link";
import { languageNames, translator } from "@/lib/i18n/translate";

export function SiteHeader({ locale, locales }: { locale: string; locales: string[] }) {
  const t = translator(locale);
  return (
    <header className="border-b border-slate-200">
      <div className="mx-auto flex max-w-5xl items-center justify-between px-4 py-3">
        <Link href={`/${locale}`} className="text-lg font-semibold text-brand-900">
          {t("meta.title")}
        </Link>
        <nav aria-label={t("nav.language")}>
          <ul className="flex gap-3 text-sm">
            {locales.map((other) => (
              <li key={other}>
                <Link
                  href={`/${other}`}
                  hrefLang={other}
                  lang={other}
                  aria-current={other === locale ? "true" : undefined}
                  className={other === locale ? "font-semibold text-brand-700" : "text-slate-600 hover:text-brand-700"}
                >
                  {languageNames[other] ?? other}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
