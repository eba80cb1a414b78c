import { CHAT_STAFF } from "@/lib/conversation/chat-staff";
import { ZPresence } from "@/lib/conversation/schemas";
import { setPresence } from "@/lib/conversation/set-presence";
import { withRoute } from "@/lib/http";

export const dynamic = "force-dynamic";

// PUT /api/v1/console/presence – online, away or offline; coming online hands over waiting chats
export const PUT = withRoute({ auth: CHAT_STAFF, body: ZPresence }, async ({ staff, body }) =>
  setPresence(staff, body.availability),
);
