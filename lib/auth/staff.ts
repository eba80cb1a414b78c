import type { Role } from "@/lib/generated/prisma/enums";

/** The signed-in staff member a request acts for. */
export type Staff = { id: string; email: string; name: string; role: Role };

export const staffSelect = { id: true, email: true, name: true, role: true, disabledAt: true } as const;
