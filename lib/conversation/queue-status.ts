import "server-only";
import { chatSettings } from "@/lib/conversation/chat-settings";
import { isOpenNow } from "@/lib/conversation/open-now";
import { estimateWaitSeconds, shouldOfferEmail } from "@/lib/conversation/estimate-wait";
import { db } from "@/lib/db";
import type { ConversationStatus } from "@/lib/generated/prisma/enums";

/** Who takes chats. Editors write articles; they are never assigned conversations. */
export const CHAT_ROLES = ["ADMIN", "AGENT"] as const;

export type QueueStats = {
  agentsOnline: number;
  capacity: number;
  freeSlots: number;
  recentWaitsSeconds: number[];
  meanHandleSeconds: number | null;
  firstResponseTargetSeconds: number;
};

/** The inputs of the wait estimate, read in one round of queries. */
export async function loadQueueStats(): Promise<QueueStats> {
  const [[agents], waits, [handle], settings] = await Promise.all([
    db.$queryRaw<{ agents: number; capacity: number; free: number }[]>`
      SELECT count(*)::int AS agents,
             coalesce(sum(u."maxConcurrentChats"), 0)::int AS capacity,
             coalesce(sum(GREATEST(0, u."maxConcurrentChats" - (
               SELECT count(*) FROM "Conversation" c WHERE c."assigneeId" = u.id AND c.status = 'ACTIVE'
             ))), 0)::int AS free
        FROM "User" u
       WHERE u.availability = 'ONLINE' AND u."disabledAt" IS NULL AND u.role IN ('ADMIN', 'AGENT')`,
    db.$queryRaw<{ wait: number }[]>`
      SELECT extract(epoch FROM "assignedAt" - "queuedAt")::float8 AS wait
        FROM "Conversation"
       WHERE "assignedAt" > now() - interval '2 hours'
       ORDER BY "assignedAt" DESC
       LIMIT 20`,
    db.$queryRaw<{ handle: number | null }[]>`
      SELECT avg(extract(epoch FROM "resolvedAt" - "assignedAt"))::float8 AS handle
        FROM (SELECT "resolvedAt", "assignedAt" FROM "Conversation"
               WHERE "resolvedAt" > now() - interval '24 hours' AND "assignedAt" IS NOT NULL
               ORDER BY "resolvedAt" DESC LIMIT 20) recent`,
    chatSettings(),
  ]);
  return {
    agentsOnline: agents.agents,
    capacity: agents.capacity,
    freeSlots: agents.free,
    recentWaitsSeconds: waits.map((row) => Math.max(0, row.wait)),
    meanHandleSeconds: handle?.handle ?? null,
    firstResponseTargetSeconds: settings.firstResponseTargetSeconds,
  };
}

/** Queue positions (1 = next) of every QUEUED conversation. */
export async function loadQueuePositions(): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ id: string; position: number }[]>`
    SELECT id, (row_number() OVER (ORDER BY priority DESC, "queuedAt", id))::int AS position
      FROM "Conversation" WHERE status = 'QUEUED'`;
  return new Map(rows.map((row) => [row.id, row.position]));
}

export type ShopperStatus = {
  status: ConversationStatus;
  position: number | null;
  estimatedWaitSeconds: number | null;
  offerEmail: boolean;
  firstResponseTargetSeconds: number;
  assignee: { name: string } | null;
  resolvedAt: string | null;
  csatScore: number | null;
};

const statusSelect = {
  id: true,
  status: true,
  resolvedAt: true,
  csatScore: true,
  assignee: { select: { name: true } },
} as const;

/** What the shopper sees of their conversations' state, for several at once (SSE fan-out). */
export async function loadShopperStatuses(ids: string[]): Promise<Map<string, ShopperStatus>> {
  if (ids.length === 0) return new Map();
  const rows = await db.conversation.findMany({ where: { id: { in: ids } }, select: statusSelect });
  const queued = rows.some((row) => row.status === "QUEUED");
  const [positions, stats] = queued
    ? await Promise.all([loadQueuePositions(), loadQueueStats()])
    : [new Map<string, number>(), undefined];
  const target = stats?.firstResponseTargetSeconds ?? (await chatSettings()).firstResponseTargetSeconds;
  return new Map(
    rows.map((row) => {
      const position = row.status === "QUEUED" ? (positions.get(row.id) ?? null) : null;
      const estimate = position !== null && stats ? estimateWaitSeconds({ ...stats, position }) : null;
      return [
        row.id,
        {
          status: row.status,
          position,
          estimatedWaitSeconds: estimate,
          offerEmail: row.status === "QUEUED" && shouldOfferEmail(estimate, target),
          firstResponseTargetSeconds: target,
          assignee: row.assignee ? { name: row.assignee.name } : null,
          resolvedAt: row.resolvedAt?.toISOString() ?? null,
          csatScore: row.csatScore,
        },
      ];
    }),
  );
}

export async function loadShopperStatus(id: string): Promise<ShopperStatus | undefined> {
  return (await loadShopperStatuses([id])).get(id);
}

/** GET /api/v1/availability: can a shopper reach a person now, and how long would it take? */
export async function loadAvailability() {
  const [stats, [queue], openNow] = await Promise.all([
    loadQueueStats(),
    db.$queryRaw<{ queued: number }[]>`SELECT count(*)::int AS queued FROM "Conversation" WHERE status = 'QUEUED'`,
    isOpenNow(),
  ]);
  const estimate = estimateWaitSeconds({ ...stats, position: queue.queued + 1 });
  return {
    online: openNow && stats.agentsOnline > 0,
    agentsOnline: stats.agentsOnline,
    estimatedWaitSeconds: estimate,
    offerEmail: shouldOfferEmail(estimate, stats.firstResponseTargetSeconds),
    firstResponseTargetSeconds: stats.firstResponseTargetSeconds,
  };
}
