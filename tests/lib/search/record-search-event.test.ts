import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { flushSearchEvents, queueSearchEvent } from "@/lib/search/record-search-event";

describe("queued search events", () => {
  it("collapse keystrokes in memory (newest wins) and are written together", async () => {
    const t0 = Date.now();
    queueSearchEvent(
      "question-a",
      { q: "where is my parc", locale: "en", resultCount: 5, degraded: false },
      new Date(t0),
    );
    queueSearchEvent(
      "question-a",
      { q: "where is my parcel", locale: "en", resultCount: 3, degraded: false },
      new Date(t0 + 200),
    );
    // A late answer to an earlier keystroke does not win.
    queueSearchEvent(
      "question-a",
      { q: "where is", locale: "en", resultCount: 9, degraded: false },
      new Date(t0 + 100),
    );
    queueSearchEvent("question-b", { q: "colis perdu", locale: "fr", resultCount: 0, degraded: true }, new Date(t0));

    await flushSearchEvents();

    const events = await db.searchEvent.findMany({
      orderBy: { id: "asc" },
      select: { id: true, query: true, normalizedQuery: true, resultCount: true, degraded: true },
    });
    expect(events).toEqual([
      {
        id: "question-a",
        query: "where is my parcel",
        normalizedQuery: "where is my parcel",
        resultCount: 3,
        degraded: false,
      },
      { id: "question-b", query: "colis perdu", normalizedQuery: "colis perdu", resultCount: 0, degraded: true },
    ]);
  });

  it("are written on their own shortly after, without a flush", async () => {
    queueSearchEvent("question-c", { q: "refund", locale: "en", resultCount: 2, degraded: false });
    for (
      let attempt = 0;
      attempt < 40 && !(await db.searchEvent.findUnique({ where: { id: "question-c" } }));
      attempt++
    ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await db.searchEvent.findUnique({ where: { id: "question-c" }, select: { query: true } })).toEqual({
      query: "refund",
    });
  });
});
