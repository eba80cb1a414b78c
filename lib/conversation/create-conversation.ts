import "server-only";
import { assignQueuedConversationsSafely } from "@/lib/conversation/assign-queued";
import { loadShopperStatus } from "@/lib/conversation/queue-status";
import type { TCreateConversation } from "@/lib/conversation/schemas";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Topic } from "@/lib/generated/prisma/enums";
import { notifyChat } from "@/lib/realtime/chat-channel";
import { verifyIdentity } from "@/lib/widget/verify-identity";
import { isOpenNow } from "@/lib/conversation/open-now";
import { generateVisitorToken, hashVisitorToken, visitorTokenForClientId } from "@/lib/visitor/visitor-token";

/** Checkout chats jump the queue: that cart is about to be abandoned. */
export function priorityFor(topic: Topic): number {
  return topic === "CHECKOUT" ? 10 : 0;
}

export type CreatedConversation = {
  conversation: {
    id: string;
    status: string;
    topic: Topic;
    position: number | null;
    estimatedWaitSeconds: number | null;
    offerEmail: boolean;
  };
  visitorToken: string;
  /** False when a retry with the same clientId found the conversation it had created. */
  created: boolean;
};

/**
 * Starts a conversation with the shopper's first message and everything that led them here.
 * `visitorToken`: the bearer token of a returning visitor, if any. With nobody online the
 * conversation is a left message (`OFFLINE`) and needs an email to answer to.
 */
export async function createConversation(
  input: TCreateConversation,
  { visitorToken }: { visitorToken?: string } = {},
): Promise<CreatedConversation> {
  const token = visitorToken ?? (input.clientId ? visitorTokenForClientId(input.clientId) : generateVisitorToken());
  const topic = input.topic ?? "OTHER";
  // Under enforcement a missing or forged signature stops here: nobody posts as someone else.
  const identity = input.identity ? await verifyIdentity(input.identity) : undefined;
  const openNow = await isOpenNow();

  const result = await db.$transaction(
    async (tx) => {
      const tokenHash = hashVisitorToken(token);
      let visitor = await tx.visitor.findUnique({ where: { tokenHash }, select: { id: true, email: true } });
      if (!visitor && visitorToken) throw new AppError("UNAUTHORIZED", "This visitor token is not valid.");
      if (!visitor) {
        [visitor] = await tx.$queryRaw<{ id: string; email: string | null }[]>`
          INSERT INTO "Visitor" (id, "tokenHash", locale, "lastSeenAt")
          VALUES (${crypto.randomUUID()}, ${tokenHash}, ${input.locale}, now())
          ON CONFLICT ("tokenHash") DO UPDATE SET "lastSeenAt" = now()
          RETURNING id, email`;
      }
      // One create at a time per visitor, so that two identical retries cannot both create.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`visitor:${visitor.id}`}))`;
      if (input.clientId) {
        const existing = await tx.message.findFirst({
          where: { clientId: input.clientId, authorType: "VISITOR", conversation: { visitorId: visitor.id } },
          select: { conversationId: true },
        });
        if (existing) return { id: existing.conversationId, created: false };
      }

      const [{ agentsOnline }] = await tx.$queryRaw<{ agentsOnline: number }[]>`
        SELECT count(*)::int AS "agentsOnline" FROM "User"
         WHERE availability = 'ONLINE' AND "disabledAt" IS NULL AND role IN ('ADMIN', 'AGENT')`;
      // Outside business hours the shopper leaves a message, even if an agent forgot to go away.
      const online = openNow ? agentsOnline : 0;
      const email = input.email ?? visitor.email ?? undefined;
      if (online === 0 && !email) {
        throw new AppError(
          "INVALID_INPUT",
          "Nobody is available to chat right now. Leave your email and we will answer you there.",
          { field: "email", reason: "OFFLINE" },
        );
      }
      await tx.visitor.update({
        where: { id: visitor.id },
        data: {
          lastSeenAt: new Date(),
          locale: input.locale,
          ...(identity
            ? {
                externalId: identity.id,
                externalIdVerified: identity.verified,
                email: identity.email,
                name: identity.name,
              }
            : {}),
          ...(input.email ? { email: input.email } : {}),
          ...(input.name ? { name: input.name } : {}),
        },
      });
      const now = new Date();
      const conversation = await tx.conversation.create({
        data: {
          visitorId: visitor.id,
          status: online === 0 ? "OFFLINE" : "QUEUED",
          topic,
          priority: priorityFor(topic),
          locale: input.locale,
          searchQuery: input.query ?? null,
          pageUrl: input.pageUrl ?? null,
          context: (input.context ?? undefined) as Prisma.InputJsonValue | undefined,
          articlesViewed: input.articlesViewed ?? [],
          queuedAt: now,
          lastMessageAt: now,
          messages: {
            create: { authorType: "VISITOR", body: input.message, clientId: input.clientId ?? null },
          },
        },
        select: { id: true },
      });
      if (input.searchId) {
        // The search that failed them: analytics can tell which questions end up with a person.
        await tx.searchEvent.updateMany({
          where: { id: input.searchId, conversationId: null },
          data: { conversationId: conversation.id, visitorId: visitor.id },
        });
      }
      await notifyChat(tx, { t: "conversation", c: conversation.id });
      await notifyChat(tx, { t: "message", c: conversation.id, a: null });
      return { id: conversation.id, created: true };
    },
    { maxWait: 10_000, timeout: 10_000 },
  );

  if (result.created) await assignQueuedConversationsSafely();
  const [row, status] = await Promise.all([
    db.conversation.findUniqueOrThrow({ where: { id: result.id }, select: { id: true, topic: true } }),
    loadShopperStatus(result.id),
  ]);
  return {
    conversation: {
      id: row.id,
      status: status!.status,
      topic: row.topic,
      position: status!.position,
      estimatedWaitSeconds: status!.estimatedWaitSeconds,
      offerEmail: status!.offerEmail,
    },
    visitorToken: token,
    created: result.created,
  };
}
