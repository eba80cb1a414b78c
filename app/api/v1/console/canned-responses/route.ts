import { CONTENT_EDITORS, STAFF } from "@/lib/auth/roles";
import { listCannedResponses } from "@/lib/canned/queries";
import { createCannedResponse } from "@/lib/canned/save-canned-response";
import { ZCannedResponseInput, ZCannedResponseQuery } from "@/lib/canned/schemas";
import { db } from "@/lib/db";
import { withRoute } from "@/lib/http";

export const dynamic = "force-dynamic";

// GET /api/v1/console/canned-responses?locale= – canned responses (agents read them in the inbox)
export const GET = withRoute({ auth: STAFF, query: ZCannedResponseQuery }, async ({ query }) => ({
  cannedResponses: await listCannedResponses(query),
}));

// POST /api/v1/console/canned-responses – create a canned response
export const POST = withRoute({ auth: CONTENT_EDITORS, body: ZCannedResponseInput, status: 201 }, async ({ body }) => ({
  cannedResponse: await createCannedResponse(db, body),
}));
