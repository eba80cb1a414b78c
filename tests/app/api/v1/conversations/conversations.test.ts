import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as availabilityRoute } from "@/app/api/v1/availability/route";
import { POST as csatRoute } from "@/app/api/v1/conversations/[id]/csat/route";
import { POST as messagesRoute } from "@/app/api/v1/conversations/[id]/messages/route";
import { GET as getRoute } from "@/app/api/v1/conversations/[id]/route";
import { POST as resolveRoute } from "@/app/api/v1/console/conversations/[id]/resolve/route";
import { CHAT_LIMITS } from "@/lib/conversation/chat-rate-limit";
import { db } from "@/lib/db";
import { hashVisitorToken } from "@/lib/visitor/visitor-token";
import { call, sessionOf, type Credentials } from "../console/callers";
import { everyoneOffline, setOnline, shopperCall, someIp, startConversation } from "./shopper";

let agent: Credentials & { userId: string };

beforeAll(async () => {
  agent = await sessionOf("AGENT");
  // Conversations stay QUEUED here (auto-assignment has its own tests).
  await db.setting.create({ data: { key: "chat.autoAssign", value: false } });
});

beforeEach(async () => {
  await everyoneOffline();
  await setOnline(agent.userId, 1);
});

const sendMessage = (id: string, token: string | undefined, body: unknown, ip?: string) =>
  shopperCall(messagesRoute, { path: `/api/v1/conversations/${id}/messages`, params: { id }, body, token, ip });

const getConversation = (id: string, token?: string) =>
  shopperCall(getRoute, { method: "GET", path: `/api/v1/conversations/${id}`, params: { id }, token });

describe("POST /api/v1/conversations", () => {
  it("creates a queued conversation with its context and answers the DESIGN shape", async () => {
    await db.searchEvent.create({
      data: {
        id: "search-0001",
        query: "refund gift card",
        normalizedQuery: "refund gift card",
        locale: "en",
        resultCount: 0,
      },
    });
    const { status, body } = await startConversation({
      message: "  I cannot pay with my card  ",
      topic: "CHECKOUT",
      email: "shopper@example.com",
      name: "Ada",
      searchId: "search-0001",
      query: "refund gift card",
      pageUrl: "https://shop.example/checkout",
      articlesViewed: ["art-1", "art-2"],
      context: { cartTotal: 129.9, plan: "gold" },
    });
    expect(status).toBe(201);
    expect(body).toEqual({
      conversation: {
        id: expect.any(String),
        status: "QUEUED",
        topic: "CHECKOUT",
        position: 1,
        estimatedWaitSeconds: expect.any(Number),
        offerEmail: expect.any(Boolean),
      },
      visitorToken: expect.stringMatching(/^gv_/),
    });
    const stored = await db.conversation.findUniqueOrThrow({
      where: { id: body.conversation.id },
      include: {
        messages: true,
        visitor: { select: { email: true, name: true, tokenHash: true } },
        searchEvents: true,
      },
    });
    expect(stored).toMatchObject({
      priority: 10,
      searchQuery: "refund gift card",
      pageUrl: "https://shop.example/checkout",
      articlesViewed: ["art-1", "art-2"],
      context: { cartTotal: 129.9, plan: "gold" },
    });
    expect(stored.messages.map((message) => message.body)).toEqual(["I cannot pay with my card"]);
    expect(stored.visitor).toEqual({
      email: "shopper@example.com",
      name: "Ada",
      tokenHash: hashVisitorToken(body.visitorToken),
    });
    expect(stored.searchEvents.map((event) => event.id)).toEqual(["search-0001"]);
    // The token itself is nowhere in the database.
    expect(JSON.stringify(await db.visitor.findMany({ select: { tokenHash: true } }))).not.toContain(body.visitorToken);
  });

  it("answers 400 naming each bad field", async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ message: "" }, /message: must not be empty/],
      [{ message: "x".repeat(5001) }, /message: must be at most 5000 characters/],
      [{ topic: "SHIPPING" }, /topic: must be one of PRODUCT, CHECKOUT, AFTER_SALES, ACCOUNT, OTHER/],
      [{ email: "not-an-email" }, /email: must be an email address/],
      [{ locale: "de" }, /locale: must be one of en, fr/],
      [{ context: { blob: "x".repeat(9000) } }, /context: must be at most 8192 bytes of JSON/],
      [{ context: [1, 2] }, /context: must be a JSON object/],
      [{ clientId: "short" }, /clientId: must be 8–100/],
    ];
    for (const [body, message] of cases) {
      const response = await startConversation(body);
      expect(response.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(response.body.error.code).toBe("INVALID_INPUT");
      expect(response.body.error.message).toMatch(message);
    }
    const notJson = await shopperCall((await import("@/app/api/v1/conversations/route")).POST, {
      path: "/api/v1/conversations",
      headers: { "content-type": "application/json" },
    });
    expect(notJson.status).toBe(400);
  });

  it("is idempotent by clientId: a retry gets the same conversation and token, nothing duplicated", async () => {
    const clientId = randomUUID();
    const first = await startConversation({ clientId });
    const retry = await startConversation({ clientId });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(200);
    expect(retry.body.conversation.id).toBe(first.body.conversation.id);
    expect(retry.body.visitorToken).toBe(first.body.visitorToken);
    expect(await db.message.count({ where: { conversationId: first.body.conversation.id } })).toBe(1);
    const racing = await Promise.all(
      Array.from({ length: 5 }, () => startConversation({ clientId: `race-${clientId}` })),
    );
    expect(new Set(racing.map((response) => response.body.conversation.id)).size).toBe(1);
  });

  it("with a visitor token, starts another conversation for the same visitor; a bad token is 401", async () => {
    const first = await startConversation();
    const second = await startConversation({}, { token: first.body.visitorToken });
    expect(second.status).toBe(201);
    expect(second.body.visitorToken).toBe(first.body.visitorToken);
    const visitors = await db.conversation.findMany({
      where: { id: { in: [first.body.conversation.id, second.body.conversation.id] } },
      select: { visitorId: true },
    });
    expect(new Set(visitors.map((row) => row.visitorId)).size).toBe(1);
    const bad = await startConversation({}, { token: "gv_forged" });
    expect(bad.status).toBe(401);
  });

  it("puts checkout first in the queue, then the oldest", async () => {
    const product = await startConversation({ topic: "PRODUCT" });
    const other = await startConversation({ topic: "OTHER" });
    const checkout = await startConversation({ topic: "CHECKOUT" });
    const position = async (created: { body: { conversation: { id: string }; visitorToken: string } }) =>
      (await getConversation(created.body.conversation.id, created.body.visitorToken)).body.conversation.position;
    const before = await db.conversation.count({ where: { status: "QUEUED", priority: 10 } });
    expect(await position(checkout)).toBe(before);
    expect(await position(product)).toBeLessThan(await position(other));
    expect(await position(product)).toBeGreaterThan(await position(checkout));
  });

  it("with nobody online: needs an email, then leaves an OFFLINE message", async () => {
    await everyoneOffline();
    const withoutEmail = await startConversation();
    expect(withoutEmail.status).toBe(400);
    expect(withoutEmail.body.error).toEqual({
      code: "INVALID_INPUT",
      message: "Nobody is available to chat right now. Leave your email and we will answer you there.",
      details: { field: "email", reason: "OFFLINE" },
    });
    const left = await startConversation({ email: "later@example.com" });
    expect(left.status).toBe(201);
    expect(left.body.conversation).toMatchObject({ status: "OFFLINE", position: null, estimatedWaitSeconds: null });
  });
});

