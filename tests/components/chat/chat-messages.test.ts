import { describe, expect, it } from "vitest";
import {
  addPending,
  compareIds,
  lastMessageId,
  mergeMessages,
  setDeliveryState,
  unsentMessages,
  type ServerMessage,
} from "@/components/chat/chat-messages";

const at = "2030-01-01T10:00:00.000Z";
const server = (id: string, body: string, clientId: string | null = null): ServerMessage => ({
  id,
  clientId,
  authorType: "VISITOR",
  body,
  createdAt: at,
});

describe("message merging", () => {
  it("orders by id as integers, not as strings", () => {
    const merged = mergeMessages([], [server("10", "ten"), server("9", "nine"), server("100", "hundred")]);
    expect(merged.map((message) => message.body)).toEqual(["nine", "ten", "hundred"]);
    expect(compareIds("99999999999999999999", "100000000000000000000")).toBe(-1);
  });

  it("never shows a message twice when it arrives both as the POST answer and as an event", () => {
    const once = mergeMessages([], [server("5", "hi")]);
    const twice = mergeMessages(once, [server("5", "hi")]);
    expect(twice).toHaveLength(1);
  });

  it("replaces the pending copy with the server's row for the same clientId", () => {
    const pending = addPending([], {
      clientId: "c1",
      body: "where is my parcel?",
      authorType: "VISITOR",
      createdAt: at,
    });
    expect(pending).toMatchObject([{ state: "pending", body: "where is my parcel?" }]);
    const merged = mergeMessages(pending, [server("7", "where is my parcel?", "c1")]);
    expect(merged).toEqual([expect.objectContaining({ id: "7", state: "sent", clientId: "c1" })]);
  });

  it("keeps what is still being sent after the server's messages, in the order it was written", () => {
    let messages = addPending([], { clientId: "a", body: "first", authorType: "VISITOR", createdAt: at });
    messages = addPending(messages, { clientId: "b", body: "second", authorType: "VISITOR", createdAt: at });
    messages = mergeMessages(messages, [{ ...server("3", "agent reply"), authorType: "AGENT" }]);
    expect(messages.map((message) => message.body)).toEqual(["agent reply", "first", "second"]);
  });

  it("does not add the same pending clientId twice (a double Enter)", () => {
    const once = addPending([], { clientId: "a", body: "x", authorType: "VISITOR", createdAt: at });
    expect(addPending(once, { clientId: "a", body: "x", authorType: "VISITOR", createdAt: at })).toHaveLength(1);
  });

  it("marks a failed send and lets it be retried, leaving server rows alone", () => {
    let messages = mergeMessages([], [server("1", "sent", "s")]);
    messages = addPending(messages, { clientId: "f", body: "lost?", authorType: "VISITOR", createdAt: at });
    messages = setDeliveryState(messages, "f", "failed");
    messages = setDeliveryState(messages, "s", "failed");
    expect(messages.map((message) => message.state)).toEqual(["sent", "failed"]);
    expect(unsentMessages(messages)).toEqual([{ clientId: "f", body: "lost?" }]);
    expect(setDeliveryState(messages, "f", "pending")[1].state).toBe("pending");
  });

  it("resumes the stream from the highest confirmed id", () => {
    let messages = mergeMessages([], [server("12", "a"), server("4", "b")]);
    messages = addPending(messages, { clientId: "p", body: "c", authorType: "VISITOR", createdAt: at });
    expect(lastMessageId(messages)).toBe("12");
    expect(lastMessageId([])).toBeUndefined();
  });

  it("accepts numeric ids from the wire and stores them as strings", () => {
    const merged = mergeMessages([], [{ ...server("0", "x"), id: 42 as unknown as string }]);
    expect(merged[0].id).toBe("42");
  });
});
