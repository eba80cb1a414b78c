import { ZIdParams } from "@/lib/conversation/schemas";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { withRoute } from "@/lib/http";
import { openShopperStream } from "@/lib/realtime/chat-hub";
import { acceptsEventStream, lastEventIdOf, notAnEventStream, sseResponse } from "@/lib/realtime/sse";
import { requireVisitor } from "@/lib/visitor/require-visitor";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /api/v1/conversations/{id}/events – SSE for the shopper: message, status, typing (honours Last-Event-ID)
export const GET = withRoute({ params: ZIdParams }, async ({ request, params }) => {
  // EventSource cannot send headers: the token may come as ?token= here, and only here.
  const visitor = await requireVisitor(request, { allowQuery: true });
  const conversation = await db.conversation.findUnique({ where: { id: params.id }, select: { visitorId: true } });
  if (!conversation || conversation.visitorId !== visitor.id) throw new AppError("NOT_FOUND", "No such conversation.");
  if (!acceptsEventStream(request)) return notAnEventStream();
  const lastEventId = lastEventIdOf(request);
  return sseResponse(request, (writer) => openShopperStream(params.id, lastEventId, writer));
});
