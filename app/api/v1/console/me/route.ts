import { STAFF } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { withRoute } from "@/lib/http";
import { ZUpdateAccount } from "@/lib/user/schemas";
import { updateAccount } from "@/lib/user/update-account";

export const dynamic = "force-dynamic";

// GET /api/v1/console/me – who is calling
export const GET = withRoute({ auth: STAFF }, async ({ staff }) => ({ user: staff }));

// PATCH /api/v1/console/me – change one's own name or password (the current one is needed)
export const PATCH = withRoute({ auth: STAFF, body: ZUpdateAccount }, async ({ body, staff }) => ({
  user: await updateAccount(db, staff.id, body),
}));
