import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// Every chat change is written to rows first, then announced on one channel from inside the
// same transaction (PostgreSQL delivers it at commit, to every app instance). Payloads only
// name what changed: listeners read the rows, so a lost notification loses nothing.

export const CHAT_CHANNEL = "guichet_chat";

export type ChatEvent =
  /** A message was added to conversation `c`, whose assignee (if any) is `a`. */
  | { t: "message"; c: string; a: string | null }
  /** Conversation `c` changed status or assignee; every queue position may have moved. */
  | { t: "conversation"; c: string }
  /** Someone is typing in `c` (not stored). */
  | { t: "typing"; c: string; a: string | null; who: "VISITOR" | "AGENT"; on: boolean };

type Executor = { $executeRaw: (query: Prisma.Sql) => Promise<number> };

/** Announces `event`; inside a transaction it is delivered at commit, or never. */
export async function notifyChat(tx: Executor, event: ChatEvent): Promise<void> {
  await tx.$executeRaw(Prisma.sql`SELECT pg_notify(${CHAT_CHANNEL}, ${JSON.stringify(event)})`);
}
