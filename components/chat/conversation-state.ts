import type { ServerMessage } from "@/components/chat/chat-messages";
import { DEFAULT_TARGET_SECONDS } from "@/components/chat/format-wait";

export type ConversationStatus = "QUEUED" | "ACTIVE" | "RESOLVED" | "OFFLINE" | "ABANDONED";
export type Topic = "PRODUCT" | "CHECKOUT" | "AFTER_SALES" | "ACCOUNT" | "OTHER";
export const TOPICS: readonly Topic[] = ["PRODUCT", "CHECKOUT", "AFTER_SALES", "ACCOUNT", "OTHER"];

/** What the shopper's page shows about its conversation, kept current by `status` events. */
export type ConversationInfo = {
  id: string;
  status: ConversationStatus;
  topic: Topic;
  position: number | null;
  estimatedWaitSeconds: number | null;
  offerEmail: boolean;
  agentName: string | null;
  csatScore: number | null;
  email: string | null;
  targetSeconds: number;
};

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === "object" && value !== null;
const numberOrNull = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : null);

function agentNameOf(payload: Loose): string | null | undefined {
  for (const key of ["assignee", "agent"]) {
    if (key in payload) {
      const value = payload[key];
      if (value === null) return null;
      if (isObject(value) && typeof value.name === "string") return value.name;
    }
  }
  if (typeof payload.agentName === "string" || payload.agentName === null) return payload.agentName as string | null;
  return undefined;
}

/**
 * Applies whatever a `status` event (or a fresh read) says to the conversation; fields the
 * payload does not mention keep their value.
 */
export function applyStatus(info: ConversationInfo, payload: unknown): ConversationInfo {
  if (!isObject(payload)) return info;
  const source = isObject(payload.conversation) ? { ...payload, ...payload.conversation } : payload;
  const next = { ...info };
  if (typeof source.status === "string") next.status = source.status as ConversationStatus;
  if (typeof source.topic === "string") next.topic = source.topic as Topic;
  if (typeof source.firstResponseTargetSeconds === "number") next.targetSeconds = source.firstResponseTargetSeconds;
  if ("position" in source) next.position = numberOrNull(source.position);
  if ("estimatedWaitSeconds" in source) next.estimatedWaitSeconds = numberOrNull(source.estimatedWaitSeconds);
  if (typeof source.offerEmail === "boolean") next.offerEmail = source.offerEmail;
  if ("csatScore" in source) next.csatScore = numberOrNull(source.csatScore);
  if (typeof source.email === "string" || source.email === null) next.email = source.email as string | null;
  const agentName = agentNameOf(source);
  if (agentName !== undefined) next.agentName = agentName;
  // Once someone has it, the queue figures no longer apply.
  if (next.status !== "QUEUED") {
    next.position = null;
    next.offerEmail = false;
  }
  return next;
}

export function emptyInfo(id: string): ConversationInfo {
  return {
    id,
    status: "QUEUED",
    topic: "OTHER",
    position: null,
    estimatedWaitSeconds: null,
    offerEmail: false,
    agentName: null,
    csatScore: null,
    email: null,
    targetSeconds: DEFAULT_TARGET_SECONDS,
  };
}

/** `GET /api/v1/conversations/{id}`: the conversation and its messages, wherever the body nests them. */
export function readConversationResponse(
  id: string,
  data: unknown,
): { info: ConversationInfo; messages: ServerMessage[] } {
  const body = isObject(data) ? data : {};
  const conversation = isObject(body.conversation) ? body.conversation : body;
  const messages = Array.isArray(body.messages)
    ? body.messages
    : Array.isArray(conversation.messages)
      ? conversation.messages
      : [];
  return { info: applyStatus(emptyInfo(id), conversation), messages: messages.filter(isObject) as ServerMessage[] };
}

/** A `message` event carries the message itself or `{ message }`. */
export function readMessageEvent(data: unknown): ServerMessage | null {
  if (!isObject(data)) return null;
  const message = isObject(data.message) ? data.message : data;
  return typeof message.body === "string" && (typeof message.id === "string" || typeof message.id === "number")
    ? ({ ...message, id: String(message.id) } as ServerMessage)
    : null;
}
