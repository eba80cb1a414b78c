import { describe, expect, it } from "vitest";
import { describePosition, describeWait, formatElapsed, secondsSince, waitTone } from "@/components/chat/format-wait";
import { translator } from "@/lib/i18n/translate";

const en = translator("en");
const fr = translator("fr");

describe("honest waits", () => {
  it("rounds the estimate up, never promising less than it says", () => {
    expect(describeWait(en, 20)).toBe("Expected wait: under a minute.");
    expect(describeWait(en, 60)).toBe("Expected wait: about 1 minute.");
    expect(describeWait(en, 61)).toBe("Expected wait: about 2 minutes.");
    expect(describeWait(fr, 150)).toBe("Attente estimée : environ 3 minutes.");
  });

  it("says so when there is no estimate rather than inventing one", () => {
    expect(describeWait(en, null)).toBe("We are finding someone for you.");
    expect(describeWait(en, Number.NaN)).toBe("We are finding someone for you.");
  });

  it("describes the queue position", () => {
    expect(describePosition(en, 1)).toBe("You are next in line.");
    expect(describePosition(en, 4)).toBe("You are number 4 in line.");
    expect(describePosition(en, null)).toBeNull();
  });
});

describe("the inbox's ticking waits", () => {
  it("formats elapsed time", () => {
    expect(formatElapsed(0)).toBe("0:00");
    expect(formatElapsed(75.9)).toBe("1:15");
    expect(formatElapsed(3_725)).toBe("1:02:05");
    expect(formatElapsed(-3)).toBe("0:00");
  });

  it("colours against the 76 s target", () => {
    expect(waitTone(10)).toBe("ok");
    expect(waitTone(51)).toBe("warning");
    expect(waitTone(76)).toBe("late");
    expect(waitTone(30, 40)).toBe("warning");
  });

  it("measures from an ISO time and never goes negative", () => {
    const now = Date.parse("2030-01-01T10:01:00Z");
    expect(secondsSince("2030-01-01T10:00:00Z", now)).toBe(60);
    expect(secondsSince("2030-01-01T10:02:00Z", now)).toBe(0);
  });
});
