import { ADMINS } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { withRoute } from "@/lib/http";
import { rotateIdentitySecret } from "@/lib/settings/rotate-identity-secret";

export const dynamic = "force-dynamic";

// POST /api/v1/console/settings/identity-secret – a new identity-verification secret, shown once
export const POST = withRoute({ auth: ADMINS }, async ({ staff }) => rotateIdentitySecret(db, { actorId: staff.id }));
