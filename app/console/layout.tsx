import type { Metadata } from "next";
import { GeistSans } from "geist/font/sans";
import { consoleLocale } from "@/lib/console/console-locale";
import { translator } from "@/lib/i18n/translate";
import "../globals.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = translator(await consoleLocale());
  // Staff pages have nothing for search engines.
  return { title: { default: t("console.title"), template: `%s · ${t("console.title")}` }, robots: { index: false } };
}

export default async function ConsoleLayout({ children }: LayoutProps<"/console">) {
  const locale = await consoleLocale();
  return (
    <html lang={locale} className={GeistSans.variable}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
