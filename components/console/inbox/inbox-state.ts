// Pure rules of the agent inbox: which list a conversation belongs in, queue order, canned
// response shortcuts. The component only wires them to the API and the event stream.

export type Summary = {
  id: string;
  status: "QUEUED" | "ACTIVE" | "RESOLVED" | "OFFLINE" | "ABANDONED";
  topic: string;
  priority: number;
  locale: string;
  searchQuery: string | null;
  pageUrl: string | null;
  preview: string;
  assignee: { id: string; name: string } | null;
  queuedAt: string;
  assignedAt: string | null;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  lastMessageAt: string | null;
  csatScore: number | null;
  visitorEmail: string | null;
};

export type InboxLists = { queue: Summary[]; offline: Summary[]; mine: Summary[] };

export type ListName = keyof InboxLists;

export function listFor(summary: Summary, staffId: string): ListName | null {
  if (summary.status === "QUEUED") return "queue";
  if (summary.status === "OFFLINE") return summary.assignee && summary.assignee.id === staffId ? "mine" : "offline";
  if (summary.status === "ACTIVE" && summary.assignee?.id === staffId) return "mine";
  return null;
}

/** Most urgent first (checkout before the rest), then the longest waiting. */
export function compareQueue(a: Summary, b: Summary): number {
  return b.priority - a.priority || Date.parse(a.queuedAt) - Date.parse(b.queuedAt) || a.id.localeCompare(b.id);
}

function compareRecent(a: Summary, b: Summary): number {
  const at = (summary: Summary) => Date.parse(summary.lastMessageAt ?? summary.assignedAt ?? summary.queuedAt);
  return at(b) - at(a) || a.id.localeCompare(b.id);
}

/** Moves a changed conversation to the list it now belongs in (or out of all of them). */
export function upsertSummary(lists: InboxLists, summary: Summary, staffId: string): InboxLists {
  const target = listFor(summary, staffId);
  const without = (list: Summary[]) => list.filter((item) => item.id !== summary.id);
  const next: InboxLists = { queue: without(lists.queue), offline: without(lists.offline), mine: without(lists.mine) };
  if (target) next[target] = [...next[target], summary].sort(target === "queue" ? compareQueue : compareRecent);
  return next;
}

export function isNewInQueue(lists: InboxLists, summary: Summary): boolean {
  return summary.status === "QUEUED" && !lists.queue.some((item) => item.id === summary.id);
}

export type CannedResponse = { locale: string; shortcut: string; title: string; body: string };

/**
 * Expands a `/shortcut` the agent has just finished typing (followed by a space or a new line)
 * into its canned response, in the conversation's language when there is one.
 */
export function expandShortcut(draft: string, canned: readonly CannedResponse[], locale: string): string {
  const match = /(^|\s)\/([\w-]+)([ \n])$/.exec(draft);
  if (!match) return draft;
  const shortcut = match[2].toLowerCase();
  const response =
    canned.find((item) => item.shortcut === shortcut && item.locale === locale) ??
    canned.find((item) => item.shortcut === shortcut && item.locale === locale.split("-")[0]) ??
    canned.find((item) => item.shortcut === shortcut);
  if (!response) return draft;
  return draft.slice(0, match.index + match[1].length) + response.body;
}

/** Canned responses whose shortcut starts with what follows the `/` being typed. */
export function shortcutSuggestions(
  draft: string,
  canned: readonly CannedResponse[],
  locale: string,
): CannedResponse[] {
  const match = /(^|\s)\/([\w-]*)$/.exec(draft);
  if (!match) return [];
  const prefix = match[2].toLowerCase();
  return canned.filter((item) => item.locale === locale && item.shortcut.startsWith(prefix)).slice(0, 6);
}
