import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as agentMessageRoute } from "@/app/api/v1/console/conversations/[id]/messages/route";
import { GET as getRoute } from "@/app/api/v1/conversations/[id]/route";
import { db } from "@/lib/db";
import { call, sessionOf } from "../console/callers";
import { everyoneOffline, shopperCall, startConversation } from "./shopper";

// A real SMTP server, started here; the app is pointed at it through SMTP_URL before it reads
// its configuration.
type Received = { from: string; to: string[]; raw: string };
const received: Received[] = [];
let server: SMTPServer;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}?from=${encodeURIComponent("Help <help@shop.example>")}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("offline capture", () => {
  it("keeps the left message, shows it to agents, and emails the agent's answer", async () => {
    await everyoneOffline();
    const { status, body } = await startConversation({
      message: "Do you ship to Norway?",
      email: "nora@example.no",
      clientId: randomUUID(),
    });
    expect(status).toBe(201);
    expect(body.conversation.status).toBe("OFFLINE");
    const id = body.conversation.id;

    const agent = await sessionOf("AGENT");
    const answer = await call(agentMessageRoute, {
      method: "POST",
      path: "/",
      params: { id },
      as: agent,
      body: { body: "Yes, in 3 to 5 working days." },
    });
    expect(answer.status).toBe(201);

    expect(received).toHaveLength(1);
    expect(received[0].to).toEqual(["nora@example.no"]);
    expect(received[0].from).toBe("help@shop.example");
    expect(received[0].raw).toMatch(/Subject: An answer to your question/);
    expect(received[0].raw).toMatch(/Yes, in 3 to 5 working days\./);

    // The shopper also finds the answer in the conversation.
    const read = await shopperCall(getRoute, {
      method: "GET",
      path: `/api/v1/conversations/${id}`,
      params: { id },
      token: body.visitorToken,
    });
    expect(read.body.messages.map((message: { body: string }) => message.body)).toEqual([
      "Do you ship to Norway?",
      "Yes, in 3 to 5 working days.",
    ]);
    expect((await db.conversation.findUniqueOrThrow({ where: { id } })).firstResponseAt).toBeInstanceOf(Date);
  });

  it("stores the answer even when the mail server is down", async () => {
    await everyoneOffline();
    const { body } = await startConversation({ email: "x@example.com" });
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const agent = await sessionOf("AGENT");
    const answer = await call(agentMessageRoute, {
      method: "POST",
      path: "/",
      params: { id: body.conversation.id },
      as: agent,
      body: { body: "Stored anyway" },
    });
    expect(answer.status).toBe(201);
    expect(await db.message.count({ where: { conversationId: body.conversation.id, body: "Stored anyway" } })).toBe(1);
    server = new SMTPServer({ logger: false });
  });
});
