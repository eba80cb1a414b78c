import { randomBytes, randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { POST as createRoute } from "@/app/api/v1/conversations/route";
import { db } from "@/lib/db";
import type { RouteHandler } from "../console/callers";

// The shopper side of the chat API, called as the browser would (bearer token, own address).

/** A distinct client address, so per-IP limits do not mix tests up. */
export function someIp(): string {
  return `10.${randomBytes(3).join(".")}`;
}

export async function shopperCall<P extends Record<string, string>>(
  handler: RouteHandler<P>,
  {
    method = "POST",
    path,
    params = {} as P,
    body,
    token,
    ip = someIp(),
    headers = {},
  }: {
    method?: string;
    path: string;
    params?: P;
    body?: unknown;
    token?: string;
    ip?: string;
    headers?: Record<string, string>;
  },
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<{ status: number; body: any }> {
  const all = new Headers(headers);
  all.set("x-forwarded-for", ip);
  if (token) all.set("authorization", `Bearer ${token}`);
  if (body !== undefined) all.set("content-type", "application/json");
  const response = await handler(
    new NextRequest(new URL(path, "http://test.local"), {
      method,
      headers: all,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
    { params: Promise.resolve(params) },
  );
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

export async function startConversation(
  body: Record<string, unknown> = {},
  options: { token?: string; ip?: string } = {},
) {
  return shopperCall(createRoute, {
    path: "/api/v1/conversations",
    body: { message: "Where is my order?", locale: "en", clientId: randomUUID(), ...body },
    ...options,
  });
}

/** Puts an agent online (directly: the presence route has its own tests). */
export async function setOnline(userId: string, maxConcurrentChats = 3) {
  await db.user.update({ where: { id: userId }, data: { availability: "ONLINE", maxConcurrentChats } });
}

export async function everyoneOffline() {
  await db.user.updateMany({ data: { availability: "OFFLINE" } });
}
