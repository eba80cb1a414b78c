// Pure, so the editor can show the slug the server will give while the title is typed.

export const SLUG_MAX_LENGTH = 80;

// Letters that Unicode does not decompose into a base letter plus accents.
const LIGATURES: Record<string, string> = { æ: "ae", œ: "oe", ß: "ss", ø: "o", đ: "d", ł: "l", þ: "th" };

/**
 * A URL slug from a title: ASCII, lower case, words joined by hyphens ("Où est ma commande ?" →
 * "ou-est-ma-commande"), at most SLUG_MAX_LENGTH characters; `fallback` when nothing is left.
 */
export function slugify(title: string, fallback = "article"): string {
  const words = title
    .toLowerCase()
    .replace(/[æœßøđłþ]/g, (letter) => LIGATURES[letter])
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    // "didn't" → "didnt", "l'article" → "larticle", as most CMSs do.
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const longer = slug ? `${slug}-${word}` : word;
    if (longer.length > SLUG_MAX_LENGTH) break;
    slug = longer;
  }
  return slug || words[0]?.slice(0, SLUG_MAX_LENGTH) || fallback;
}
