import { CONTENT_EDITORS } from "@/lib/auth/roles";
import { deleteCannedResponse, updateCannedResponse } from "@/lib/canned/save-canned-response";
import { ZCannedResponseParams, ZUpdateCannedResponse } from "@/lib/canned/schemas";
import { db } from "@/lib/db";
import { withRoute } from "@/lib/http";

export const dynamic = "force-dynamic";

// PATCH /api/v1/console/canned-responses/{id} – change a canned response
export const PATCH = withRoute(
  { auth: CONTENT_EDITORS, params: ZCannedResponseParams, body: ZUpdateCannedResponse },
  async ({ params, body }) => ({ cannedResponse: await updateCannedResponse(db, params.id, body) }),
);

// DELETE /api/v1/console/canned-responses/{id} – delete a canned response
export const DELETE = withRoute({ auth: CONTENT_EDITORS, params: ZCannedResponseParams }, async ({ params }) => {
  await deleteCannedResponse(db, params.id);
  return new Response(null, { status: 204 });
});
