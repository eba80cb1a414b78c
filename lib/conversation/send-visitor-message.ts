import "server-only";
import { assignQueuedConversationsSafely } from "@/lib/conversation/assign-queued";
import { findByClientId, insertMessage, lockConversation } from "@/lib/conversation/append-message";
import { chatSettings } from "@/lib/conversation/chat-settings";
import type { TSendMessage } from "@/lib/conversation/schemas";
import type { ChatMessage } from "@/lib/conversation/serialize";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ConversationStatus } from "@/lib/generated/prisma/enums";
import { notifyChat } from "@/lib/realtime/chat-channel";

/**
 * A shopper's message in their own conversation (anyone else's is NOT_FOUND). A retry with the
 * same clientId returns the original. Writing soon after a resolution reopens the conversation:
 * back to the same agent if they are online, else to the queue; later, the shopper starts anew.
 */
export async function sendVisitorMessage(
  visitorId: string,
  conversationId: string,
  input: TSendMessage,
): Promise<{ message: ChatMessage; created: boolean }> {
  const settings = await chatSettings();
  let requeued = false;
  const result = await db.$transaction(
    async (tx) => {
      const conversation = await lockConversation(tx, conversationId);
      if (!conversation || conversation.visitorId !== visitorId) {
        throw new AppError("NOT_FOUND", "No such conversation.");
      }
      const existing = await findByClientId(tx, conversation.id, input.clientId);
      if (existing) return { message: existing, created: false };

      let status: ConversationStatus = conversation.status;
      let assigneeId = conversation.assigneeId;
      if (status === "ABANDONED") throw new AppError("CONFLICT", "This conversation is closed. Start a new one.");
      if (status === "RESOLVED") {
        const windowMs = settings.reopenWindowMinutes * 60_000;
        if (!conversation.resolvedAt || Date.now() - conversation.resolvedAt.getTime() > windowMs) {
          throw new AppError("CONFLICT", "This conversation is closed. Start a new one.");
        }
        const [assignee] = assigneeId
          ? await tx.$queryRaw<{ id: string }[]>`
              SELECT id FROM "User" WHERE id = ${assigneeId} AND availability = 'ONLINE' AND "disabledAt" IS NULL`
          : [];
        status = assignee ? "ACTIVE" : "QUEUED";
        assigneeId = assignee ? assignee.id : null;
        requeued = status === "QUEUED";
        await tx.conversation.update({
          where: { id: conversation.id },
          data: {
            status,
            assigneeId,
            resolvedAt: null,
            ...(status === "QUEUED" ? { queuedAt: new Date(), assignedAt: null } : {}),
          },
        });
        await notifyChat(tx, { t: "conversation", c: conversation.id });
      }
      const message = await insertMessage(
        tx,
        conversation,
        { authorType: "VISITOR", body: input.body, clientId: input.clientId },
        assigneeId,
      );
      return { message, created: true };
    },
    { maxWait: 10_000, timeout: 10_000 },
  );
  if (requeued) await assignQueuedConversationsSafely();
  return result;
}
