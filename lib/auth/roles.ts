import type { Role } from "@/lib/generated/prisma/enums";

// Who may do what in the console (issue 4). Routes and pages name one of these lists, so the
// rules live in one place and the role-matrix test can check them.

/** Everyone on staff: agents read articles while they answer chats. */
export const STAFF = ["ADMIN", "EDITOR", "AGENT"] as const satisfies readonly Role[];

/** Writing, publishing and deleting articles and categories. */
export const CONTENT_EDITORS = ["ADMIN", "EDITOR"] as const satisfies readonly Role[];

/** Users, settings, the audit log. */
export const ADMINS = ["ADMIN"] as const satisfies readonly Role[];

export function hasRole(role: Role, allowed: readonly Role[]): boolean {
  return allowed.includes(role);
}
