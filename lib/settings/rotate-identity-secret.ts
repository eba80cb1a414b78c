import "server-only";
import { randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { SETTING_KEYS } from "@/lib/settings/schemas";

/**
 * Makes a new identity-verification secret (the shop signs its shoppers' ids with it) and
 * returns it: the console shows it once, then only its last characters. The old one stops
 * verifying at once.
 */
export async function rotateIdentitySecret(db: Db, { actorId }: { actorId: string }): Promise<{ secret: string }> {
  const secret = randomBytes(32).toString("base64url");
  const key = SETTING_KEYS.identitySecret;
  await db.$transaction(async (tx) => {
    await tx.setting.upsert({ where: { key }, create: { key, value: secret }, update: { value: secret } });
    await recordAudit(tx, { actorId, action: "settings.identity_secret.rotate", targetType: "Setting", targetId: key });
  });
  return { secret };
}
