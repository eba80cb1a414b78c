import { CHAT_STAFF } from "@/lib/conversation/chat-staff";
import { withRoute } from "@/lib/http";
import { openAgentStream } from "@/lib/realtime/chat-hub";
import { acceptsEventStream, lastEventIdOf, notAnEventStream, sseResponse } from "@/lib/realtime/sse";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// GET /api/v1/console/events – SSE for agents: conversation (queue changes), message, typing
export const GET = withRoute({ auth: CHAT_STAFF }, async ({ request, staff }) => {
  if (!acceptsEventStream(request)) return notAnEventStream();
  return sseResponse(request, (writer) => openAgentStream(staff.id, lastEventIdOf(request), writer));
});
