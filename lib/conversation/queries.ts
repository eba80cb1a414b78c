import "server-only";
import type { Staff } from "@/lib/auth/staff";
import { loadShopperStatus } from "@/lib/conversation/queue-status";
import { messageSelect, summarySelect, toChatMessage, toSummary } from "@/lib/conversation/serialize";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ConversationStatus } from "@/lib/generated/prisma/enums";

/** The shopper's view of their own conversation; anyone else's is NOT_FOUND. */
export async function getVisitorConversationOrThrow(visitorId: string, conversationId: string) {
  const row = await db.conversation.findUnique({
    where: { id: conversationId },
    select: {
      id: true,
      visitorId: true,
      topic: true,
      locale: true,
      createdAt: true,
      visitor: { select: { email: true } },
      messages: { orderBy: { id: "asc" }, select: messageSelect },
    },
  });
  if (!row || row.visitorId !== visitorId) throw new AppError("NOT_FOUND", "No such conversation.");
  const status = await loadShopperStatus(row.id);
  return {
    conversation: {
      id: row.id,
      topic: row.topic,
      locale: row.locale,
      createdAt: row.createdAt.toISOString(),
      email: row.visitor.email,
      ...status!,
    },
    messages: row.messages.map(toChatMessage),
  };
}

/** Inbox lists: the queue (most urgent first, then oldest), or any status; `mine` = assigned to the caller. */
export async function listConsoleConversations(
  staff: Staff,
  { status, mine }: { status?: ConversationStatus; mine?: boolean },
) {
  const rows = await db.conversation.findMany({
    where: { ...(status ? { status } : {}), ...(mine ? { assigneeId: staff.id } : {}) },
    orderBy:
      status === "QUEUED" || !status
        ? [{ priority: "desc" }, { queuedAt: "asc" }, { id: "asc" }]
        : [{ lastMessageAt: "desc" }, { id: "asc" }],
    take: 200,
    select: summarySelect,
  });
  return { conversations: rows.map(toSummary) };
}

/** One conversation with everything the shopper brought along, for the agent's view. */
export async function getConsoleConversationOrThrow(conversationId: string) {
  const row = await db.conversation.findUnique({
    where: { id: conversationId },
    select: {
      ...summarySelect,
      context: true,
      articlesViewed: true,
      csatComment: true,
      searchEvents: { select: { id: true, query: true }, take: 1 },
      visitor: { select: { email: true, name: true, locale: true, externalId: true, externalIdVerified: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "No such conversation.");
  const messages = await db.message.findMany({
    where: { conversationId },
    orderBy: { id: "asc" },
    select: messageSelect,
  });
  return {
    conversation: {
      ...toSummary(row),
      context: row.context,
      articlesViewed: row.articlesViewed,
      searchId: row.searchEvents[0]?.id ?? null,
      csatComment: row.csatComment,
      visitor: row.visitor,
    },
    messages: messages.map(toChatMessage),
  };
}

export async function loadConversationSummary(conversationId: string) {
  const row = await db.conversation.findUnique({ where: { id: conversationId }, select: summarySelect });
  return row ? toSummary(row) : undefined;
}
