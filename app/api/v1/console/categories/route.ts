import { ZCreateCategory } from "@/lib/article/console-schemas";
import { CONTENT_EDITORS } from "@/lib/auth/roles";
import { createCategory } from "@/lib/console/create-category";
import { db } from "@/lib/db";
import { withRoute } from "@/lib/http";

export const dynamic = "force-dynamic";

// POST /api/v1/console/categories – create a category with its translations
export const POST = withRoute({ auth: CONTENT_EDITORS, body: ZCreateCategory, status: 201 }, async ({ body }) => ({
  category: await createCategory(db, body),
}));
