import { recordFeedback } from "@/lib/article/record-feedback";
import { ZArticleFeedback } from "@/lib/article/schemas";
import { withRoute } from "@/lib/http";

export const dynamic = "force-dynamic";

// POST /api/v1/articles/{articleId}/feedback – "was this helpful?" for one translation → 201 { feedback: { id } }
export const POST = withRoute({ body: ZArticleFeedback, status: 201 }, async ({ body, params }) => {
  const feedback = await recordFeedback({ articleId: params.id, feedback: body });
  return { feedback };
});
