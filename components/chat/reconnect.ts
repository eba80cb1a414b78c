// EventSource reconnects by itself after a dropped connection (sending Last-Event-ID), but gives
// up for good when the server answers with an error status or the wrong content type. Then we
// open a new one ourselves, backing off, and catch up from the rows (the source of truth).

const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;

/** Exponential backoff with "full jitter", so a server restart is not met by every client at once. */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** The events URL, carrying where to resume when a fresh EventSource cannot send the header. */
export function eventsUrl(base: string, params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== "") search.set(key, value);
  const query = search.toString();
  return query ? `${base}${base.includes("?") ? "&" : "?"}${query}` : base;
}
