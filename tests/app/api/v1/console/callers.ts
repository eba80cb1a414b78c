import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { createApiToken } from "@/lib/auth/create-api-token";
import { sessionCookieFor } from "@/lib/auth/session-token";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { createUser } from "@/lib/user/create-user";

export type RouteHandler<P = Record<string, string>> = (
  request: NextRequest,
  context: { params: Promise<P> },
) => Promise<Response>;

/** What a request carries to say who it is. */
export type Credentials = { cookie?: string; authorization?: string };

export async function createStaff(role: Role, { disabled = false } = {}) {
  const user = await createUser(db, {
    email: `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@shop.example`,
    password: "a-long-enough-password",
    role,
  });
  if (disabled) await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
  return user;
}

/** A signed-in browser: the next-auth session cookie of a new user with `role`. */
export async function sessionOf(
  role: Role,
  options: { disabled?: boolean } = {},
): Promise<Credentials & { userId: string }> {
  const user = await createStaff(role, options);
  return { cookie: await sessionCookieFor(user.id), userId: user.id };
}

/** An API client: a personal token of a new user with `role`. */
export async function tokenOf(
  role: Role,
  { revoked = false } = {},
): Promise<Credentials & { userId: string; tokenId: string }> {
  const user = await createStaff(role);
  const { id, token } = await createApiToken(db, { email: user.email, label: "tests" });
  if (revoked) await db.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
  return { authorization: `Bearer ${token}`, userId: user.id, tokenId: id };
}

export async function call<P extends Record<string, string>>(
  handler: RouteHandler<P>,
  {
    method,
    path,
    params = {} as P,
    body,
    as = {},
  }: { method: string; path: string; params?: P; body?: unknown; as?: Credentials },
  // Assertions read whatever JSON came back.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<{ status: number; body: any }> {
  const headers = new Headers();
  if (as.cookie) headers.set("cookie", as.cookie);
  if (as.authorization) headers.set("authorization", as.authorization);
  if (body !== undefined) headers.set("content-type", "application/json");
  const response = await handler(
    new NextRequest(new URL(path, "http://test.local"), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
    { params: Promise.resolve(params) },
  );
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}
