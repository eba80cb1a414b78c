import { CHAT_STAFF } from "@/lib/conversation/chat-staff";
import { getConsoleConversationOrThrow } from "@/lib/conversation/queries";
import { ZIdParams } from "@/lib/conversation/schemas";
import { withRoute } from "@/lib/http";

export const dynamic = "force-dynamic";

// GET /api/v1/console/conversations/{id} – one conversation with the shopper's context and messages
export const GET = withRoute({ auth: CHAT_STAFF, params: ZIdParams }, async ({ params }) =>
  getConsoleConversationOrThrow(params.id),
);
