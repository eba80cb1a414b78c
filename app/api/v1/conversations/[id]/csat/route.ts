import { rateConversation } from "@/lib/conversation/rate-conversation";
import { ZCsat, ZIdParams } from "@/lib/conversation/schemas";
import { withRoute } from "@/lib/http";
import { requireVisitor } from "@/lib/visitor/require-visitor";

export const dynamic = "force-dynamic";

// POST /api/v1/conversations/{id}/csat – the shopper rates a resolved conversation, once
export const POST = withRoute({ params: ZIdParams, body: ZCsat }, async ({ request, params, body }) => {
  const visitor = await requireVisitor(request);
  return rateConversation(visitor.id, params.id, body);
});
