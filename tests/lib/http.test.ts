import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { withRoute } from "@/lib/http";

type RouteHandler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

function call(handler: RouteHandler, url: string, init?: RequestInit, params: Record<string, string> = {}) {
  return handler(new NextRequest(new URL(url, "http://test.local"), init as never), {
    params: Promise.resolve(params),
  });
}

describe("withRoute", () => {
  const echo = withRoute(
    { query: z.object({ q: z.string().min(1).max(5) }), body: z.object({ n: z.number().int() }), status: 201 },
    async ({ query, body, params }) => ({ q: query.q, n: body.n, params }),
  );

  it("passes parsed input to the handler and serialises its result", async () => {
    const response = await call(echo, "/x?q=abc", { method: "POST", body: JSON.stringify({ n: 2 }) }, { id: "7" });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ q: "abc", n: 2, params: { id: "7" } });
  });

  it("answers 400 naming the bad field", async () => {
    const response = await call(echo, "/x?q=toolong", { method: "POST", body: JSON.stringify({ n: 1.5 }) });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.message).toMatch(/^q: /);
  });

  it("answers 400 when the body is not JSON", async () => {
    const response = await call(echo, "/x?q=a", { method: "POST", body: "{oops" });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe("The request body must be JSON.");
  });

  it("maps AppError codes to their status", async () => {
    const handler = withRoute({}, async () => {
      throw new AppError("NOT_FOUND", "No article at that address.");
    });
    const response = await call(handler, "/x");
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: "No article at that address." } });
  });

  it("maps a unique-constraint violation to 409", async () => {
    const handler = withRoute({}, async () => {
      await db.setting.create({ data: { key: "dup", value: 1 } });
      await db.setting.create({ data: { key: "dup", value: 2 } });
    });
    expect((await call(handler, "/x")).status).toBe(409);
  });

  it("turns anything unexpected into a 500 that leaks nothing", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const handler = withRoute({}, async () => {
      throw new Error("password=hunter2 at db.internal");
    });
    const response = await call(handler, "/x");
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain("hunter2");
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });
});