describe("a visitor's own conversation", () => {
  it("reads it with the token; without one it is 401; another visitor gets 404 for everything", async () => {
    const alice = await startConversation({ message: "Alice's secret" });
    const bob = await startConversation({ message: "Bob's question" });
    const id = alice.body.conversation.id;

    const own = await getConversation(id, alice.body.visitorToken);
    expect(own.status).toBe(200);
    expect(own.body.conversation).toMatchObject({ id, status: "QUEUED", topic: "OTHER", locale: "en" });
    expect(own.body.messages).toEqual([
      {
        id: expect.stringMatching(/^\d+$/),
        conversationId: id,
        authorType: "VISITOR",
        author: null,
        body: "Alice's secret",
        clientId: expect.any(String),
        createdAt: expect.any(String),
      },
    ]);

    expect((await getConversation(id)).status).toBe(401);
    expect((await getConversation(id, "gv_nobody")).status).toBe(401);
    const asBob = await getConversation(id, bob.body.visitorToken);
    expect(asBob.status).toBe(404);
    expect(JSON.stringify(asBob.body)).not.toContain("secret");
    expect((await sendMessage(id, bob.body.visitorToken, { body: "hijack" })).status).toBe(404);
    const rate = await shopperCall(csatRoute, {
      path: `/api/v1/conversations/${id}/csat`,
      params: { id },
      body: { score: 1 },
      token: bob.body.visitorToken,
    });
    expect(rate.status).toBe(404);
    expect(await db.message.count({ where: { conversationId: id } })).toBe(1);
  });

  it("sends messages in order; a retried clientId returns the original message", async () => {
    const { body: created } = await startConversation();
    const id = created.conversation.id;
    const token = created.visitorToken;
    const first = await sendMessage(id, token, { body: "one", clientId: "client-msg-1" });
    expect(first.status).toBe(201);
    expect(first.body.message).toMatchObject({ body: "one", clientId: "client-msg-1", authorType: "VISITOR" });
    const retry = await sendMessage(id, token, { body: "one (retried)", clientId: "client-msg-1" });
    expect(retry.status).toBe(200);
    expect(retry.body.message).toEqual(first.body.message);
    await sendMessage(id, token, { body: "two", clientId: "client-msg-2" });
    const { body } = await getConversation(id, token);
    expect(body.messages.map((message: { body: string }) => message.body)).toEqual([
      "Where is my order?",
      "one",
      "two",
    ]);
    const ids = body.messages.map((message: { id: string }) => BigInt(message.id));
    expect([...ids].sort((a, b) => (a < b ? -1 : 1))).toEqual(ids);

    expect((await sendMessage(id, token, { body: "" })).body.error.message).toMatch(/body: must not be empty/);
    expect((await sendMessage(id, token, { body: "y".repeat(5001) })).status).toBe(400);
  });

  it("rates once, only after resolution; writing soon after reopens it", async () => {
    const { body: created } = await startConversation();
    const id = created.conversation.id;
    const token = created.visitorToken;
    const rate = (body: unknown) =>
      shopperCall(csatRoute, { path: `/api/v1/conversations/${id}/csat`, params: { id }, body, token });

    expect((await rate({ score: 5 })).status).toBe(409);
    await call(resolveRoute, { method: "POST", path: "/", params: { id }, as: agent });
    expect((await rate({ score: 6 })).body.error.message).toMatch(/score: must be a whole number from 1 to 5/);
    const rated = await rate({ score: 4, comment: "Quick and kind" });
    expect(rated.status).toBe(200);
    expect(rated.body).toEqual({ conversation: { id, csatScore: 4, csatComment: "Quick and kind" } });
    expect((await rate({ score: 1 })).status).toBe(409);
    expect((await getConversation(id, token)).body.conversation).toMatchObject({ status: "RESOLVED", csatScore: 4 });

    // The agent who resolved it is online (no free slot): the conversation goes back to them.
    const again = await sendMessage(id, token, { body: "One more thing" });
    expect(again.status).toBe(201);
    expect(
      await db.conversation.findUniqueOrThrow({ where: { id }, select: { status: true, assigneeId: true } }),
    ).toEqual({
      status: "ACTIVE",
      assigneeId: agent.userId,
    });

    // Long after a resolution, the shopper starts a new conversation instead.
    await db.conversation.update({
      where: { id },
      data: { status: "RESOLVED", resolvedAt: new Date(Date.now() - 31 * 60_000) },
    });
    const late = await sendMessage(id, token, { body: "Hello again?" });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toBe("This conversation is closed. Start a new one.");
  });
});

