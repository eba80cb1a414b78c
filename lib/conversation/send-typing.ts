import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notifyChat } from "@/lib/realtime/chat-channel";

/** A typing indicator: announced, never stored. Only the conversation's shopper or its agent. */
export async function sendTyping(
  who: { visitorId: string } | { agentId: string },
  conversationId: string,
  typing: boolean,
): Promise<{ ok: true }> {
  const conversation = await db.conversation.findUnique({
    where: { id: conversationId },
    select: { visitorId: true, assigneeId: true },
  });
  const isVisitor = "visitorId" in who;
  if (!conversation || (isVisitor && conversation.visitorId !== who.visitorId)) {
    throw new AppError("NOT_FOUND", "No such conversation.");
  }
  if (!isVisitor && conversation.assigneeId !== who.agentId) {
    throw new AppError("CONFLICT", "Only the agent who has this conversation can type in it.");
  }
  await notifyChat(db, {
    t: "typing",
    c: conversationId,
    a: conversation.assigneeId,
    who: isVisitor ? "VISITOR" : "AGENT",
    on: typing,
  });
  return { ok: true };
}
