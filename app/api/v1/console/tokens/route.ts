import { z } from "zod";
import { createApiToken } from "@/lib/auth/create-api-token";
import { STAFF } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { withRoute } from "@/lib/http";
import { listApiTokens } from "@/lib/user/queries";

export const dynamic = "force-dynamic";

const ZCreateOwnToken = z.object({
  label: z.string().trim().min(1, { error: "must not be empty" }).max(100, { error: "must be at most 100 characters" }),
});

// GET /api/v1/console/tokens – the caller's personal API tokens (never the tokens themselves)
export const GET = withRoute({ auth: STAFF }, async ({ staff }) => ({ tokens: await listApiTokens(staff.id) }));

// POST /api/v1/console/tokens – a new personal API token; the answer is the only time it is shown
export const POST = withRoute({ auth: STAFF, body: ZCreateOwnToken, status: 201 }, async ({ body, staff }) => {
  const { id, token } = await createApiToken(db, { email: staff.email, label: body.label }, { actorId: staff.id });
  return { token: { id, label: body.label, token } };
});
