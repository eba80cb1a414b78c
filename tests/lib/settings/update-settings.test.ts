import { beforeAll, describe, expect, it } from "vitest";
import { chatSettings } from "@/lib/conversation/chat-settings";
import { db } from "@/lib/db";
import { loadSynonyms } from "@/lib/search/synonyms";
import { loadAdminSettings } from "@/lib/settings/queries";
import { rotateIdentitySecret } from "@/lib/settings/rotate-identity-secret";
import { DEFAULT_SETTINGS } from "@/lib/settings/schemas";
import { updateSettings } from "@/lib/settings/update-settings";
import { createUser } from "@/lib/user/create-user";

let adminId: string;

beforeAll(async () => {
  adminId = (await createUser(db, { email: "boss@shop.example", password: "a-long-password", role: "ADMIN" })).id;
});

describe("admin settings", () => {
  it("starts from the defaults: a 76 s first-response target and auto-assignment on", async () => {
    const settings = await loadAdminSettings();
    expect(settings).toMatchObject({
      autoAssign: true,
      firstResponseTargetSeconds: 76,
      allowedOrigins: [],
      businessHours: DEFAULT_SETTINGS.businessHours,
      identitySecret: { set: false, hint: null },
      locales: ["en", "fr"],
    });
  });

  it("saves only the given settings, audit-logs their keys, and the chat reads them", async () => {
    const { updated } = await updateSettings(
      db,
      {
        autoAssign: false,
        firstResponseTargetSeconds: 60,
        allowedOrigins: ["https://shop.example/", "http://localhost:8080"],
        branding: { name: "Brindille", color: "#112233", logoUrl: "https://cdn.example/logo.svg" },
      },
      { actorId: adminId },
    );
    expect([...updated].sort()).toEqual(
      ["branding", "chat.autoAssign", "chat.firstResponseTargetSeconds", "widget.allowedOrigins"].sort(),
    );
    const settings = await loadAdminSettings();
    expect(settings).toMatchObject({
      autoAssign: false,
      firstResponseTargetSeconds: 60,
      allowedOrigins: ["https://shop.example", "http://localhost:8080"],
      branding: { name: "Brindille", color: "#112233" },
      businessHours: DEFAULT_SETTINGS.businessHours,
    });
    await expect(chatSettings()).resolves.toMatchObject({ autoAssign: false, firstResponseTargetSeconds: 60 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "settings.update" } });
    expect(audit).toMatchObject({ actorId: adminId, data: { keys: updated } });
  });

  it("stores business hours and synonyms, which reach search", async () => {
    const hours = {
      timeZone: "America/New_York",
      days: { ...DEFAULT_SETTINGS.businessHours.days, sat: { open: "10:00", close: "14:00" } },
    };
    await updateSettings(
      db,
      { businessHours: hours, synonyms: { en: [["jumper", "sweater", "pullover"]], fr: [] } },
      { actorId: adminId },
    );
    await expect(loadAdminSettings()).resolves.toMatchObject({ businessHours: hours });
    await expect(loadSynonyms()).resolves.toEqual({ en: [["jumper", "sweater", "pullover"]], fr: [] });
  });

  it("refuses bad values, naming the field, and saves nothing", async () => {
    const refused = await updateSettings(
      db,
      {
        autoAssign: true,
        allowedOrigins: ["https://shop.example/checkout"],
        businessHours: { timeZone: "Mars/Olympus", days: DEFAULT_SETTINGS.businessHours.days },
      },
      { actorId: adminId },
    ).catch((error: Error) => error);
    expect(refused).toBeInstanceOf(Error);
    expect((refused as Error).message).toContain("must be an origin such as https://shop.example (no path)");
    expect((refused as Error).message).toContain("must be a time zone such as Europe/Paris");
    await expect(loadAdminSettings()).resolves.toMatchObject({ autoAssign: false });
    await expect(
      updateSettings(
        db,
        {
          businessHours: {
            timeZone: "UTC",
            days: { ...DEFAULT_SETTINGS.businessHours.days, mon: { open: "18:00", close: "09:00" } },
          },
        },
        { actorId: adminId },
      ),
    ).rejects.toThrow(/must close after it opens/);
  });

  it("rotates the identity secret: shown once, then only as a hint", async () => {
    const { secret } = await rotateIdentitySecret(db, { actorId: adminId });
    expect(secret).toMatch(/^[\w-]{43}$/);
    const settings = await loadAdminSettings();
    expect(settings.identitySecret).toEqual({ set: true, hint: `…${secret.slice(-4)}` });
    expect(JSON.stringify(settings)).not.toContain(secret);
    await expect(
      db.auditLog.count({ where: { action: "settings.identity_secret.rotate", actorId: adminId } }),
    ).resolves.toBe(1);
  });
});
