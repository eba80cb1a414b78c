import { ADMINS } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { withRoute } from "@/lib/http";
import { loadAdminSettings } from "@/lib/settings/queries";
import { ZUpdateSettings } from "@/lib/settings/schemas";
import { updateSettings } from "@/lib/settings/update-settings";

export const dynamic = "force-dynamic";

// GET /api/v1/console/settings – every admin setting (the identity secret only as a hint)
export const GET = withRoute({ auth: ADMINS }, async () => ({ settings: await loadAdminSettings() }));

// PATCH /api/v1/console/settings – change some settings; audit-logged
export const PATCH = withRoute({ auth: ADMINS, body: ZUpdateSettings }, async ({ body, staff }) => {
  await updateSettings(db, body, { actorId: staff.id });
  return { settings: await loadAdminSettings() };
});
