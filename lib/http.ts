import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { requireStaff } from "@/lib/auth/require-staff";
import type { Staff } from "@/lib/auth/staff";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

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

type Roles = readonly Role[] | undefined;

type Handler<Q, B, P, A extends Roles> = (input: {
  request: NextRequest;
  query: Q;
  body: B;
  params: P;
  /** The caller, when the route names the roles it allows with `auth`. */
  staff: A extends readonly Role[] ? Staff : undefined;
}) => Promise<Response | unknown>;

/**
 * Wraps a route handler: with `auth`, resolves the staff caller (session cookie or API token)
 * and checks their role first (401/403); validates `params`, `query` (search params) and
 * `body` (JSON) with zod; calls the handler, and serialises its result as JSON (a Response is
 * passed through untouched).
 */
export function withRoute<Q = undefined, B = undefined, P = Record<string, string>, A extends Roles = undefined>(
  options: { auth?: A; params?: z.ZodType<P>; query?: z.ZodType<Q>; body?: z.ZodType<B>; status?: number },
  handler: Handler<Q, B, P, A>,
) {
  return async (request: NextRequest, context: RouteContext<P>): Promise<Response> => {
    try {
      const staff = (options.auth ? await requireStaff(request, options.auth) : undefined) as Parameters<
        Handler<Q, B, P, A>
      >[0]["staff"];
      const rawParams = (await context?.params) ?? ({} as P);
      const params = options.params ? options.params.parse(rawParams) : rawParams;
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
      const result = await handler({ request, query, body, params, staff });
      if (result instanceof Response) return result;
      return NextResponse.json(result, { status: options.status ?? 200 });
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}
