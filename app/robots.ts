import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/seo/absolute-url";

// APP_URL is only known at run time.
export const dynamic = "force-dynamic";

// GET /robots.txt – the help center is public; the staff console, the API and the widget are not pages to index
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/console", "/api/", "/widget"] },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