describe("GET /api/v1/availability", () => {
  it("says who is online and the wait a new shopper would have", async () => {
    const online = await shopperCall(availabilityRoute, { method: "GET", path: "/api/v1/availability?locale=en" });
    expect(online.status).toBe(200);
    expect(online.body).toEqual({
      online: true,
      agentsOnline: 1,
      estimatedWaitSeconds: expect.any(Number),
      offerEmail: expect.any(Boolean),
      firstResponseTargetSeconds: 76,
    });
    await everyoneOffline();
    const offline = await shopperCall(availabilityRoute, { method: "GET", path: "/api/v1/availability" });
    expect(offline.body).toMatchObject({
      online: false,
      agentsOnline: 0,
      estimatedWaitSeconds: null,
      offerEmail: true,
    });
  });

  it("offers email when the estimate passes the first-response target", async () => {
    await db.setting.upsert({
      where: { key: "chat.firstResponseTargetSeconds" },
      create: { key: "chat.firstResponseTargetSeconds", value: 1 },
      update: { value: 1 },
    });
    try {
      const { body } = await startConversation();
      expect(body.conversation.estimatedWaitSeconds).toBeGreaterThan(1);
      expect(body.conversation.offerEmail).toBe(true);
    } finally {
      await db.setting.delete({ where: { key: "chat.firstResponseTargetSeconds" } });
    }
  });
});

describe("abuse limits", () => {
  it("answers 429 with a clear message past the per-address conversation limit", async () => {
    const ip = someIp();
    for (let i = 0; i < CHAT_LIMITS.conversationsPerIp.points; i += 1) {
      expect((await startConversation({}, { ip })).status).toBe(201);
    }
    const limited = await startConversation({}, { ip });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe("RATE_LIMITED");
    expect(limited.body.error.message).toMatch(/^Too many conversations started\. Please wait \d+ seconds/);
    expect(limited.body.error.details.retryAfterSeconds).toBeGreaterThan(0);
    // Another address is not affected.
    expect((await startConversation()).status).toBe(201);
  });

  it("limits messages per visitor, across addresses", async () => {
    const { body: created } = await startConversation();
    const id = created.conversation.id;
    const statuses: number[] = [];
    for (let i = 0; i <= CHAT_LIMITS.messagesPerVisitor.points; i += 1) {
      statuses.push((await sendMessage(id, created.visitorToken, { body: `m${i}` }, someIp())).status);
    }
    expect(statuses.filter((status) => status === 201)).toHaveLength(CHAT_LIMITS.messagesPerVisitor.points);
    expect(statuses.at(-1)).toBe(429);
  });
});
