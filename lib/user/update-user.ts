import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZUpdateUser, type TUpdateUser } from "@/lib/user/schemas";
import { userSelect, type UserRow } from "@/lib/user/queries";

/**
 * An admin's change to a staff account (role, chat capacity, name, disabled), audit-logged
 * with what changed. A disabled user's sessions and API tokens stop working at once, since
 * every request reads the account. Admins cannot disable or demote themselves, so the console
 * always keeps one admin who can undo mistakes.
 */
export async function updateUser(
  db: Db,
  userId: string,
  input: TUpdateUser,
  { actorId }: { actorId: string },
): Promise<UserRow> {
  const { role, maxConcurrentChats, name, disabled } = ZUpdateUser.parse(input);
  if (userId === actorId && (disabled === true || (role !== undefined && role !== "ADMIN"))) {
    throw new AppError("CONFLICT", "You cannot disable your own account or take away your own admin role.");
  }
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: userSelect });
    if (!before) throw new AppError("NOT_FOUND", "No user with that id.");
    const disabledAt = disabled === undefined ? undefined : disabled ? (before.disabledAt ?? new Date()) : null;
    const after = await tx.user.update({
      where: { id: userId },
      data: { role, maxConcurrentChats, name, disabledAt },
      select: userSelect,
    });
    const changes: Record<string, { from: string | number | boolean; to: string | number | boolean }> =
      Object.fromEntries(
        (["role", "maxConcurrentChats", "name"] as const)
          .filter((key) => after[key] !== before[key])
          .map((key) => [key, { from: before[key], to: after[key] }]),
      );
    if (!!before.disabledAt !== !!after.disabledAt)
      changes.disabled = { from: !!before.disabledAt, to: !!after.disabledAt };
    if (Object.keys(changes).length) {
      const action =
        "disabled" in changes
          ? after.disabledAt
            ? "user.disable"
            : "user.enable"
          : "role" in changes
            ? "user.role"
            : "user.update";
      await recordAudit(tx, { actorId, action, targetType: "User", targetId: userId, data: changes });
    }
    return after;
  });
}
