import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

// Every route handler goes through withRoute: it parses input with zod and turns every error
// into the one JSON error shape, in one place.

export type ErrorBody = { error: { code: string; message: string; details?: unknown } };

export function errorResponse(
  status: number,
  code: string,
  message: string,
  details?: unknown,
): NextResponse<ErrorBody> {
  return NextResponse.json({ error: { code, message, ...(details === undefined ? {} : { details }) } }, { status });
}

function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
    .join("; ");
}

/** Maps anything thrown by a handler to an HTTP response; unexpected errors are logged once and leak nothing. */
export function toErrorResponse(error: unknown): NextResponse<ErrorBody> {
  if (error instanceof AppError) return errorResponse(error.status, error.code, error.message, error.details);
  if (error instanceof z.ZodError) return errorResponse(400, "INVALID_INPUT", describeZodError(error));
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2002") return errorResponse(409, "CONFLICT", "That already exists.");
    if (error.code === "P2025") return errorResponse(404, "NOT_FOUND", "Not found.");
  }
  console.error(error);
  return errorResponse(500, "INTERNAL", "Something went wrong on our side. Please try again.");
}

type RouteContext<P> = { params: Promise<P> };

type Handler<Q, B, P> = (input: { request: NextRequest; query: Q; body: B; params: P }) => Promise<Response | unknown>;

/**
 * Wraps a route handler: validates `query` (search params) and `body` (JSON) with zod, calls
 * the handler, and serialises its result as JSON (a Response is passed through untouched).
 */
export function withRoute<Q = undefined, B = undefined, P = Record<string, string>>(
  options: { query?: z.ZodType<Q>; body?: z.ZodType<B>; status?: number },
  handler: Handler<Q, B, P>,
) {
  return async (request: NextRequest, context: RouteContext<P>): Promise<Response> => {
    try {
      const params = (await context?.params) ?? ({} as P);
      const query = options.query
        ? options.query.parse(Object.fromEntries(request.nextUrl.searchParams))
        : (undefined as Q);
      let body = undefined as B;
      if (options.body) {
        const raw = await request.json().catch(() => {
          throw new AppError("INVALID_INPUT", "The request body must be JSON.");
        });
        body = options.body.parse(raw);
      }
      const result = await handler({ request, query, body, params });
      if (result instanceof Response) return result;
      return NextResponse.json(result, { status: options.status ?? 200 });
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}
