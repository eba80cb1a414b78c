import { CHAT_STAFF } from "@/lib/conversation/chat-staff";
import { claimConversation } from "@/lib/conversation/claim-conversation";
import { ZIdParams } from "@/lib/conversation/schemas";
import { withRoute } from "@/lib/http";

export const dynamic = "force-dynamic";

// POST /api/v1/console/conversations/{id}/claim – take a waiting conversation (409 when someone else has it)
export const POST = withRoute({ auth: CHAT_STAFF, params: ZIdParams }, async ({ staff, params }) => ({
  conversation: await claimConversation(staff, params.id),
}));
