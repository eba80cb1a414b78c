import { z } from "zod";
import { ADMINS } from "@/lib/auth/roles";
import { listAuditEntries } from "@/lib/console/queries";
import { withRoute } from "@/lib/http";

export const dynamic = "force-dynamic";

const ZAuditQuery = z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1) });

// GET /api/v1/console/audit?page= – the audit log, newest first, 50 entries a page
export const GET = withRoute({ auth: ADMINS, query: ZAuditQuery }, async ({ query }) => listAuditEntries(query.page));
