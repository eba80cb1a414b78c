import { describe, expect, it } from "vitest";
import {
  DEFAULT_HANDLE_SECONDS,
  DEFAULT_PICKUP_SECONDS,
  estimateWaitSeconds,
  median,
  shouldOfferEmail,
} from "@/lib/conversation/estimate-wait";

const base = { agentsOnline: 2, capacity: 6, freeSlots: 0, recentWaitsSeconds: [], meanHandleSeconds: null };

describe("estimateWaitSeconds", () => {
  it("has no number when nobody is online", () => {
    expect(estimateWaitSeconds({ ...base, agentsOnline: 0, capacity: 0, position: 1 })).toBeNull();
  });

  it("is the usual pickup time when a slot is free", () => {
    expect(estimateWaitSeconds({ ...base, freeSlots: 2, position: 1, recentWaitsSeconds: [10, 40, 20] })).toBe(20);
    expect(estimateWaitSeconds({ ...base, freeSlots: 2, position: 2 })).toBe(DEFAULT_PICKUP_SECONDS);
  });

  it("grows with the queue: shoppers needing a slot × handle time / capacity", () => {
    // 4 ahead of a free slot, 300 s per chat, 6 slots: 4 × 300 / 6 = 200 s.
    expect(estimateWaitSeconds({ ...base, position: 4, meanHandleSeconds: 300 })).toBe(200);
    expect(estimateWaitSeconds({ ...base, position: 5, freeSlots: 1, meanHandleSeconds: 300 })).toBe(200);
    expect(estimateWaitSeconds({ ...base, position: 1 })).toBe(Math.ceil(DEFAULT_HANDLE_SECONDS / 6));
  });

  it("shrinks as capacity comes online", () => {
    const few = estimateWaitSeconds({ ...base, position: 6, capacity: 3, meanHandleSeconds: 120 })!;
    const many = estimateWaitSeconds({ ...base, position: 6, capacity: 12, meanHandleSeconds: 120 })!;
    expect(many).toBeLessThan(few);
  });

  it("is capped at an hour", () => {
    expect(estimateWaitSeconds({ ...base, position: 1000, capacity: 1, meanHandleSeconds: 600 })).toBe(3600);
  });
});

describe("shouldOfferEmail", () => {
  it("offers email past the first-response target, or when there is no estimate", () => {
    expect(shouldOfferEmail(76, 76)).toBe(false);
    expect(shouldOfferEmail(77, 76)).toBe(true);
    expect(shouldOfferEmail(null, 76)).toBe(true);
  });
});

describe("median", () => {
  it("handles odd, even and empty lists", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
