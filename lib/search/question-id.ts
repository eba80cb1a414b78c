/** One query grew or shrank into the other: the shopper is typing on, or backspacing. */
export function isSameQuestion(previous: string, next: string): boolean {
  const a = previous.trim().toLowerCase();
  const b = next.trim().toLowerCase();
  return a.length > 0 && b.length > 0 && (b.startsWith(a) || a.startsWith(b));
}

/**
 * The id of the question a search box is on: kept while the shopper refines the same question,
 * new when they start another. The server files every keystroke of a question under this id.
 */
export function nextQuestion(
  previous: { id: string; query: string } | null,
  query: string,
  newId: () => string,
): { id: string; query: string } {
  return previous && isSameQuestion(previous.query, query) ? { id: previous.id, query } : { id: newId(), query };
}
