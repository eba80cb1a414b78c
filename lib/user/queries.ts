import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

export const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  maxConcurrentChats: true,
  disabledAt: true,
  lastSeenAt: true,
  createdAt: true,
} as const;

export type UserRow = {
  id: string;
  email: string;
  name: string;
  role: Role;
  maxConcurrentChats: number;
  disabledAt: Date | null;
  lastSeenAt: Date | null;
  createdAt: Date;
};

/** Every staff account, active ones first, then by name. */
export async function listUsers(): Promise<UserRow[]> {
  const users = await db.user.findMany({ select: userSelect, orderBy: [{ name: "asc" }, { email: "asc" }] });
  return users.sort((a, b) => Number(!!a.disabledAt) - Number(!!b.disabledAt));
}

export type ApiTokenRow = {
  id: string;
  label: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

/** A staff member's personal API tokens (never their hashes), newest first. */
export async function listApiTokens(userId: string): Promise<ApiTokenRow[]> {
  return db.apiToken.findMany({
    where: { userId },
    select: { id: true, label: true, createdAt: true, lastUsedAt: true, revokedAt: true },
    orderBy: { createdAt: "desc" },
  });
}
