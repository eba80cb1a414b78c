import type { Role } from "@/lib/generated/prisma/enums";

/** Who takes chats: agents and admins. Editors write articles and get 403 on chat routes. */
export const CHAT_STAFF = ["ADMIN", "AGENT"] as const satisfies readonly Role[];
