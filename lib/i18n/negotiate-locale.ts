/**
 * Picks the best of `available` for an Accept-Language header (`fr-CH, fr;q=0.9, en;q=0.8`),
 * matching on the language when the exact tag is not available; `fallback` otherwise.
 */
export function negotiateLocale(header: string | null, available: string[], fallback: string): string {
  if (!header) return fallback;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.tag && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  const lower = available.map((locale) => locale.toLowerCase());
  for (const { tag } of ranked) {
    const exact = lower.indexOf(tag);
    if (exact >= 0) return available[exact];
    const language = tag.split("-")[0];
    const partial = lower.findIndex((locale) => locale.split("-")[0] === language);
    if (partial >= 0) return available[partial];
  }
  return fallback;
}
