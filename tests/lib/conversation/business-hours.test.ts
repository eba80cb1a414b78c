import { describe, expect, it } from "vitest";
import { POST as createRoute } from "@/app/api/v1/conversations/route";
import { isOpenAt } from "@/lib/conversation/business-hours";
import { loadAvailability } from "@/lib/conversation/queue-status";
import { db } from "@/lib/db";
import type { TBusinessHours } from "@/lib/settings/schemas";
import { shopperCall } from "../../app/api/v1/conversations/shopper";

const weekdays = { open: "09:00", close: "18:00" };
const parisHours: TBusinessHours = {
  timeZone: "Europe/Paris",
  days: {
    mon: weekdays,
    tue: weekdays,
    wed: weekdays,
    thu: weekdays,
    fri: weekdays,
    sat: { open: "10:00", close: "16:00" },
    sun: null,
  },
};

describe("isOpenAt", () => {
  it("reads the hours in the help desk's own time zone", () => {
    // Monday 23 November 2026; Paris is UTC+1 in winter.
    expect(isOpenAt(parisHours, new Date("2026-11-23T08:30:00Z"))).toBe(true); // 09:30 in Paris
    expect(isOpenAt(parisHours, new Date("2026-11-23T07:59:00Z"))).toBe(false); // 08:59
    expect(isOpenAt(parisHours, new Date("2026-11-23T16:59:00Z"))).toBe(true); // 17:59
    expect(isOpenAt(parisHours, new Date("2026-11-23T17:00:00Z"))).toBe(false); // 18:00: closed
    expect(isOpenAt({ ...parisHours, timeZone: "America/New_York" }, new Date("2026-11-23T08:30:00Z"))).toBe(false); // 03:30 in New York
  });

  it("knows closed days and short days, and is always open without hours", () => {
    expect(isOpenAt(parisHours, new Date("2026-11-22T12:00:00Z"))).toBe(false); // Sunday
    expect(isOpenAt(parisHours, new Date("2026-11-28T14:00:00Z"))).toBe(true); // Saturday 15:00
    expect(isOpenAt(parisHours, new Date("2026-11-28T15:30:00Z"))).toBe(false); // Saturday 16:30
    expect(isOpenAt(null, new Date("2026-11-22T03:00:00Z"))).toBe(true);
  });
});

describe("outside business hours", () => {
  it("takes a message (email required) even with an agent online, and says nobody is available", async () => {
    await db.user.create({
      data: {
        email: "night@shop.example",
        name: "Night Owl",
        passwordHash: "x",
        role: "AGENT",
        availability: "ONLINE",
        maxConcurrentChats: 3,
      },
    });
    const closed = {
      timeZone: "UTC",
      days: { mon: null, tue: null, wed: null, thu: null, fri: null, sat: null, sun: null },
    };
    await db.setting.create({ data: { key: "chat.businessHours", value: closed } });

    expect(await loadAvailability()).toMatchObject({ online: false, agentsOnline: 1 });
    const withoutEmail = await shopperCall(createRoute, {
      path: "/api/v1/conversations",
      body: { message: "Hello?", locale: "en" },
    });
    expect(withoutEmail.status).toBe(400);
    const withEmail = await shopperCall(createRoute, {
      path: "/api/v1/conversations",
      body: { message: "Hello?", locale: "en", email: "late@shop.example" },
    });
    expect(withEmail.status).toBe(201);
    expect(withEmail.body.conversation.status).toBe("OFFLINE");

    await db.setting.delete({ where: { key: "chat.businessHours" } });
    expect(await loadAvailability()).toMatchObject({ online: true });
  });
});
