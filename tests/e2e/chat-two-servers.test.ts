import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createApiToken } from "@/lib/auth/create-api-token";
import { createPrismaClient, type Db } from "@/lib/db";
import { createUser } from "@/lib/user/create-user";
import { SseReader } from "../lib/realtime/sse-client";
import { startAppServer, type AppServer } from "../support/app-server";
import { createDatabase, dropDatabase, uniqueName } from "../support/databases";

// Two production servers on one database: whatever is posted on one reaches streams held by
// the other, through PostgreSQL LISTEN/NOTIFY.

const services = inject("services");
const name = uniqueName("two");
let db: Db;
let servers: AppServer[] = [];
let agentToken: string;
const streams: AbortController[] = [];

beforeAll(async () => {
  const databaseUrl = await createDatabase(services.serverUrl, name, services.templateDatabase);
  db = createPrismaClient(databaseUrl);
  const options = { databaseUrl, meiliUrl: services.meiliUrl, meiliKey: services.meiliKey, indexPrefix: `${name}_` };
  servers = await Promise.all([startAppServer(options), startAppServer(options)]);
  const agent = await createUser(db, {
    email: "agent@two.example",
    password: "a-long-enough-password",
    role: "AGENT",
    name: "Two Servers",
  });
  await db.user.update({ where: { id: agent.id }, data: { availability: "ONLINE" } });
  await db.setting.create({ data: { key: "chat.autoAssign", value: false } });
  agentToken = (await createApiToken(db, { email: agent.email, label: "e2e" })).token;
});

afterAll(async () => {
  for (const controller of streams) controller.abort();
  await Promise.all(servers.map((server) => server.stop()));
  await db?.$disconnect();
  await dropDatabase(services.serverUrl, name);
});

async function stream(url: string, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  streams.push(controller);
  const response = await fetch(url, {
    headers: { accept: "text/event-stream", ...headers },
    signal: controller.signal,
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-cache, no-transform");
  return new SseReader(response.body!);
}

async function post(url: string, body: unknown, authorization: string) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

describe("chat across two server processes", () => {
  it("delivers shopper and agent events posted on one server to streams held by the other", async () => {
    const [one, two] = servers;
    const agentEvents = await stream(`${two.url}/api/v1/console/events`, { authorization: `Bearer ${agentToken}` });
    await agentEvents.until((events) => events.some((event) => event.event === "ready"));

    const created = await fetch(`${one.url}/api/v1/conversations`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        message: "Hello from server one",
        locale: "en",
        topic: "CHECKOUT",
        clientId: randomUUID(),
      }),
    });
    expect(created.status).toBe(201);
    const { conversation, visitorToken } = await created.json();
    expect(conversation).toMatchObject({ status: "QUEUED", position: 1, topic: "CHECKOUT" });

    // The agent on server two sees the new conversation appear.
    await agentEvents.until((events) =>
      events.some(
        (event) =>
          event.event === "conversation" &&
          (event.data as { conversation: { id: string } }).conversation.id === conversation.id,
      ),
    );

    const shopper = await stream(`${two.url}/api/v1/conversations/${conversation.id}/events?token=${visitorToken}`);
    await shopper.until((events) => events.some((event) => event.event === "status"));
    expect(shopper.of("message").map((event) => (event.data as { body: string }).body)).toEqual([
      "Hello from server one",
    ]);

    const claim = await post(
      `${one.url}/api/v1/console/conversations/${conversation.id}/claim`,
      {},
      `Bearer ${agentToken}`,
    );
    expect(claim.status).toBe(200);
    await shopper.until((events) =>
      events.some((event) => event.event === "status" && (event.data as { status: string }).status === "ACTIVE"),
    );

    const sentAt = Date.now();
    const answer = await post(
      `${one.url}/api/v1/console/conversations/${conversation.id}/messages`,
      { body: "Answer posted on server one", clientId: randomUUID() },
      `Bearer ${agentToken}`,
    );
    expect(answer.status).toBe(201);
    await shopper.until((events) => events.some((event) => event.id === answer.body.message.id));
    const latencyMs = Date.now() - sentAt;
    expect(latencyMs).toBeLessThan(5_000);

    const reply = await post(
      `${one.url}/api/v1/conversations/${conversation.id}/messages`,
      { body: "Thanks!" },
      `Bearer ${visitorToken}`,
    );
    expect(reply.status).toBe(201);
    await agentEvents.until((events) => events.some((event) => event.id === reply.body.message.id));

    // Each message reached each stream exactly once.
    const shopperIds = shopper.of("message").map((event) => event.id);
    expect(new Set(shopperIds).size).toBe(shopperIds.length);
    expect(shopperIds).toEqual(expect.arrayContaining([answer.body.message.id, reply.body.message.id]));
  });
});
