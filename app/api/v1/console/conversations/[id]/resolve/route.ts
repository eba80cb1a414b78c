import { CHAT_STAFF } from "@/lib/conversation/chat-staff";
import { resolveConversation } from "@/lib/conversation/resolve-conversation";
import { ZIdParams } from "@/lib/conversation/schemas";
import { withRoute } from "@/lib/http";

export const dynamic = "force-dynamic";

// POST /api/v1/console/conversations/{id}/resolve – close it; the shopper may now rate it
export const POST = withRoute({ auth: CHAT_STAFF, params: ZIdParams }, async ({ staff, params }) => ({
  conversation: await resolveConversation(staff, params.id),
}));
