import { NextResponse } from "next/server";
import { clientIp } from "@/lib/auth/authorize-credentials";
import { consumeConversationStart } from "@/lib/conversation/chat-rate-limit";
import { createConversation } from "@/lib/conversation/create-conversation";
import { ZCreateConversation } from "@/lib/conversation/schemas";
import { AppError } from "@/lib/errors";
import { withRoute } from "@/lib/http";
import { findVisitorByToken } from "@/lib/visitor/require-visitor";
import { readVisitorToken } from "@/lib/visitor/visitor-token";

export const dynamic = "force-dynamic";

// POST /api/v1/conversations – a shopper asks for a person (or leaves a message when nobody is there)
export const POST = withRoute({ body: ZCreateConversation }, async ({ request, body }) => {
  const token = readVisitorToken(request);
  const visitor = token ? await findVisitorByToken(token) : undefined;
  if (token !== undefined && !visitor) throw new AppError("UNAUTHORIZED", "This visitor token is not valid.");
  await consumeConversationStart({ ip: clientIp(request.headers), visitorId: visitor?.id });
  const { created, ...result } = await createConversation(body, { visitorToken: token });
  return NextResponse.json(result, { status: created ? 201 : 200 });
});
