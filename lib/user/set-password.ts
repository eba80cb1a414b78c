import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/hash-password";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZPassword, ZStaffEmail } from "@/lib/user/create-user";

export const ZSetPassword = z.object({ email: ZStaffEmail, password: ZPassword });

export type TSetPassword = z.input<typeof ZSetPassword>;

/** Replaces a staff member's password (an admin's reset: the old one is not asked for). */
export async function setPassword(
  db: Db,
  input: TSetPassword,
  { actorId }: { actorId?: string } = {},
): Promise<{ id: string; email: string }> {
  const { email, password } = ZSetPassword.parse(input);
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true } });
  if (!user) throw new AppError("NOT_FOUND", `No user has the email ${email}.`);
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash }, select: { id: true } });
    await recordAudit(tx, {
      actorId: actorId ?? null,
      action: "user.set_password",
      targetType: "User",
      targetId: user.id,
    });
  });
  return user;
}
