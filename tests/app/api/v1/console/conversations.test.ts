import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as claimRoute } from "@/app/api/v1/console/conversations/[id]/claim/route";
import { POST as agentMessageRoute } from "@/app/api/v1/console/conversations/[id]/messages/route";
import { POST as resolveRoute } from "@/app/api/v1/console/conversations/[id]/resolve/route";
import { GET as detailRoute } from "@/app/api/v1/console/conversations/[id]/route";
import { POST as transferRoute } from "@/app/api/v1/console/conversations/[id]/transfer/route";
import { GET as listRoute } from "@/app/api/v1/console/conversations/route";
import { PUT as presenceRoute } from "@/app/api/v1/console/presence/route";
import { createConversation } from "@/lib/conversation/create-conversation";
import { db } from "@/lib/db";
import { everyoneOffline, setOnline } from "../conversations/shopper";
import { call, sessionOf, type Credentials } from "./callers";

type Agent = Credentials & { userId: string };

async function setAutoAssign(value: boolean) {
  await db.setting.upsert({
    where: { key: "chat.autoAssign" },
    create: { key: "chat.autoAssign", value },
    update: { value },
  });
}

async function queue(topic: "CHECKOUT" | "PRODUCT" | "OTHER" = "OTHER", message = "Help please") {
  const { conversation } = await createConversation({ message, locale: "en", topic, email: "s@example.com" });
  return conversation.id;
}

async function clearConversations() {
  await db.conversation.deleteMany();
}

const claim = (id: string, as: Credentials) => call(claimRoute, { method: "POST", path: "/", params: { id }, as });
const resolve = (id: string, as: Credentials) => call(resolveRoute, { method: "POST", path: "/", params: { id }, as });
const answer = (id: string, as: Credentials, body: unknown) =>
  call(agentMessageRoute, { method: "POST", path: "/", params: { id }, as, body });
const assigneeOf = async (id: string) =>
  (await db.conversation.findUniqueOrThrow({ where: { id }, select: { assigneeId: true } })).assigneeId;

let someone: Agent;

beforeAll(async () => {
  someone = await sessionOf("AGENT");
});

beforeEach(async () => {
  await clearConversations();
  await everyoneOffline();
  await setAutoAssign(false);
  await setOnline(someone.userId, 1);
});

describe("claiming", () => {
  it("20 agents racing for 10 conversations: each is assigned exactly once, the others get 409", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 10; i += 1) ids.push(await queue());
    const agents = await Promise.all(Array.from({ length: 20 }, () => sessionOf("AGENT")));
    const attempts = agents.flatMap((agent) => [...ids].sort(() => Math.random() - 0.5).map((id) => ({ agent, id })));
    const results = await Promise.all(
      attempts.map(async ({ agent, id }) => ({ agent, id, response: await claim(id, agent) })),
    );
    const wins = results.filter((result) => result.response.status === 200);
    expect(wins).toHaveLength(10);
    expect(new Set(wins.map((win) => win.id)).size).toBe(10);
    expect(results.filter((result) => result.response.status === 409)).toHaveLength(190);
    for (const win of wins) {
      expect(await assigneeOf(win.id)).toBe(win.agent.userId);
      expect(win.response.body.conversation).toMatchObject({ id: win.id, status: "ACTIVE" });
    }
  });

  it("answers 404 for an unknown conversation and 409 with a message when someone else has it", async () => {
    const id = await queue();
    expect((await claim("nope", someone)).status).toBe(404);
    expect((await claim(id, someone)).status).toBe(200);
    const other = await sessionOf("AGENT");
    const lost = await claim(id, other);
    expect(lost.status).toBe(409);
    expect(lost.body.error.message).toMatch(/someone else has it/);
  });
});

