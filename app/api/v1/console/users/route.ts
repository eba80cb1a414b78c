import { ADMINS } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { withRoute } from "@/lib/http";
import { createUser, ZCreateUser } from "@/lib/user/create-user";
import { listUsers } from "@/lib/user/queries";

export const dynamic = "force-dynamic";

// GET /api/v1/console/users – every staff account
export const GET = withRoute({ auth: ADMINS }, async () => ({ users: await listUsers() }));

// POST /api/v1/console/users – create a staff account
export const POST = withRoute({ auth: ADMINS, body: ZCreateUser, status: 201 }, async ({ body, staff }) => ({
  user: await createUser(db, body, { actorId: staff.id }),
}));
