import "server-only";
import type { Staff } from "@/lib/auth/staff";
import { summarySelect, toSummary, type ConversationSummary } from "@/lib/conversation/serialize";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { notifyChat } from "@/lib/realtime/chat-channel";

/**
 * An agent takes a waiting conversation (QUEUED, or a left OFFLINE message). The row is taken
 * with FOR UPDATE SKIP LOCKED: of agents racing for it exactly one wins; the others get a
 * CONFLICT at once instead of queueing behind the winner. Claiming one's own is a no-op.
 */
export async function claimConversation(staff: Staff, conversationId: string): Promise<ConversationSummary> {
  await db.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<{ status: string; assigneeId: string | null }[]>`
        SELECT status::text AS status, "assigneeId" FROM "Conversation"
         WHERE id = ${conversationId} FOR UPDATE SKIP LOCKED`;
      if (!row) {
        const exists = await tx.conversation.findUnique({ where: { id: conversationId }, select: { id: true } });
        if (!exists) throw new AppError("NOT_FOUND", "No such conversation.");
        throw new AppError("CONFLICT", "Someone else is taking this conversation.");
      }
      if (row.assigneeId === staff.id && (row.status === "ACTIVE" || row.status === "OFFLINE")) return;
      if (row.assigneeId || (row.status !== "QUEUED" && row.status !== "OFFLINE")) {
        throw new AppError("CONFLICT", "This conversation is no longer waiting: someone else has it.");
      }
      await tx.conversation.update({
        where: { id: conversationId },
        data:
          row.status === "QUEUED"
            ? { status: "ACTIVE", assigneeId: staff.id, assignedAt: new Date() }
            : { assigneeId: staff.id },
      });
      await notifyChat(tx, { t: "conversation", c: conversationId });
    },
    { maxWait: 10_000, timeout: 10_000 },
  );
  return toSummary(await db.conversation.findUniqueOrThrow({ where: { id: conversationId }, select: summarySelect }));
}
