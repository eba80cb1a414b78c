import { ADMINS } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { withRoute } from "@/lib/http";
import { ZUpdateUser, ZUserParams } from "@/lib/user/schemas";
import { updateUser } from "@/lib/user/update-user";

export const dynamic = "force-dynamic";

// PATCH /api/v1/console/users/{id} – change a staff account's role, chat capacity, name or disabled state
export const PATCH = withRoute(
  { auth: ADMINS, params: ZUserParams, body: ZUpdateUser },
  async ({ params, body, staff }) => ({ user: await updateUser(db, params.id, body, { actorId: staff.id }) }),
);
