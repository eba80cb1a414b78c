import { CHAT_STAFF } from "@/lib/conversation/chat-staff";
import { ZIdParams, ZTransfer } from "@/lib/conversation/schemas";
import { transferConversation } from "@/lib/conversation/transfer-conversation";
import { withRoute } from "@/lib/http";

export const dynamic = "force-dynamic";

// POST /api/v1/console/conversations/{id}/transfer – hand it to another agent: { assigneeId }
export const POST = withRoute(
  { auth: CHAT_STAFF, params: ZIdParams, body: ZTransfer },
  async ({ staff, params, body }) => ({
    conversation: await transferConversation(staff, params.id, body.assigneeId),
  }),
);
