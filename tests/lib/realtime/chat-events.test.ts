import { NextRequest } from "next/server";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as agentEventsRoute } from "@/app/api/v1/console/events/route";
import { GET as shopperEventsRoute } from "@/app/api/v1/conversations/[id]/events/route";
import { claimConversation } from "@/lib/conversation/claim-conversation";
import { createConversation } from "@/lib/conversation/create-conversation";
import { resolveConversation } from "@/lib/conversation/resolve-conversation";
import { sendAgentMessage } from "@/lib/conversation/send-agent-message";
import { sendTyping } from "@/lib/conversation/send-typing";
import { sendVisitorMessage } from "@/lib/conversation/send-visitor-message";
import { db } from "@/lib/db";
import { closeListener } from "@/lib/realtime/listen";
import { sessionOf } from "../../app/api/v1/console/callers";
import { SseReader } from "./sse-client";

type Staff = { id: string; email: string; name: string; role: "AGENT" };

let agent: { userId: string; cookie?: string };
let staff: Staff;
const open: AbortController[] = [];

beforeAll(async () => {
  agent = await sessionOf("AGENT");
  await db.user.update({ where: { id: agent.userId }, data: { availability: "ONLINE", maxConcurrentChats: 50 } });
  await db.setting.create({ data: { key: "chat.autoAssign", value: false } });
  const user = await db.user.findUniqueOrThrow({ where: { id: agent.userId } });
  staff = { id: user.id, email: user.email, name: user.name, role: "AGENT" };
});

afterAll(async () => {
  for (const controller of open) controller.abort();
  await closeListener();
});

async function connect(
  handler: (request: NextRequest, context: { params: Promise<{ id: string }> }) => Promise<Response>,
  path: string,
  { id = "", headers = {} }: { id?: string; headers?: Record<string, string> } = {},
) {
  const controller = new AbortController();
  open.push(controller);
  const response = await handler(
    new NextRequest(new URL(path, "http://test.local"), {
      headers: { accept: "text/event-stream", ...headers },
      signal: controller.signal,
    }),
    { params: Promise.resolve({ id }) },
  );
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
  expect(response.headers.get("cache-control")).toBe("no-cache, no-transform");
  return { reader: new SseReader(response.body!), close: () => controller.abort() };
}

async function start(message = "Hello") {
  const created = await createConversation({ message, locale: "en", email: "s@example.com" });
  return { id: created.conversation.id, token: created.visitorToken };
}

function shopperStream(conversation: { id: string; token: string }, headers: Record<string, string> = {}, query = "") {
  return connect(
    shopperEventsRoute,
    `/api/v1/conversations/${conversation.id}/events?token=${conversation.token}${query}`,
    {
      id: conversation.id,
      headers,
    },
  );
}

const visitorIdOf = async (id: string) =>
  (await db.conversation.findUniqueOrThrow({ where: { id }, select: { visitorId: true } })).visitorId;

const messageIds = (reader: SseReader) => reader.of("message").map((event) => event.id!);

