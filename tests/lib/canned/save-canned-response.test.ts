import { describe, expect, it } from "vitest";
import { listCannedResponses } from "@/lib/canned/queries";
import { createCannedResponse, deleteCannedResponse, updateCannedResponse } from "@/lib/canned/save-canned-response";
import { db } from "@/lib/db";

describe("canned responses", () => {
  it("keeps shortcuts unique per locale, not across locales", async () => {
    const en = await createCannedResponse(db, {
      locale: "en",
      shortcut: " Refund ",
      title: "Refund",
      body: "Within 5 days.",
    });
    expect(en.shortcut).toBe("refund");
    await createCannedResponse(db, { locale: "fr", shortcut: "refund", title: "Remboursement", body: "Sous 5 jours." });
    await expect(
      createCannedResponse(db, { locale: "en", shortcut: "refund", title: "Again", body: "Again." }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(listCannedResponses({ locale: "fr" })).resolves.toMatchObject([
      { shortcut: "refund", title: "Remboursement" },
    ]);
  });

  it("updates and deletes, answering NOT_FOUND for an unknown id", async () => {
    const created = await createCannedResponse(db, { locale: "en", shortcut: "hello", title: "Hi", body: "Hello!" });
    await expect(updateCannedResponse(db, created.id, { body: "Hello there!" })).resolves.toMatchObject({
      shortcut: "hello",
      body: "Hello there!",
    });
    await deleteCannedResponse(db, created.id);
    await expect(deleteCannedResponse(db, created.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateCannedResponse(db, "nope", { title: "X" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a shortcut with spaces or a locale the install does not serve", async () => {
    await expect(
      createCannedResponse(db, { locale: "de", shortcut: "two words", title: "X", body: "Y" }),
    ).rejects.toThrow(/must be one of en, fr[\s\S]*lower-case letters/);
  });
});
