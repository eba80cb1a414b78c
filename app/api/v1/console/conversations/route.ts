import { CHAT_STAFF } from "@/lib/conversation/chat-staff";
import { listConsoleConversations } from "@/lib/conversation/queries";
import { ZConsoleConversationQuery } from "@/lib/conversation/schemas";
import { withRoute } from "@/lib/http";

export const dynamic = "force-dynamic";

// GET /api/v1/console/conversations – inbox lists: ?status=QUEUED|ACTIVE|OFFLINE|RESOLVED&mine=1
export const GET = withRoute({ auth: CHAT_STAFF, query: ZConsoleConversationQuery }, async ({ staff, query }) =>
  listConsoleConversations(staff, query),
);
