import { env } from "@/lib/env";
import { errorResponse, withRoute } from "@/lib/http";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import { panelContentSecurityPolicy, renderPanelDocument } from "@/lib/widget/panel-document";
import { ZPanelQuery } from "@/lib/widget/schemas";
import { isAllowedOrigin, loadWidgetSettings } from "@/lib/widget/widget-settings";

export const dynamic = "force-dynamic";

// GET /widget?locale=&origin= – the panel the loader frames: a small HTML document and panel.js
export const GET = withRoute({ query: ZPanelQuery }, async ({ query }) => {
  const settings = await loadWidgetSettings();
  const parentOrigin = query.origin ?? new URL(env().APP_URL).origin;
  if (!isAllowedOrigin(parentOrigin, settings)) {
    return errorResponse(403, "FORBIDDEN", `${parentOrigin} is not an allowed origin for the widget.`);
  }
  const locale = query.locale && isLocale(query.locale) ? query.locale : defaultLocale();
  return new Response(renderPanelDocument({ locale, parentOrigin, color: settings.color }), {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": panelContentSecurityPolicy(settings.allowedOrigins),
      "Cache-Control": "no-store",
    },
  });
});
