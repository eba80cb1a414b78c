import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/auth-options";
import { BLOCK_SECONDS } from "@/lib/auth/sign-in-rate-limit";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ nextauth: string[] }> };

function handle(request: NextRequest, context: Context): Promise<Response> {
  return NextAuth(request, context, authOptions());
}

// GET /api/auth/* – next-auth: CSRF token, session, providers, sign-out page
export const GET = handle;

// POST /api/auth/* – next-auth: sign in with email and password, sign out
export async function POST(request: NextRequest, context: Context): Promise<Response> {
  const response = await handle(request, context);
  const { nextauth } = await context.params;
  if (nextauth.join("/") !== "callback/credentials" || response.status !== 401) return response;
  // next-auth answers every refused sign-in with 401; a rate-limited one deserves 429 and a
  // Retry-After, while keeping the `{ url }` body its client library reads the error from.
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { url?: string } | null;
  if (!body?.url || new URL(body.url, request.url).searchParams.get("error") !== "RateLimited") return response;
  const headers = new Headers(response.headers);
  headers.set("Retry-After", String(BLOCK_SECONDS));
  return Response.json(
    {
      url: body.url,
      error: {
        code: "RATE_LIMITED",
        message: `Too many sign-in attempts. Wait ${BLOCK_SECONDS / 60} minutes, then try again.`,
      },
    },
    { status: 429, headers },
  );
}
