import { NextResponse, type NextRequest } from "next/server";
import { defaultLocale, locales } from "@/lib/i18n/locales";
import { negotiateLocale } from "@/lib/i18n/negotiate-locale";

export const dynamic = "force-dynamic";

// GET / – sends the shopper to the help center in their language
export function GET(request: NextRequest) {
  const locale = negotiateLocale(request.headers.get("accept-language"), locales(), defaultLocale());
  const response = NextResponse.redirect(new URL(`/${locale}`, request.url), 307);
  response.headers.set("Vary", "Accept-Language");
  return response;
}
