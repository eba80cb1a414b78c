import { NextResponse } from "next/server";
import { errorResponse, withRoute } from "@/lib/http";
import { defaultLocale, locales } from "@/lib/i18n/locales";
import { isAllowedOrigin, loadWidgetSettings } from "@/lib/widget/widget-settings";

export const dynamic = "force-dynamic";

// GET /api/v1/widget/config – whether the calling shop page may show the widget (CORS), and how
export const GET = withRoute({}, async ({ request }) => {
  // Browsers send Origin on every cross-origin fetch; a request without one is the app's own page.
  const origin = request.headers.get("origin");
  const settings = await loadWidgetSettings();
  if (origin && !isAllowedOrigin(origin, settings)) {
    const response = errorResponse(
      403,
      "FORBIDDEN",
      `${origin} is not an allowed origin: add it to the widget's allowed origins in the console settings.`,
    );
    response.headers.set("Vary", "Origin");
    return response;
  }
  const response = NextResponse.json({ locales: locales(), defaultLocale: defaultLocale(), color: settings.color });
  response.headers.set("Vary", "Origin");
  response.headers.set("Cache-Control", "no-store");
  if (origin) response.headers.set("Access-Control-Allow-Origin", origin);
  return response;
});
