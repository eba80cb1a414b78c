import "server-only";
import type { Staff } from "@/lib/auth/staff";
import { assignQueuedConversationsSafely } from "@/lib/conversation/assign-queued";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Availability } from "@/lib/generated/prisma/enums";
import { notifyChat } from "@/lib/realtime/chat-channel";

/** An agent goes online, away or offline; coming online hands them waiting conversations. */
export async function setPresence(staff: Staff, availability: Availability) {
  if (staff.role === "EDITOR") throw new AppError("FORBIDDEN", "Only agents and admins take chats.");
  const user = await db.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: staff.id },
      data: { availability, lastSeenAt: new Date() },
      select: { availability: true, maxConcurrentChats: true },
    });
    // Availability and wait estimates change for every waiting shopper.
    await notifyChat(tx, { t: "conversation", c: "" });
    return updated;
  });
  if (availability === "ONLINE") await assignQueuedConversationsSafely();
  const activeChats = await db.conversation.count({ where: { assigneeId: staff.id, status: "ACTIVE" } });
  return { availability: user.availability, activeChats, maxConcurrentChats: user.maxConcurrentChats };
}
