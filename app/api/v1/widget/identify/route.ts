import { withRoute } from "@/lib/http";
import { verifyIdentity, ZIdentity } from "@/lib/widget/verify-identity";

export const dynamic = "force-dynamic";

// POST /api/v1/widget/identify – checks the signed customer identity a shop page passed to the widget
export const POST = withRoute({ body: ZIdentity }, async ({ body }) => {
  const identity = await verifyIdentity(body);
  return { verified: identity.verified, identity };
});
