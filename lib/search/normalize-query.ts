/** Lower case, no accents, no punctuation, single spaces: how analytics groups questions. */
export function normalizeQuery(query: string): string {
  return query
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