describe("auto-assignment", () => {
  beforeEach(() => setAutoAssign(true));

  it("gives checkout first, to the least-loaded online agent, never above capacity", async () => {
    await everyoneOffline();
    const a = await sessionOf("AGENT");
    const b = await sessionOf("AGENT");
    await setOnline(a.userId, 2);
    await setOnline(b.userId, 1);
    await setAutoAssign(false);
    const older = await queue("PRODUCT");
    const others = [await queue("OTHER"), await queue("OTHER")];
    const checkout = await queue("CHECKOUT");
    await setAutoAssign(true);
    // Anything freeing a slot or bringing capacity runs the assignment: here, a presence change.
    const presence = await call(presenceRoute, { method: "PUT", path: "/", body: { availability: "ONLINE" }, as: a });
    expect(presence.status).toBe(200);

    const rows = await db.conversation.findMany({ select: { id: true, status: true, assigneeId: true } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    // Capacity 3 in all: checkout and the two oldest others got a slot; the last one waits.
    expect(byId.get(checkout)!.status).toBe("ACTIVE");
    expect(byId.get(older)!.status).toBe("ACTIVE");
    expect(byId.get(others[0])!.status).toBe("ACTIVE");
    expect(byId.get(others[1])!.status).toBe("QUEUED");
    const load = (userId: string) => rows.filter((row) => row.assigneeId === userId && row.status === "ACTIVE").length;
    expect(load(a.userId)).toBe(2);
    expect(load(b.userId)).toBe(1);

    // Resolving frees a slot: the waiting conversation is assigned at once.
    const freed = rows.find((row) => row.assigneeId === b.userId)!.id;
    expect((await resolve(freed, b)).status).toBe(200);
    expect(await assigneeOf(others[1])).toBe(b.userId);
  });

  it("creates a conversation already assigned when an agent is free, and spreads load", async () => {
    await everyoneOffline();
    const a = await sessionOf("AGENT");
    const b = await sessionOf("AGENT");
    await setOnline(a.userId, 5);
    await setOnline(b.userId, 5);
    const created = await Promise.all(Array.from({ length: 6 }, () => queue()));
    const assignees = await Promise.all(created.map(assigneeOf));
    expect(assignees.filter((id) => id === a.userId)).toHaveLength(3);
    expect(assignees.filter((id) => id === b.userId)).toHaveLength(3);
  });

  it("stays off when the setting says so", async () => {
    await setAutoAssign(false);
    const id = await queue();
    expect(await assigneeOf(id)).toBeNull();
  });
});

describe("working a conversation", () => {
  it("answers (firstResponseAt), transfers, resolves; lists mine and the queue with the shopper's context", async () => {
    const id = await queue("CHECKOUT", "My card is refused");
    const other = await sessionOf("AGENT");
    const first = await answer(id, someone, { body: "Let me check", clientId: "agent-msg-0001" });
    expect(first.status).toBe(201);
    expect(first.body.message).toMatchObject({
      authorType: "AGENT",
      author: { id: someone.userId, name: expect.any(String) },
      body: "Let me check",
    });
    const retried = await answer(id, someone, { body: "Let me check", clientId: "agent-msg-0001" });
    expect(retried.status).toBe(200);
    expect(retried.body.message.id).toBe(first.body.message.id);
    const afterFirst = await db.conversation.findUniqueOrThrow({ where: { id } });
    expect(afterFirst).toMatchObject({ status: "ACTIVE", assigneeId: someone.userId });
    expect(afterFirst.firstResponseAt).toBeInstanceOf(Date);
    await answer(id, someone, { body: "Still checking" });
    expect((await db.conversation.findUniqueOrThrow({ where: { id } })).firstResponseAt).toEqual(
      afterFirst.firstResponseAt,
    );

    expect((await answer(id, other, { body: "Me too" })).status).toBe(409);
    const mine = await call(listRoute, { method: "GET", path: "/api/v1/console/conversations?mine=1", as: someone });
    expect(mine.body.conversations.map((row: { id: string }) => row.id)).toEqual([id]);
    expect(mine.body.conversations[0]).toMatchObject({
      topic: "CHECKOUT",
      priority: 10,
      preview: "My card is refused",
    });

    const transferred = await call(transferRoute, {
      method: "POST",
      path: "/",
      params: { id },
      body: { assigneeId: other.userId },
      as: someone,
    });
    expect(transferred.status).toBe(200);
    expect(transferred.body.conversation.assignee.id).toBe(other.userId);
    const badTarget = await call(transferRoute, {
      method: "POST",
      path: "/",
      params: { id },
      body: { assigneeId: "nobody" },
      as: other,
    });
    expect(badTarget.status).toBe(400);

    const detail = await call(detailRoute, { method: "GET", path: "/", params: { id }, as: other });
    expect(detail.body.conversation).toMatchObject({ id, visitor: { email: "s@example.com" }, articlesViewed: [] });
    expect(detail.body.messages.map((message: { body: string }) => message.body)).toEqual([
      "My card is refused",
      "Let me check",
      "Still checking",
    ]);

    const resolved = await resolve(id, other);
    expect(resolved.body.conversation).toMatchObject({ status: "RESOLVED", resolvedAt: expect.any(String) });
    const queued = await call(listRoute, {
      method: "GET",
      path: "/api/v1/console/conversations?status=QUEUED",
      as: other,
    });
    expect(queued.body.conversations).toEqual([]);
    const bad = await call(listRoute, { method: "GET", path: "/api/v1/console/conversations?status=LOST", as: other });
    expect(bad.status).toBe(400);
  });

  it("lists left OFFLINE messages, which agents can answer", async () => {
    await everyoneOffline();
    const id = await queue();
    expect((await db.conversation.findUniqueOrThrow({ where: { id } })).status).toBe("OFFLINE");
    const list = await call(listRoute, {
      method: "GET",
      path: "/api/v1/console/conversations?status=OFFLINE",
      as: someone,
    });
    expect(list.body.conversations.map((row: { id: string }) => row.id)).toEqual([id]);
    expect((await answer(id, someone, { body: "Answered by email" })).status).toBe(201);
    expect(await assigneeOf(id)).toBe(someone.userId);
  });

  it("sets presence, and refuses a bad value", async () => {
    const ok = await call(presenceRoute, { method: "PUT", path: "/", body: { availability: "AWAY" }, as: someone });
    expect(ok.body).toEqual({ availability: "AWAY", activeChats: 0, maxConcurrentChats: 1 });
    const bad = await call(presenceRoute, { method: "PUT", path: "/", body: { availability: "BUSY" }, as: someone });
    expect(bad.status).toBe(400);
  });
});
