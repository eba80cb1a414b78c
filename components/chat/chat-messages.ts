// The message list as a client sees it: rows from the server (by id) plus what this client is
// still sending (by clientId). Pure, so both the shopper's page and the agent inbox share it.

export type AuthorType = "VISITOR" | "AGENT" | "SYSTEM";

/** A message as the API returns it; `id` is the monotonically increasing SSE event id. */
export type ServerMessage = {
  id: string;
  clientId?: string | null;
  authorType: AuthorType;
  /** The agent, for AGENT messages. */
  author?: { id?: string; name: string } | null;
  body: string;
  createdAt: string;
};

export type DeliveryState = "sent" | "pending" | "failed";

export type ChatMessage = ServerMessage & { state: DeliveryState };

/** Ids are bigints serialised as strings (or numbers): compare them as integers. */
export function compareIds(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function normalise(message: ServerMessage): ServerMessage {
  return { ...message, id: String(message.id) };
}

/**
 * Merges server messages into the list: a server row replaces the pending copy with the same
 * clientId, a row already present is not added twice, and the order is the server's (by id),
 * with what is still being sent after it in the order it was written.
 */
export function mergeMessages(current: readonly ChatMessage[], incoming: readonly ServerMessage[]): ChatMessage[] {
  const byId = new Map<string, ChatMessage>();
  const local: ChatMessage[] = [];
  for (const message of current) {
    if (message.state === "sent") byId.set(message.id, message);
    else local.push(message);
  }
  const arrivedClientIds = new Set<string>();
  for (const raw of incoming) {
    const message = normalise(raw);
    byId.set(message.id, { ...message, state: "sent" });
    if (message.clientId) arrivedClientIds.add(message.clientId);
  }
  for (const message of byId.values()) if (message.clientId) arrivedClientIds.add(message.clientId);
  const sent = [...byId.values()].sort((a, b) => compareIds(a.id, b.id));
  return [...sent, ...local.filter((message) => !message.clientId || !arrivedClientIds.has(message.clientId))];
}

/** Adds what the user just wrote, shown at once as "sending". */
export function addPending(
  current: readonly ChatMessage[],
  message: Pick<ServerMessage, "body" | "authorType" | "author" | "createdAt"> & { clientId: string },
): ChatMessage[] {
  if (current.some((existing) => existing.clientId === message.clientId)) return [...current];
  return [...current, { ...message, id: `pending:${message.clientId}`, state: "pending" }];
}

/** Marks a local message failed or pending again; server rows are never touched. */
export function setDeliveryState(
  current: readonly ChatMessage[],
  clientId: string,
  state: Exclude<DeliveryState, "sent">,
): ChatMessage[] {
  return current.map((message) =>
    message.clientId === clientId && message.state !== "sent" ? { ...message, state } : message,
  );
}

/** The highest server id seen: where an event stream resumes. */
export function lastMessageId(messages: readonly ChatMessage[]): string | undefined {
  let last: string | undefined;
  for (const message of messages) {
    if (message.state !== "sent") continue;
    if (last === undefined || compareIds(message.id, last) > 0) last = message.id;
  }
  return last;
}

/** Messages not yet confirmed by the server: what a reload must send again. */
export function unsentMessages(messages: readonly ChatMessage[]): { clientId: string; body: string }[] {
  return messages
    .filter((message) => message.state !== "sent" && message.clientId)
    .map((message) => ({ clientId: message.clientId as string, body: message.body }));
}
