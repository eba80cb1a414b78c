import { env } from "@/lib/env";

/** `path` on the public address of this install (APP_URL), for canonical links, hreflang and sitemaps. */
export function absoluteUrl(path: string): string {
  return `${env().APP_URL.replace(/\/+$/, "")}${path}`;
}
