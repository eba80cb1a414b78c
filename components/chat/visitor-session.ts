// The shopper's conversation lives in localStorage, not a cookie: the widget runs in a
// cross-site iframe where third-party cookies are blocked. A reload finds it here again, with
// whatever the shopper wrote that the server had not yet confirmed.

export type VisitorSession = { conversationId: string; visitorToken: string; locale: string };
export type OutboxEntry = { clientId: string; body: string };

const SESSION_KEY = "guichet.chat.session";
const outboxKey = (conversationId: string) => `guichet.chat.outbox.${conversationId}`;

const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    // Storage can be denied (privacy settings, sandboxed iframes): the chat still works for this page.
    return null;
  }
}

export function parseSession(raw: string | null | undefined): VisitorSession | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<VisitorSession>;
    return typeof value.conversationId === "string" && typeof value.visitorToken === "string"
      ? { conversationId: value.conversationId, visitorToken: value.visitorToken, locale: value.locale ?? "" }
      : null;
  } catch {
    return null;
  }
}

export function parseOutbox(raw: string | null | undefined): OutboxEntry[] {
  if (!raw) return [];
  try {
    const value = JSON.parse(raw) as unknown;
    return Array.isArray(value)
      ? value.filter(
          (entry): entry is OutboxEntry =>
            typeof entry === "object" &&
            entry !== null &&
            typeof (entry as OutboxEntry).clientId === "string" &&
            typeof (entry as OutboxEntry).body === "string",
        )
      : [];
  } catch {
    return [];
  }
}

/** For useSyncExternalStore: the raw string, so unchanged storage gives an identical snapshot. */
export function readSessionSnapshot(): string | null {
  return storage()?.getItem(SESSION_KEY) ?? null;
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === SESSION_KEY) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

function notify() {
  for (const listener of listeners) listener();
}

export function saveSession(session: VisitorSession): void {
  storage()?.setItem(SESSION_KEY, JSON.stringify(session));
  notify();
}

export function clearSession(): void {
  const current = parseSession(readSessionSnapshot());
  if (current) storage()?.removeItem(outboxKey(current.conversationId));
  storage()?.removeItem(SESSION_KEY);
  notify();
}

export function readOutbox(conversationId: string): OutboxEntry[] {
  return parseOutbox(storage()?.getItem(outboxKey(conversationId)));
}

export function writeOutbox(conversationId: string, entries: OutboxEntry[]): void {
  if (entries.length === 0) storage()?.removeItem(outboxKey(conversationId));
  else storage()?.setItem(outboxKey(conversationId), JSON.stringify(entries));
}