describe("the shopper's event stream", () => {
  it("replays, then follows messages, status, typing and resolution live", async () => {
    const conversation = await start("First");
    const { reader } = await shopperStream(conversation);
    await reader.until((events) => events.some((event) => event.event === "status"));
    expect(reader.of("message").map((event) => (event.data as { body: string }).body)).toEqual(["First"]);
    expect(reader.of("status")[0].data).toMatchObject({ status: "QUEUED", position: expect.any(Number) });

    await claimConversation(staff, conversation.id);
    await reader.until((events) =>
      events.some((event) => event.event === "status" && (event.data as { status: string }).status === "ACTIVE"),
    );
    expect(reader.of("status").at(-1)!.data).toMatchObject({
      status: "ACTIVE",
      position: null,
      assignee: { name: staff.name },
    });

    await sendTyping({ agentId: staff.id }, conversation.id, true);
    const { message } = await sendAgentMessage(staff, conversation.id, { body: "Hi, I am here" });
    await reader.until(() => messageIds(reader).includes(message.id));
    expect(reader.of("typing")[0].data).toEqual({ conversationId: conversation.id, authorType: "AGENT", typing: true });
    expect(reader.of("message").at(-1)).toEqual({ event: "message", id: message.id, data: message });

    await resolveConversation(staff, conversation.id);
    await reader.until((events) =>
      events.some((event) => event.event === "status" && (event.data as { status: string }).status === "RESOLVED"),
    );
  });

  it("refuses other visitors, missing tokens and non-SSE clients", async () => {
    const mine = await start();
    const theirs = await start();
    const attempt = (path: string, headers: Record<string, string> = { accept: "text/event-stream" }) =>
      shopperEventsRoute(new NextRequest(new URL(path, "http://test.local"), { headers }), {
        params: Promise.resolve({ id: mine.id }),
      });
    expect((await attempt(`/api/v1/conversations/${mine.id}/events?token=${theirs.token}`)).status).toBe(404);
    expect((await attempt(`/api/v1/conversations/${mine.id}/events`)).status).toBe(401);
    expect((await attempt(`/api/v1/conversations/${mine.id}/events?token=${mine.token}`, {})).status).toBe(406);
  });

  it("a reconnect with Last-Event-ID loses nothing and duplicates nothing, under concurrent sends", async () => {
    const conversation = await start("m-0");
    await claimConversation(staff, conversation.id);
    const visitorId = await visitorIdOf(conversation.id);
    const seen: string[] = [];

    let stream = await shopperStream(conversation);
    const sends: Promise<unknown>[] = [];
    for (let i = 1; i <= 60; i += 1) {
      sends.push(
        i % 2
          ? sendVisitorMessage(visitorId, conversation.id, { body: `m-${i}` })
          : sendAgentMessage(staff, conversation.id, { body: `m-${i}` }),
      );
      // Drop and re-open the stream three times while messages are being sent.
      if (i % 20 === 0) {
        await stream.reader.until((events) => events.filter((event) => event.event === "message").length > 0);
        stream.close();
        await stream.reader.finished();
        seen.push(...messageIds(stream.reader));
        stream = await shopperStream(conversation, { "last-event-id": stream.reader.lastEventId! });
      }
    }
    await Promise.all(sends);
    const all = (await db.message.findMany({ where: { conversationId: conversation.id }, orderBy: { id: "asc" } })).map(
      (row) => row.id.toString(),
    );
    expect(all).toHaveLength(61);
    await stream.reader.until(() => [...seen, ...messageIds(stream.reader)].length >= all.length);
    seen.push(...messageIds(stream.reader));
    expect(seen).toEqual(all);
  });

  it("takes the last id from ?lastEventId= too", async () => {
    const conversation = await start("one");
    const visitorId = await visitorIdOf(conversation.id);
    const { message } = await sendVisitorMessage(visitorId, conversation.id, { body: "two" });
    const { message: third } = await sendVisitorMessage(visitorId, conversation.id, { body: "three" });
    const { reader } = await shopperStream(conversation, {}, `&lastEventId=${message.id}`);
    await reader.until((events) => events.some((event) => event.event === "status"));
    expect(messageIds(reader)).toEqual([third.id]);
  });

  it("catches up from the rows after the LISTEN connection was lost", async () => {
    const conversation = await start("before");
    const visitorId = await visitorIdOf(conversation.id);
    const { reader } = await shopperStream(conversation);
    await reader.until((events) => events.some((event) => event.event === "status"));
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND query ILIKE 'LISTEN%'`,
      );
    } finally {
      await admin.end();
    }
    // Sent while nobody listens: its notification is lost, the row is not.
    const { message } = await sendVisitorMessage(visitorId, conversation.id, { body: "during the outage" });
    await reader.until(() => messageIds(reader).includes(message.id), 15_000);
    expect(messageIds(reader).filter((id) => id === message.id)).toHaveLength(1);
  });
});

describe("the agent's event stream", () => {
  it("announces queue changes to everyone and messages of the agent's own conversations", async () => {
    const { reader } = await connect(agentEventsRoute, "/api/v1/console/events", {
      headers: { cookie: agent.cookie! },
    });
    await reader.until((events) => events.some((event) => event.event === "ready"));
    const conversation = await start("Need a person");
    await reader.until((events) =>
      events.some(
        (event) =>
          event.event === "conversation" &&
          (event.data as { conversation: { id: string } }).conversation.id === conversation.id,
      ),
    );
    expect(reader.of("conversation").at(-1)!.data).toMatchObject({
      conversation: { id: conversation.id, status: "QUEUED", preview: "Need a person" },
    });
    await claimConversation(staff, conversation.id);
    const visitorId = await visitorIdOf(conversation.id);
    await sendTyping({ visitorId }, conversation.id, true);
    const { message } = await sendVisitorMessage(visitorId, conversation.id, { body: "Are you there?" });
    await reader.until(() => messageIds(reader).includes(message.id));
    expect(reader.of("typing").at(-1)!.data).toEqual({
      conversationId: conversation.id,
      authorType: "VISITOR",
      typing: true,
    });
    expect(
      reader
        .of("conversation")
        .some((event) => (event.data as { conversation: { status: string } }).conversation.status === "ACTIVE"),
    ).toBe(true);

    // Someone else's conversation: its queue changes yes, its messages no.
    const other = await start("Not yours");
    const otherAgent = await sessionOf("AGENT");
    const otherUser = await db.user.findUniqueOrThrow({ where: { id: otherAgent.userId } });
    await claimConversation({ ...otherUser, role: "AGENT" }, other.id);
    const { message: foreign } = await sendVisitorMessage(await visitorIdOf(other.id), other.id, { body: "private" });
    const { message: after } = await sendVisitorMessage(visitorId, conversation.id, { body: "me again" });
    await reader.until(() => messageIds(reader).includes(after.id));
    expect(messageIds(reader)).not.toContain(foreign.id);
  });
});
