"use client";

import Link from "next/link";
import { useLanguageAlternates } from "@/components/layout/language-alternates";

export type LanguageOption = { locale: string; name: string };

/** Links to each locale: the current page's translation when it announced one, else that locale's home. */
export function LanguageSwitcher({
  locale,
  options,
  label,
}: {
  locale: string;
  options: LanguageOption[];
  label: string;
}) {
  const alternates = useLanguageAlternates();
  return (
    <nav aria-label={label}>
      <ul className="flex gap-3 text-sm">
        {options.map((option) => (
          <li key={option.locale}>
            <Link
              href={(option.locale !== locale && alternates?.[option.locale]) || `/${option.locale}`}
              hrefLang={option.locale}
              lang={option.locale}
              aria-current={option.locale === locale ? "true" : undefined}
              className={
                option.locale === locale ? "font-semibold text-brand-700" : "text-slate-600 hover:text-brand-700"
              }
            >
              {option.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
