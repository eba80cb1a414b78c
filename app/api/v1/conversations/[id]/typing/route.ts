import { ZIdParams, ZTyping } from "@/lib/conversation/schemas";
import { sendTyping } from "@/lib/conversation/send-typing";
import { withRoute } from "@/lib/http";
import { requireVisitor } from "@/lib/visitor/require-visitor";

export const dynamic = "force-dynamic";

// POST /api/v1/conversations/{id}/typing – the shopper is typing (shown to the agent, not stored)
export const POST = withRoute({ params: ZIdParams, body: ZTyping }, async ({ request, params, body }) => {
  const visitor = await requireVisitor(request);
  return sendTyping({ visitorId: visitor.id }, params.id, body.typing);
});
