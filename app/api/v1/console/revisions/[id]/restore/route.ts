import { ZArticleParams } from "@/lib/article/console-schemas";
import { restoreRevision } from "@/lib/article/restore-revision";
import { CONTENT_EDITORS } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { withRoute } from "@/lib/http";

export const dynamic = "force-dynamic";

// POST /api/v1/console/revisions/{id}/restore – save a revision's text again, as a new revision
export const POST = withRoute({ auth: CONTENT_EDITORS, params: ZArticleParams }, async ({ params, staff }) =>
  restoreRevision(db, params.id, { authorId: staff.id }),
);
