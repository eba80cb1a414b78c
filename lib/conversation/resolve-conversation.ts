import "server-only";
import type { Staff } from "@/lib/auth/staff";
import { assignQueuedConversationsSafely } from "@/lib/conversation/assign-queued";
import { summarySelect, toSummary, type ConversationSummary } from "@/lib/conversation/serialize";
import { lockConversation } from "@/lib/conversation/append-message";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notifyChat } from "@/lib/realtime/chat-channel";

/** Closes a conversation (the assignee's, an unassigned one, or any for an admin); frees a slot. */
export async function resolveConversation(staff: Staff, conversationId: string): Promise<ConversationSummary> {
  await db.$transaction(async (tx) => {
    const conversation = await lockConversation(tx, conversationId);
    if (!conversation) throw new AppError("NOT_FOUND", "No such conversation.");
    if (conversation.status === "RESOLVED") return;
    if (conversation.assigneeId && conversation.assigneeId !== staff.id && staff.role !== "ADMIN") {
      throw new AppError("CONFLICT", "Another agent has this conversation.");
    }
    await tx.conversation.update({
      where: { id: conversationId },
      data: { status: "RESOLVED", resolvedAt: new Date(), assigneeId: conversation.assigneeId ?? staff.id },
    });
    await notifyChat(tx, { t: "conversation", c: conversationId });
  });
  await assignQueuedConversationsSafely();
  return toSummary(await db.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: summarySelect }));
}
