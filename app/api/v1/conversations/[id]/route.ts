import { getVisitorConversationOrThrow } from "@/lib/conversation/queries";
import { ZIdParams } from "@/lib/conversation/schemas";
import { withRoute } from "@/lib/http";
import { requireVisitor } from "@/lib/visitor/require-visitor";

export const dynamic = "force-dynamic";

// GET /api/v1/conversations/{id} – the shopper's conversation, its status and messages
export const GET = withRoute({ params: ZIdParams }, async ({ request, params }) => {
  const visitor = await requireVisitor(request);
  return getVisitorConversationOrThrow(visitor.id, params.id);
});
