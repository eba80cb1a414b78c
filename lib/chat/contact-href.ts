/** The chat start page, carrying what the shopper already tried so nobody asks again. */
export function contactHref(locale: string, context: { q?: string; article?: string } = {}): string {
  const params = new URLSearchParams();
  if (context.q) params.set("q", context.q);
  if (context.article) params.set("article", context.article);
  const query = params.toString();
  return `/${locale}/contact${query ? `?${query}` : ""}`;
}
