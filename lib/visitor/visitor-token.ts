import "server-only";
import { createHash, createHmac, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

/** Recognisable in logs and by secret scanners; the rest is 256 bits. */
export const VISITOR_TOKEN_PREFIX = "gv_";

/** What Visitor.tokenHash stores: SHA-256, hex. The token is random enough that no salt is needed. */
export function hashVisitorToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function generateVisitorToken(): string {
  return VISITOR_TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

/**
 * The token of a first conversation started with `clientId` (a random UUID the page made):
 * a retried create whose answer was lost gets the same visitor and token back, without the
 * server keeping the token anywhere. Only whoever knows the clientId can derive it.
 */
export function visitorTokenForClientId(clientId: string): string {
  return (
    VISITOR_TOKEN_PREFIX + createHmac("sha256", env().NEXTAUTH_SECRET).update(`visitor:${clientId}`).digest("base64url")
  );
}

/** The bearer token of a request; `?token=` only where allowed (EventSource cannot send headers). */
export function readVisitorToken(request: Request, { allowQuery = false } = {}): string | undefined {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    return match?.[1] ?? "";
  }
  if (allowQuery) return new URL(request.url).searchParams.get("token") ?? undefined;
  return undefined;
}
