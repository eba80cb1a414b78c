// The slug the server will give a new translation (lib/article/create-article.ts `slugify`, which
// is server-only there), shown while the editor types the title. The server stays the
// authority: an untouched slug is not sent, and the server makes it unique.

const SLUG_MAX_LENGTH = 80;
const LIGATURES: Record<string, string> = { æ: "ae", œ: "oe", ß: "ss", ø: "o", đ: "d", ł: "l", þ: "th" };

export function suggestSlug(title: string): string {
  const words = title
    .toLowerCase()
    .replace(/[æœßøđłþ]/g, (letter) => LIGATURES[letter])
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const longer = slug ? `${slug}-${word}` : word;
    if (longer.length > SLUG_MAX_LENGTH) break;
    slug = longer;
  }
  return slug || words[0]?.slice(0, SLUG_MAX_LENGTH) || "";
}
