import "server-only";
import type { Staff } from "@/lib/auth/staff";
import { assignQueuedConversationsSafely } from "@/lib/conversation/assign-queued";
import { lockConversation } from "@/lib/conversation/append-message";
import { summarySelect, toSummary, type ConversationSummary } from "@/lib/conversation/serialize";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notifyChat } from "@/lib/realtime/chat-channel";

/** Hands an open conversation to another agent (or admin); the giver's slot frees up. */
export async function transferConversation(
  staff: Staff,
  conversationId: string,
  assigneeId: string,
): Promise<ConversationSummary> {
  await db.$transaction(async (tx) => {
    const conversation = await lockConversation(tx, conversationId);
    if (!conversation) throw new AppError("NOT_FOUND", "No such conversation.");
    if (conversation.status === "RESOLVED" || conversation.status === "ABANDONED") {
      throw new AppError("CONFLICT", "This conversation is closed.");
    }
    if (conversation.assigneeId && conversation.assigneeId !== staff.id && staff.role !== "ADMIN") {
      throw new AppError("CONFLICT", "Another agent has this conversation; only they or an admin can transfer it.");
    }
    const target = await tx.user.findUnique({ where: { id: assigneeId }, select: { role: true, disabledAt: true } });
    if (!target || target.disabledAt || target.role === "EDITOR") {
      throw new AppError("INVALID_INPUT", "assigneeId: must be an active agent or admin.");
    }
    await tx.conversation.update({
      where: { id: conversationId },
      data: {
        assigneeId,
        ...(conversation.status === "QUEUED" ? { status: "ACTIVE", assignedAt: new Date() } : {}),
      },
    });
    await notifyChat(tx, { t: "conversation", c: conversationId });
  });
  await assignQueuedConversationsSafely();
  return toSummary(await db.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: summarySelect }));
}
