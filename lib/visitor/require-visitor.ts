import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashVisitorToken, readVisitorToken } from "@/lib/visitor/visitor-token";

export type VisitorCaller = { id: string; token: string };

/** The visitor a token belongs to, or undefined when the token is unknown. */
export async function findVisitorByToken(token: string): Promise<VisitorCaller | undefined> {
  const visitor = await db.visitor.findUnique({ where: { tokenHash: hashVisitorToken(token) }, select: { id: true } });
  return visitor ? { id: visitor.id, token } : undefined;
}

/** The calling shopper, from `Authorization: Bearer <visitorToken>` (or `?token=` when allowed). */
export async function requireVisitor(request: Request, options: { allowQuery?: boolean } = {}): Promise<VisitorCaller> {
  const token = readVisitorToken(request, options);
  if (!token) {
    throw new AppError(
      "UNAUTHORIZED",
      "Send the visitor token you got when the conversation started: `Authorization: Bearer <visitorToken>`.",
    );
  }
  const visitor = await findVisitorByToken(token);
  if (!visitor) throw new AppError("UNAUTHORIZED", "This visitor token is not valid.");
  return visitor;
}
