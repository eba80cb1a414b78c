import { readdir } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ADMINS, CONTENT_EDITORS, STAFF } from "@/lib/auth/roles";
import { CHAT_STAFF } from "@/lib/conversation/chat-staff";
import type { Role } from "@/lib/generated/prisma/enums";
import { call, sessionOf, tokenOf, type Credentials, type RouteHandler } from "./callers";

// THE table of console API routes and who may call them. The first test fails when a route
// file under app/api/v1/console exports a method that is not listed here, so a new route
// cannot skip the matrix.
const routes: { method: string; path: string; allowed: readonly Role[] }[] = [
  { method: "POST", path: "/api/v1/console/categories", allowed: CONTENT_EDITORS },
  { method: "GET", path: "/api/v1/console/articles", allowed: STAFF },
  { method: "POST", path: "/api/v1/console/articles", allowed: CONTENT_EDITORS },
  { method: "PATCH", path: "/api/v1/console/articles/[id]", allowed: CONTENT_EDITORS },
  { method: "DELETE", path: "/api/v1/console/articles/[id]", allowed: CONTENT_EDITORS },
  { method: "POST", path: "/api/v1/console/articles/[id]/publish", allowed: CONTENT_EDITORS },
  { method: "POST", path: "/api/v1/console/articles/[id]/unpublish", allowed: CONTENT_EDITORS },
  { method: "GET", path: "/api/v1/console/conversations", allowed: CHAT_STAFF },
  { method: "GET", path: "/api/v1/console/conversations/[id]", allowed: CHAT_STAFF },
  { method: "POST", path: "/api/v1/console/conversations/[id]/claim", allowed: CHAT_STAFF },
  { method: "POST", path: "/api/v1/console/conversations/[id]/messages", allowed: CHAT_STAFF },
  { method: "POST", path: "/api/v1/console/conversations/[id]/resolve", allowed: CHAT_STAFF },
  { method: "POST", path: "/api/v1/console/conversations/[id]/transfer", allowed: CHAT_STAFF },
  { method: "POST", path: "/api/v1/console/conversations/[id]/typing", allowed: CHAT_STAFF },
  { method: "PUT", path: "/api/v1/console/presence", allowed: CHAT_STAFF },
  { method: "GET", path: "/api/v1/console/events", allowed: CHAT_STAFF },
  { method: "GET", path: "/api/v1/console/articles/[id]/revisions", allowed: CONTENT_EDITORS },
  { method: "POST", path: "/api/v1/console/revisions/[id]/restore", allowed: CONTENT_EDITORS },
  { method: "GET", path: "/api/v1/console/settings", allowed: ADMINS },
  { method: "PATCH", path: "/api/v1/console/settings", allowed: ADMINS },
  { method: "POST", path: "/api/v1/console/settings/identity-secret", allowed: ADMINS },
  { method: "GET", path: "/api/v1/console/users", allowed: ADMINS },
  { method: "POST", path: "/api/v1/console/users", allowed: ADMINS },
  { method: "PATCH", path: "/api/v1/console/users/[id]", allowed: ADMINS },
  { method: "GET", path: "/api/v1/console/me", allowed: STAFF },
  { method: "PATCH", path: "/api/v1/console/me", allowed: STAFF },
  { method: "GET", path: "/api/v1/console/tokens", allowed: STAFF },
  { method: "POST", path: "/api/v1/console/tokens", allowed: STAFF },
  { method: "DELETE", path: "/api/v1/console/tokens/[id]", allowed: STAFF },
  { method: "GET", path: "/api/v1/console/audit", allowed: ADMINS },
  { method: "GET", path: "/api/v1/console/canned-responses", allowed: STAFF },
  { method: "POST", path: "/api/v1/console/canned-responses", allowed: CONTENT_EDITORS },
  { method: "PATCH", path: "/api/v1/console/canned-responses/[id]", allowed: CONTENT_EDITORS },
  { method: "DELETE", path: "/api/v1/console/canned-responses/[id]", allowed: CONTENT_EDITORS },
];

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];
const root = path.resolve(import.meta.dirname, "../../../../..");
const consoleDir = path.join(root, "app/api/v1/console");

async function routeFiles(): Promise<string[]> {
  const entries = await readdir(consoleDir, { recursive: true });
  return entries.filter((entry) => path.basename(entry) === "route.ts").map((entry) => path.join(consoleDir, entry));
}

async function handlerFor(route: { method: string; path: string }): Promise<RouteHandler> {
  const routeModule = (await import(path.join(root, "app", route.path, "route.ts"))) as Record<string, RouteHandler>;
  return routeModule[route.method];
}

// A body that passes the guard; whether it is valid does not matter here.
const sampleBody: Record<string, unknown> = { POST: {}, PATCH: {} };

type Caller = { name: string; credentials: () => Promise<Credentials>; role?: Role };

const callers: Caller[] = [
  ...(["ADMIN", "EDITOR", "AGENT"] as const).map((role) => ({
    name: `${role} (session)`,
    role,
    credentials: () => sessionOf(role),
  })),
  ...(["ADMIN", "EDITOR", "AGENT"] as const).map((role) => ({
    name: `${role} (API token)`,
    role,
    credentials: () => tokenOf(role),
  })),
  { name: "anonymous", credentials: async () => ({}) },
  { name: "disabled ADMIN (session)", credentials: () => sessionOf("ADMIN", { disabled: true }) },
  { name: "revoked ADMIN token", credentials: () => tokenOf("ADMIN", { revoked: true }) },
  { name: "malformed Authorization", credentials: async () => ({ authorization: "Basic abc" }) },
  { name: "forged session cookie", credentials: async () => ({ cookie: "next-auth.session-token=forged" }) },
];

const resolved = new Map<string, Credentials>();

beforeAll(async () => {
  for (const caller of callers) resolved.set(caller.name, await caller.credentials());
});

describe("console API role matrix", () => {
  it("lists every method of every console route file", async () => {
    const found: string[] = [];
    for (const file of await routeFiles()) {
      const routeModule = (await import(file)) as Record<string, unknown>;
      const routePath = `/${path.relative(path.join(root, "app"), path.dirname(file)).split(path.sep).join("/")}`;
      for (const method of METHODS) if (typeof routeModule[method] === "function") found.push(`${method} ${routePath}`);
    }
    expect(found.sort()).toEqual(routes.map((route) => `${route.method} ${route.path}`).sort());
  });

  const cases = routes.flatMap((route) =>
    callers.map((caller) => {
      const expected = caller.role === undefined ? 401 : route.allowed.includes(caller.role) ? "allowed" : 403;
      return { route, caller, expected };
    }),
  );

  it.each(
    cases.map(
      (entry) => [`${entry.route.method} ${entry.route.path}`, entry.caller.name, entry.expected, entry] as const,
    ),
  )("%s as %s → %s", async (_label, _caller, expected, { route, caller }) => {
    const handler = await handlerFor(route);
    const { status, body } = await call(handler, {
      method: route.method,
      path: route.path.replace("[id]", "no-such-article"),
      params: { id: "no-such-article" },
      body: sampleBody[route.method],
      as: resolved.get(caller.name),
    });
    if (expected === "allowed") {
      expect([401, 403]).not.toContain(status);
      expect(status).toBeLessThan(500);
    } else {
      expect(status).toBe(expected);
      expect(body.error.code).toBe(expected === 401 ? "UNAUTHORIZED" : "FORBIDDEN");
      expect(body.error.message).toEqual(expect.any(String));
    }
  });
});
