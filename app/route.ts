import type { NextRequest } from "next/server";
import { defaultLocale, locales } from "@/lib/i18n/locales";
import { negotiateLocale } from "@/lib/i18n/negotiate-locale";

export const dynamic = "force-dynamic";

// GET / – sends the shopper to the help center in their language
export function GET(request: NextRequest) {
  const locale = negotiateLocale(request.headers.get("accept-language"), locales(), defaultLocale());
  // A relative Location: behind a proxy or on 0.0.0.0, request.url's host is not the shopper's.
  return new Response(null, { status: 307, headers: { Location: `/${locale}`, Vary: "Accept-Language" } });
}
