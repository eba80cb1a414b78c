import { CHAT_STAFF } from "@/lib/conversation/chat-staff";
import { ZIdParams, ZTyping } from "@/lib/conversation/schemas";
import { sendTyping } from "@/lib/conversation/send-typing";
import { withRoute } from "@/lib/http";

export const dynamic = "force-dynamic";

// POST /api/v1/console/conversations/{id}/typing – the agent is typing (shown to the shopper, not stored)
export const POST = withRoute({ auth: CHAT_STAFF, params: ZIdParams, body: ZTyping }, async ({ staff, params, body }) =>
  sendTyping({ agentId: staff.id }, params.id, body.typing),
);
