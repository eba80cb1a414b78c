// Meilisearch marks matches with tags of our choosing but does not escape the text around
// them. Private-use characters mark the matches; the text is escaped; then the marks become
// <mark> elements. The result is safe to render as HTML.
export const MATCH_START = "\uE000";
export const MATCH_END = "\uE001";

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => escapes[character]);
}

export function highlightToHtml(marked: string): string {
  return escapeHtml(marked).replaceAll(MATCH_START, "<mark>").replaceAll(MATCH_END, "</mark>");
}

export function hasMatch(marked: string | undefined): boolean {
  return Boolean(marked?.includes(MATCH_START));
}
