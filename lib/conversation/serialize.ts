import type { AuthorType, ConversationStatus, Topic } from "@/lib/generated/prisma/enums";

// The JSON shapes of the chat API (docs/decisions/006-chat-queue-and-realtime.md).

export const messageSelect = {
  id: true,
  conversationId: true,
  authorType: true,
  body: true,
  clientId: true,
  createdAt: true,
  author: { select: { id: true, name: true } },
} as const;

type MessageRow = {
  id: bigint;
  conversationId: string;
  authorType: AuthorType;
  body: string;
  clientId: string | null;
  createdAt: Date;
  author: { id: string; name: string } | null;
};

export type ChatMessage = {
  id: string;
  conversationId: string;
  authorType: AuthorType;
  author: { id: string; name: string } | null;
  body: string;
  clientId: string | null;
  createdAt: string;
};

export function toChatMessage(row: MessageRow): ChatMessage {
  return {
    id: row.id.toString(),
    conversationId: row.conversationId,
    authorType: row.authorType,
    author: row.author,
    body: row.body,
    clientId: row.clientId,
    createdAt: row.createdAt.toISOString(),
  };
}

export const summarySelect = {
  id: true,
  status: true,
  topic: true,
  priority: true,
  locale: true,
  searchQuery: true,
  pageUrl: true,
  queuedAt: true,
  assignedAt: true,
  firstResponseAt: true,
  resolvedAt: true,
  lastMessageAt: true,
  csatScore: true,
  assignee: { select: { id: true, name: true } },
  visitor: { select: { email: true } },
  messages: {
    where: { authorType: "VISITOR" },
    orderBy: { id: "asc" },
    take: 1,
    select: { body: true },
  },
} as const;

type SummaryRow = {
  id: string;
  status: ConversationStatus;
  topic: Topic;
  priority: number;
  locale: string;
  searchQuery: string | null;
  pageUrl: string | null;
  queuedAt: Date;
  assignedAt: Date | null;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  lastMessageAt: Date | null;
  csatScore: number | null;
  assignee: { id: string; name: string } | null;
  visitor: { email: string | null };
  messages: { body: string }[];
};

export type ConversationSummary = ReturnType<typeof toSummary>;

export function toSummary(row: SummaryRow) {
  const iso = (date: Date | null) => date?.toISOString() ?? null;
  return {
    id: row.id,
    status: row.status,
    topic: row.topic,
    priority: row.priority,
    locale: row.locale,
    searchQuery: row.searchQuery,
    pageUrl: row.pageUrl,
    preview: (row.messages[0]?.body ?? "").slice(0, 140),
    assignee: row.assignee,
    queuedAt: row.queuedAt.toISOString(),
    assignedAt: iso(row.assignedAt),
    firstResponseAt: iso(row.firstResponseAt),
    resolvedAt: iso(row.resolvedAt),
    lastMessageAt: iso(row.lastMessageAt),
    csatScore: row.csatScore,
    visitorEmail: row.visitor.email,
  };
}
