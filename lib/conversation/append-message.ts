import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuthorType, ConversationStatus } from "@/lib/generated/prisma/enums";
import { messageSelect, toChatMessage, type ChatMessage } from "@/lib/conversation/serialize";
import { CHAT_CHANNEL, type ChatEvent } from "@/lib/realtime/chat-channel";

export type LockedConversation = {
  id: string;
  visitorId: string;
  status: ConversationStatus;
  assigneeId: string | null;
  resolvedAt: Date | null;
  firstResponseAt: Date | null;
};

/**
 * Locks a conversation row for the rest of the transaction. Every message insert holds this
 * lock, so within a conversation message ids commit in increasing order: a reader that has
 * seen id N has seen every earlier id, which is what makes Last-Event-ID replay exact.
 */
export async function lockConversation(
  tx: Prisma.TransactionClient,
  id: string,
): Promise<LockedConversation | undefined> {
  const [row] = await tx.$queryRaw<LockedConversation[]>`
    SELECT id, "visitorId", status::text AS status, "assigneeId", "resolvedAt", "firstResponseAt"
      FROM "Conversation" WHERE id = ${id} FOR UPDATE`;
  return row;
}

/** The message already sent with this clientId, if any (a retried send). */
export async function findByClientId(
  tx: Prisma.TransactionClient,
  conversationId: string,
  clientId: string | undefined,
): Promise<ChatMessage | undefined> {
  if (!clientId) return undefined;
  const found = await tx.message.findUnique({
    where: { conversationId_clientId: { conversationId, clientId } },
    select: messageSelect,
  });
  return found ? toChatMessage(found) : undefined;
}

/**
 * Inserts a message into a locked conversation, bumps its lastMessageAt and announces it, in
 * one statement (this is the hot path of the chat: one round trip instead of four).
 */
export async function insertMessage(
  tx: Prisma.TransactionClient,
  conversation: LockedConversation,
  message: {
    authorType: AuthorType;
    author?: { id: string; name: string };
    body: string;
    clientId?: string;
  },
  assigneeAfter: string | null,
): Promise<ChatMessage> {
  const event: ChatEvent = { t: "message", c: conversation.id, a: assigneeAfter };
  const [row] = await tx.$queryRaw<{ id: bigint; createdAt: Date }[]>`
    WITH inserted AS (
      INSERT INTO "Message" ("conversationId", "authorType", "authorId", body, "clientId")
      VALUES (${conversation.id}, ${message.authorType}::"AuthorType", ${message.author?.id ?? null},
              ${message.body}, ${message.clientId ?? null})
      RETURNING id, "createdAt"
    ), touched AS (
      UPDATE "Conversation" SET "lastMessageAt" = now(), "updatedAt" = now()
       WHERE id = ${conversation.id} RETURNING id
    ), announced AS (
      SELECT pg_notify(${CHAT_CHANNEL}, ${JSON.stringify(event)}) FROM inserted, touched
    )
    SELECT inserted.id, inserted."createdAt", (SELECT count(*) FROM announced)::int AS announced FROM inserted`;
  return toChatMessage({
    id: row.id,
    conversationId: conversation.id,
    authorType: message.authorType,
    body: message.body,
    clientId: message.clientId ?? null,
    createdAt: row.createdAt,
    author: message.author ?? null,
  });
}
