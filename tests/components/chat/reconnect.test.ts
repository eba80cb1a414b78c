import { describe, expect, it } from "vitest";
import { eventsUrl, reconnectDelay } from "@/components/chat/reconnect";

describe("reconnecting an event stream", () => {
  it("backs off exponentially with jitter, capped at 30 s", () => {
    expect(reconnectDelay(0, () => 0)).toBe(500);
    expect(reconnectDelay(0, () => 1)).toBe(1_000);
    expect(reconnectDelay(3, () => 1)).toBe(8_000);
    expect(reconnectDelay(20, () => 1)).toBe(30_000);
    expect(reconnectDelay(20, () => 0)).toBe(15_000);
  });

  it("resumes with ?lastEventId= and keeps the token", () => {
    expect(eventsUrl("/api/v1/conversations/c1/events?token=abc", { lastEventId: "42" })).toBe(
      "/api/v1/conversations/c1/events?token=abc&lastEventId=42",
    );
    expect(eventsUrl("/api/v1/console/events", { lastEventId: undefined })).toBe("/api/v1/console/events");
    expect(eventsUrl("/api/v1/console/events", { lastEventId: "7" })).toBe("/api/v1/console/events?lastEventId=7");
  });
});
