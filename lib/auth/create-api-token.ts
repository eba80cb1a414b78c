import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZStaffEmail } from "@/lib/user/create-user";

/** Recognisable in logs and by secret scanners; the rest is 256 random bits. */
export const API_TOKEN_PREFIX = "gch_";

/** What ApiToken.tokenHash stores: SHA-256, hex. A token is random enough that no salt or slow hash is needed. */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export const ZCreateApiToken = z.object({
  email: ZStaffEmail,
  label: z.string().trim().min(1, { error: "must not be empty" }).max(100, { error: "must be at most 100 characters" }),
});

export type TCreateApiToken = z.input<typeof ZCreateApiToken>;

/**
 * Creates a personal API token for a staff member. The token itself is returned once and
 * never stored: only its hash is.
 */
export async function createApiToken(
  db: Db,
  input: TCreateApiToken,
  { actorId }: { actorId?: string } = {},
): Promise<{ id: string; token: string }> {
  const { email, label } = ZCreateApiToken.parse(input);
  const user = await db.user.findUnique({ where: { email }, select: { id: true, disabledAt: true } });
  if (!user) throw new AppError("NOT_FOUND", `No user has the email ${email}.`);
  if (user.disabledAt) throw new AppError("FORBIDDEN", `The account ${email} is disabled.`);
  const token = API_TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const { id } = await db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { userId: user.id, label, tokenHash: hashApiToken(token) },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actorId ?? null,
      action: "api_token.create",
      targetType: "ApiToken",
      targetId: created.id,
      data: { label },
    });
    return created;
  });
  return { id, token };
}
