import "server-only";
import { chatSettings } from "@/lib/conversation/chat-settings";
import { db } from "@/lib/db";
import { notifyChat } from "@/lib/realtime/chat-channel";

/** Upper bound of assignments per run, so one call never loops forever. */
const MAX_ASSIGNMENTS_PER_RUN = 200;

/**
 * One auto-assignment: the most urgent QUEUED conversation to the least-loaded ONLINE agent
 * under their capacity. Both rows are taken with FOR UPDATE SKIP LOCKED, so concurrent runs
 * (in any app instance) never pick the same conversation, nor overfill one agent.
 * Returns false when there is nothing (more) to assign.
 */
async function assignOne(): Promise<boolean> {
  return db.$transaction(
    async (tx) => {
      const [conversation] = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Conversation"
         WHERE status = 'QUEUED'
         ORDER BY priority DESC, "queuedAt", id
         LIMIT 1
         FOR UPDATE SKIP LOCKED`;
      if (!conversation) return false;
      const [agent] = await tx.$queryRaw<{ id: string; max: number }[]>`
        SELECT u.id, u."maxConcurrentChats" AS max FROM "User" u
         WHERE u.availability = 'ONLINE' AND u."disabledAt" IS NULL AND u.role IN ('ADMIN', 'AGENT')
           AND (SELECT count(*) FROM "Conversation" c WHERE c."assigneeId" = u.id AND c.status = 'ACTIVE') < u."maxConcurrentChats"
         ORDER BY (SELECT count(*) FROM "Conversation" c WHERE c."assigneeId" = u.id AND c.status = 'ACTIVE'),
                  (SELECT max(c."assignedAt") FROM "Conversation" c WHERE c."assigneeId" = u.id) NULLS FIRST,
                  u.id
         LIMIT 1
         FOR UPDATE OF u SKIP LOCKED`;
      if (!agent) return false;
      // The count above saw the snapshot taken before the lock: count again now that we hold it.
      const [{ active }] = await tx.$queryRaw<{ active: number }[]>`
        SELECT count(*)::int AS active FROM "Conversation" WHERE "assigneeId" = ${agent.id} AND status = 'ACTIVE'`;
      if (active >= agent.max) return true;
      await tx.conversation.update({
        where: { id: conversation.id },
        data: { status: "ACTIVE", assigneeId: agent.id, assignedAt: new Date() },
      });
      await notifyChat(tx, { t: "conversation", c: conversation.id });
      return true;
    },
    { maxWait: 10_000, timeout: 10_000 },
  );
}

/**
 * Runs auto-assignment until the queue is empty or every online agent is full. Called after
 * anything that adds to the queue or frees a slot: a new conversation, a resolution, a
 * transfer, an agent coming online. Does nothing when the setting `chat.autoAssign` is off.
 */
export async function assignQueuedConversations(): Promise<number> {
  if (!(await chatSettings()).autoAssign) return 0;
  let assigned = 0;
  for (let run = 0; run < MAX_ASSIGNMENTS_PER_RUN; run += 1) {
    if (!(await assignOne())) break;
    assigned += 1;
  }
  return assigned;
}

/** Auto-assignment after a change, never failing the request that caused it. */
export async function assignQueuedConversationsSafely(): Promise<void> {
  await assignQueuedConversations().catch((error: unknown) => console.error("Auto-assignment failed:", error));
}
