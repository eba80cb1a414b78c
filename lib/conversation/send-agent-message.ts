import "server-only";
import type { Staff } from "@/lib/auth/staff";
import { findByClientId, insertMessage, lockConversation } from "@/lib/conversation/append-message";
import type { TSendMessage } from "@/lib/conversation/schemas";
import type { ChatMessage } from "@/lib/conversation/serialize";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send-mail";
import { notifyChat } from "@/lib/realtime/chat-channel";

/**
 * An agent's message. An unassigned conversation (QUEUED or a left OFFLINE message) becomes
 * theirs; someone else's is a CONFLICT (claim or transfer first). The first agent message sets
 * firstResponseAt. An answer to an OFFLINE conversation is also emailed when SMTP is set up.
 */
export async function sendAgentMessage(
  staff: Staff,
  conversationId: string,
  input: TSendMessage,
): Promise<{ message: ChatMessage; created: boolean }> {
  const result = await db.$transaction(
    async (tx) => {
      const conversation = await lockConversation(tx, conversationId);
      if (!conversation) throw new AppError("NOT_FOUND", "No such conversation.");
      const existing = await findByClientId(tx, conversation.id, input.clientId);
      if (existing) return { message: existing, created: false, emailTo: null };
      if (conversation.assigneeId && conversation.assigneeId !== staff.id) {
        throw new AppError("CONFLICT", "Another agent has this conversation. Ask them to transfer it to you.");
      }
      if (conversation.status === "RESOLVED" || conversation.status === "ABANDONED") {
        throw new AppError("CONFLICT", "This conversation is closed.");
      }
      const now = new Date();
      const claiming = conversation.assigneeId === null;
      if (claiming || !conversation.firstResponseAt) {
        await tx.conversation.update({
          where: { id: conversation.id },
          data: {
            ...(conversation.firstResponseAt ? {} : { firstResponseAt: now }),
            ...(claiming ? { assigneeId: staff.id } : {}),
            ...(claiming && conversation.status === "QUEUED" ? { status: "ACTIVE", assignedAt: now } : {}),
          },
        });
      }
      if (claiming) await notifyChat(tx, { t: "conversation", c: conversation.id });
      const message = await insertMessage(
        tx,
        conversation,
        { authorType: "AGENT", author: { id: staff.id, name: staff.name }, body: input.body, clientId: input.clientId },
        staff.id,
      );
      let emailTo: string | null = null;
      if (conversation.status === "OFFLINE") {
        const visitor = await tx.visitor.findUnique({ where: { id: conversation.visitorId }, select: { email: true } });
        emailTo = visitor?.email ?? null;
      }
      return { message, created: true, emailTo };
    },
    { maxWait: 10_000, timeout: 10_000 },
  );
  if (result.emailTo) {
    // The message is stored whatever happens to the email: the shopper also sees it in the chat.
    await sendMail({
      to: result.emailTo,
      subject: "An answer to your question",
      text: `${result.message.body}\n\n— ${staff.name}`,
    }).catch((error: unknown) => console.error("Could not email the answer to a left message:", error));
  }
  return { message: result.message, created: result.created };
}
