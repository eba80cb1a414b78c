import { describe, expect, it } from "vitest";
import {
  expandShortcut,
  isNewInQueue,
  shortcutSuggestions,
  upsertSummary,
  type InboxLists,
  type Summary,
} from "@/components/console/inbox/inbox-state";

const summary = (id: string, patch: Partial<Summary> = {}): Summary => ({
  id,
  status: "QUEUED",
  topic: "OTHER",
  priority: 0,
  locale: "en",
  searchQuery: null,
  pageUrl: null,
  preview: "hello",
  assignee: null,
  queuedAt: "2030-01-01T10:00:00Z",
  assignedAt: null,
  firstResponseAt: null,
  resolvedAt: null,
  lastMessageAt: null,
  csatScore: null,
  visitorEmail: null,
  ...patch,
});
const empty: InboxLists = { queue: [], offline: [], mine: [] };

describe("inbox lists", () => {
  it("keeps the queue in priority, then age order", () => {
    let lists = upsertSummary(empty, summary("old", { queuedAt: "2030-01-01T09:00:00Z" }), "me");
    lists = upsertSummary(lists, summary("new"), "me");
    lists = upsertSummary(lists, summary("checkout", { priority: 10, queuedAt: "2030-01-01T11:00:00Z" }), "me");
    expect(lists.queue.map((item) => item.id)).toEqual(["checkout", "old", "new"]);
  });

  it("moves a claimed conversation from the queue to mine, or out when another agent took it", () => {
    const lists = upsertSummary(upsertSummary(empty, summary("a"), "me"), summary("b"), "me");
    const mine = upsertSummary(lists, summary("a", { status: "ACTIVE", assignee: { id: "me", name: "Me" } }), "me");
    expect(mine.queue.map((item) => item.id)).toEqual(["b"]);
    expect(mine.mine.map((item) => item.id)).toEqual(["a"]);
    const theirs = upsertSummary(mine, summary("b", { status: "ACTIVE", assignee: { id: "other", name: "O" } }), "me");
    expect(theirs).toEqual({ queue: [], offline: [], mine: [expect.objectContaining({ id: "a" })] });
    const resolved = upsertSummary(theirs, summary("a", { status: "RESOLVED" }), "me");
    expect(resolved.mine).toEqual([]);
  });

  it("files left messages apart, and knows a newcomer to the queue", () => {
    const lists = upsertSummary(empty, summary("o", { status: "OFFLINE" }), "me");
    expect(lists.offline.map((item) => item.id)).toEqual(["o"]);
    expect(isNewInQueue(lists, summary("q"))).toBe(true);
    expect(isNewInQueue(upsertSummary(lists, summary("q"), "me"), summary("q"))).toBe(false);
  });
});

describe("canned responses", () => {
  const canned = [
    { locale: "en", shortcut: "hello", title: "Greeting", body: "Hi! How can I help?" },
    { locale: "fr", shortcut: "hello", title: "Bonjour", body: "Bonjour ! Comment puis-je aider ?" },
    { locale: "en", shortcut: "refund", title: "Refund", body: "Refunds take 5 days." },
  ];

  it("expands a finished /shortcut in the conversation's language", () => {
    expect(expandShortcut("/hello ", canned, "en")).toBe("Hi! How can I help?");
    expect(expandShortcut("Sure. /refund\n", canned, "en")).toBe("Sure. Refunds take 5 days.");
    expect(expandShortcut("/hello ", canned, "fr-FR")).toBe("Bonjour ! Comment puis-je aider ?");
  });

  it("leaves everything else alone", () => {
    expect(expandShortcut("/hello", canned, "en")).toBe("/hello");
    expect(expandShortcut("/unknown ", canned, "en")).toBe("/unknown ");
    expect(expandShortcut("see a/b ", canned, "en")).toBe("see a/b ");
  });

  it("suggests shortcuts while the / is being typed", () => {
    expect(shortcutSuggestions("/re", canned, "en").map((item) => item.shortcut)).toEqual(["refund"]);
    expect(shortcutSuggestions("/", canned, "en")).toHaveLength(2);
    expect(shortcutSuggestions("hello", canned, "en")).toEqual([]);
  });
});
