import "server-only";
import { lockConversation } from "@/lib/conversation/append-message";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notifyChat } from "@/lib/realtime/chat-channel";

/** The shopper's satisfaction score, once, after the conversation is resolved. */
export async function rateConversation(
  visitorId: string,
  conversationId: string,
  { score, comment }: { score: number; comment?: string },
) {
  return db.$transaction(async (tx) => {
    const conversation = await lockConversation(tx, conversationId);
    if (!conversation || conversation.visitorId !== visitorId) throw new AppError("NOT_FOUND", "No such conversation.");
    if (conversation.status !== "RESOLVED") {
      throw new AppError("CONFLICT", "You can rate the conversation once it is resolved.");
    }
    const updated = await tx.conversation.updateMany({
      where: { id: conversationId, csatScore: null },
      data: { csatScore: score, csatComment: comment || null },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", "You already rated this conversation. Thank you!");
    await notifyChat(tx, { t: "conversation", c: conversationId });
    return { conversation: { id: conversationId, csatScore: score, csatComment: comment || null } };
  });
}
