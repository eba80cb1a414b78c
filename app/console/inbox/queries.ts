import "server-only";
import { db } from "@/lib/db";
import type { Availability } from "@/lib/generated/prisma/enums";

// What the inbox page needs besides the conversations (which come from the console API, live).

export async function loadInboxSetup(staffId: string): Promise<{
  availability: Availability;
  cannedResponses: { locale: string; shortcut: string; title: string; body: string }[];
  agents: { id: string; name: string }[];
}> {
  const [me, cannedResponses, agents] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: staffId }, select: { availability: true } }),
    db.cannedResponse.findMany({
      orderBy: [{ locale: "asc" }, { shortcut: "asc" }],
      select: { locale: true, shortcut: true, title: true, body: true },
    }),
    db.user.findMany({
      where: { role: { in: ["ADMIN", "AGENT"] }, disabledAt: null, id: { not: staffId } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return { availability: me.availability, cannedResponses, agents };
}
