import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword, verifyPassword } from "@/lib/auth/hash-password";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZUpdateAccount, type TUpdateAccount } from "@/lib/user/schemas";

/** A staff member changing their own name and/or password (the current password is checked). */
export async function updateAccount(
  db: Db,
  userId: string,
  input: TUpdateAccount,
): Promise<{ id: string; name: string; email: string }> {
  const { name, currentPassword, newPassword } = ZUpdateAccount.parse(input);
  let passwordHash: string | undefined;
  if (newPassword) {
    const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
    if (!user) throw new AppError("NOT_FOUND", "No user with that id.");
    if (!(await verifyPassword(user.passwordHash, currentPassword ?? ""))) {
      throw new AppError("FORBIDDEN", "The current password is not right.");
    }
    passwordHash = await hashPassword(newPassword);
  }
  return db.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: userId },
      data: { name, passwordHash },
      select: { id: true, name: true, email: true },
    });
    if (passwordHash) {
      await recordAudit(tx, { actorId: userId, action: "user.change_password", targetType: "User", targetId: userId });
    }
    return updated;
  });
}
