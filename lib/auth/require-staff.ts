import "server-only";
import { hashApiToken } from "@/lib/auth/create-api-token";
import { sessionUserId } from "@/lib/auth/session-token";
import { staffSelect, type Staff } from "@/lib/auth/staff";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

/** lastUsedAt is a hint for the owner, not an access log: one write per token per minute is enough. */
const LAST_USED_RESOLUTION_MS = 60_000;

async function staffFromApiToken(token: string): Promise<Staff> {
  const found = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, revokedAt: true, user: { select: staffSelect } },
  });
  if (!found || found.revokedAt || found.user.disabledAt) {
    throw new AppError("UNAUTHORIZED", "This API token is not valid: it may have been revoked, or its owner disabled.");
  }
  await db.apiToken.updateMany({
    where: {
      id: found.id,
      OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(Date.now() - LAST_USED_RESOLUTION_MS) } }],
    },
    data: { lastUsedAt: new Date() },
  });
  return toStaff(found.user);
}

async function staffFromSession(cookieHeader: string | null): Promise<Staff | undefined> {
  const userId = await sessionUserId(cookieHeader);
  if (!userId) return undefined;
  // Read on every request, so that disabling an account or changing a role applies at once.
  const user = await db.user.findUnique({ where: { id: userId }, select: staffSelect });
  if (!user || user.disabledAt) throw new AppError("UNAUTHORIZED", "Your account is disabled. Ask an admin for help.");
  return toStaff(user);
}

function toStaff({ id, email, name, role }: Staff): Staff {
  return { id, email, name, role };
}

/**
 * Who is calling, from `Authorization: Bearer <API token>` or else the next-auth session
 * cookie; UNAUTHORIZED when neither identifies an active staff member.
 */
export async function resolveStaffOrThrow(headers: Headers): Promise<Staff> {
  const authorization = headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw new AppError("UNAUTHORIZED", "The Authorization header must be `Bearer <API token>`.");
    return staffFromApiToken(match[1]);
  }
  const staff = await staffFromSession(headers.get("cookie"));
  if (!staff) {
    throw new AppError("UNAUTHORIZED", "Sign in to the console, or send `Authorization: Bearer <API token>`.");
  }
  return staff;
}

/** The calling staff member if their role is one of `roles`; UNAUTHORIZED or FORBIDDEN otherwise. */
export async function requireStaff(request: Request, roles: readonly Role[]): Promise<Staff> {
  const staff = await resolveStaffOrThrow(request.headers);
  if (!roles.includes(staff.role)) {
    throw new AppError("FORBIDDEN", `This needs the role ${roles.join(" or ")}; you are ${staff.role}.`);
  }
  return staff;
}
