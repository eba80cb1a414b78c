import { NextResponse } from "next/server";
import { CHAT_STAFF } from "@/lib/conversation/chat-staff";
import { ZIdParams, ZSendMessage } from "@/lib/conversation/schemas";
import { sendAgentMessage } from "@/lib/conversation/send-agent-message";
import { withRoute } from "@/lib/http";

export const dynamic = "force-dynamic";

// POST /api/v1/console/conversations/{id}/messages – an agent answers (a retried clientId returns the original)
export const POST = withRoute(
  { auth: CHAT_STAFF, params: ZIdParams, body: ZSendMessage },
  async ({ staff, params, body }) => {
    const { message, created } = await sendAgentMessage(staff, params.id, body);
    return NextResponse.json({ message }, { status: created ? 201 : 200 });
  },
);
