import { NextResponse } from "next/server";
import { clientIp } from "@/lib/auth/authorize-credentials";
import { consumeVisitorMessage } from "@/lib/conversation/chat-rate-limit";
import { ZIdParams, ZSendMessage } from "@/lib/conversation/schemas";
import { sendVisitorMessage } from "@/lib/conversation/send-visitor-message";
import { withRoute } from "@/lib/http";
import { requireVisitor } from "@/lib/visitor/require-visitor";

export const dynamic = "force-dynamic";

// POST /api/v1/conversations/{id}/messages – the shopper writes (a retried clientId returns the original)
export const POST = withRoute({ params: ZIdParams, body: ZSendMessage }, async ({ request, params, body }) => {
  const visitor = await requireVisitor(request);
  await consumeVisitorMessage({ ip: clientIp(request.headers), visitorId: visitor.id });
  const { message, created } = await sendVisitorMessage(visitor.id, params.id, body);
  return NextResponse.json({ message }, { status: created ? 201 : 200 });
});
