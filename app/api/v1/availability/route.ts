import { loadAvailability } from "@/lib/conversation/queue-status";
import { ZAvailabilityQuery } from "@/lib/conversation/schemas";
import { withRoute } from "@/lib/http";

export const dynamic = "force-dynamic";

// GET /api/v1/availability – is a person reachable now, and the honest wait for a new chat
export const GET = withRoute({ query: ZAvailabilityQuery }, async () => loadAvailability());
