import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Staff } from "@/lib/auth/staff";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Revokes a personal API token: its owner's own, or anyone's for an admin. Revoking twice is harmless. */
export async function revokeApiToken(db: Db, tokenId: string, actor: Staff): Promise<void> {
  await db.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id: tokenId }, select: { userId: true, revokedAt: true } });
    // Someone else's token answers like a missing one: its existence is none of the caller's business.
    if (!token || (token.userId !== actor.id && actor.role !== "ADMIN")) {
      throw new AppError("NOT_FOUND", "No API token with that id.");
    }
    if (token.revokedAt) return;
    await tx.apiToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() }, select: { id: true } });
    await recordAudit(tx, { actorId: actor.id, action: "api_token.revoke", targetType: "ApiToken", targetId: tokenId });
  });
}
