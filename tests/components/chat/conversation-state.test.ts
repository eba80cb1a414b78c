import { describe, expect, it } from "vitest";
import {
  applyStatus,
  emptyInfo,
  readConversationResponse,
  readMessageEvent,
} from "@/components/chat/conversation-state";
import { parseOutbox, parseSession } from "@/components/chat/visitor-session";

describe("conversation status", () => {
  it("follows the queue, then the assignment, then the resolution", () => {
    let info = emptyInfo("c1");
    info = applyStatus(info, {
      status: "QUEUED",
      position: 2,
      estimatedWaitSeconds: 95,
      offerEmail: true,
      firstResponseTargetSeconds: 60,
      assignee: null,
    });
    expect(info).toMatchObject({ position: 2, estimatedWaitSeconds: 95, offerEmail: true, targetSeconds: 60 });
    info = applyStatus(info, { status: "ACTIVE", position: null, assignee: { name: "Camille Martin" } });
    expect(info).toMatchObject({ status: "ACTIVE", agentName: "Camille Martin", position: null, offerEmail: false });
    info = applyStatus(info, { status: "RESOLVED", csatScore: null });
    expect(info).toMatchObject({ status: "RESOLVED", agentName: "Camille Martin", csatScore: null });
  });

  it("ignores what it does not understand", () => {
    const info = emptyInfo("c1");
    expect(applyStatus(info, "nonsense")).toBe(info);
    expect(applyStatus(info, { position: "3" }).position).toBeNull();
  });

  it("reads the conversation and its messages from the GET answer", () => {
    const read = readConversationResponse("c1", {
      conversation: { id: "c1", status: "ACTIVE", topic: "CHECKOUT", email: "a@b.example", assignee: { name: "Sam" } },
      messages: [{ id: "1", authorType: "VISITOR", body: "hello", createdAt: "2030-01-01T00:00:00Z", clientId: "x" }],
    });
    expect(read.info).toMatchObject({ status: "ACTIVE", topic: "CHECKOUT", email: "a@b.example", agentName: "Sam" });
    expect(read.messages).toHaveLength(1);
  });

  it("reads a message event, bare or wrapped", () => {
    const message = { id: 3, authorType: "AGENT", body: "Hi", createdAt: "2030-01-01T00:00:00Z" };
    expect(readMessageEvent(message)?.id).toBe("3");
    expect(readMessageEvent({ message })?.body).toBe("Hi");
    expect(readMessageEvent({ nope: true })).toBeNull();
  });
});

describe("the stored visitor session", () => {
  it("survives only when it is whole", () => {
    expect(parseSession(JSON.stringify({ conversationId: "c", visitorToken: "t", locale: "fr" }))).toEqual({
      conversationId: "c",
      visitorToken: "t",
      locale: "fr",
    });
    expect(parseSession("{not json")).toBeNull();
    expect(parseSession(JSON.stringify({ conversationId: "c" }))).toBeNull();
    expect(parseSession(null)).toBeNull();
  });

  it("keeps only well-formed unsent messages", () => {
    expect(parseOutbox(JSON.stringify([{ clientId: "a", body: "x" }, { clientId: 1 }, null]))).toEqual([
      { clientId: "a", body: "x" },
    ]);
    expect(parseOutbox("oops")).toEqual([]);
  });
});
