import { z } from "zod";
import { STAFF } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { withRoute } from "@/lib/http";
import { revokeApiToken } from "@/lib/user/revoke-api-token";

export const dynamic = "force-dynamic";

// DELETE /api/v1/console/tokens/{id} – revoke a personal API token (one's own; admins any)
export const DELETE = withRoute(
  { auth: STAFF, params: z.object({ id: z.string().trim().min(1).max(64) }) },
  async ({ params, staff }) => {
    await revokeApiToken(db, params.id, staff);
    return new Response(null, { status: 204 });
  },
);
