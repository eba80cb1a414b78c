import "server-only";
import { loadShopperStatuses } from "@/lib/conversation/queue-status";
import { loadConversationSummary } from "@/lib/conversation/queries";
import { messageSelect, toChatMessage, type ChatMessage } from "@/lib/conversation/serialize";
import { db } from "@/lib/db";
import { CHAT_CHANNEL, type ChatEvent } from "@/lib/realtime/chat-channel";
import { subscribe } from "@/lib/realtime/listen";
import type { SseWriter } from "@/lib/realtime/sse";

// The fan-out of one app instance: one LISTEN (lib/realtime/listen.ts) for every open stream.
// Notifications only say what changed; the hub reads the rows once per notification and hands
// each stream what it has not seen yet. Delivery is filtered by the last id each stream got,
// and within a conversation ids commit in order (append-message.ts), so a stream gets every
// message exactly once, in order, whatever the timing of notifications, replays and reconnects.

type ShopperStream = { conversationId: string; lastId: bigint; lastStatus?: string; writer: SseWriter };
type AgentStream = { agentId: string; baseline: bigint; lastIds: Map<string, bigint>; writer: SseWriter };

type Hub = {
  shoppers: Map<string, Set<ShopperStream>>;
  agents: Set<AgentStream>;
  listening?: Promise<unknown>;
  refreshing?: Promise<void>;
  refreshAgain: boolean;
};

const holder = globalThis as unknown as { guichetChatHub?: Hub };

function hub(): Hub {
  holder.guichetChatHub ??= { shoppers: new Map(), agents: new Set(), refreshAgain: false };
  return holder.guichetChatHub;
}

function report(error: unknown) {
  console.error("Chat event fan-out failed:", error);
}

async function ensureListening(state: Hub): Promise<void> {
  state.listening ??= subscribe(CHAT_CHANNEL, (payload) => {
    if (payload === null) return void catchUpEverything(state).catch(report);
    let event: ChatEvent;
    try {
      event = JSON.parse(payload) as ChatEvent;
    } catch {
      return;
    }
    handle(state, event).catch(report);
  }).catch((error: unknown) => {
    state.listening = undefined;
    throw error;
  });
  await state.listening;
}

function deliverToShopper(stream: ShopperStream, messages: ChatMessage[]) {
  for (const message of messages) {
    const id = BigInt(message.id);
    if (id <= stream.lastId) continue;
    stream.lastId = id;
    stream.writer.send("message", message, message.id);
  }
}

function deliverToAgent(stream: AgentStream, messages: ChatMessage[]) {
  for (const message of messages) {
    const id = BigInt(message.id);
    if (id <= (stream.lastIds.get(message.conversationId) ?? stream.baseline)) continue;
    stream.lastIds.set(message.conversationId, id);
    stream.writer.send("message", message, message.id);
  }
}

async function messagesAfter(conversationId: string, after: bigint): Promise<ChatMessage[]> {
  const rows = await db.message.findMany({
    where: { conversationId, id: { gt: after } },
    orderBy: { id: "asc" },
    select: messageSelect,
  });
  return rows.map(toChatMessage);
}

async function deliverMessages(state: Hub, conversationId: string, assigneeId: string | null) {
  const shoppers = [...(state.shoppers.get(conversationId) ?? [])];
  const agents = assigneeId ? [...state.agents].filter((stream) => stream.agentId === assigneeId) : [];
  if (shoppers.length === 0 && agents.length === 0) return;
  const from = [
    ...shoppers.map((stream) => stream.lastId),
    ...agents.map((stream) => stream.lastIds.get(conversationId) ?? stream.baseline),
  ].reduce((a, b) => (b < a ? b : a));
  const messages = await messagesAfter(conversationId, from);
  for (const stream of shoppers) deliverToShopper(stream, messages);
  for (const stream of agents) deliverToAgent(stream, messages);
}

/** Sends each shopper stream its status when it changed (queue positions move for everyone). */
async function refreshStatuses(state: Hub): Promise<void> {
  if (state.refreshing) {
    state.refreshAgain = true;
    return state.refreshing;
  }
  state.refreshing = (async () => {
    do {
      state.refreshAgain = false;
      const ids = [...state.shoppers.keys()];
      const statuses = await loadShopperStatuses(ids);
      for (const [id, status] of statuses) {
        const json = JSON.stringify(status);
        for (const stream of state.shoppers.get(id) ?? []) {
          if (stream.lastStatus === json) continue;
          stream.lastStatus = json;
          stream.writer.send("status", status);
        }
      }
    } while (state.refreshAgain);
  })().finally(() => {
    state.refreshing = undefined;
  });
  return state.refreshing;
}

async function handle(state: Hub, event: ChatEvent): Promise<void> {
  if (event.t === "message") return deliverMessages(state, event.c, event.a);
  if (event.t === "typing") {
    const data = { conversationId: event.c, authorType: event.who, typing: event.on };
    if (event.who === "AGENT")
      for (const stream of state.shoppers.get(event.c) ?? []) stream.writer.send("typing", data);
    else for (const stream of state.agents) if (stream.agentId === event.a) stream.writer.send("typing", data);
    return;
  }
  const work: Promise<void>[] = [];
  if (state.shoppers.size > 0) work.push(refreshStatuses(state));
  if (event.c && state.agents.size > 0) {
    work.push(
      loadConversationSummary(event.c).then((conversation) => {
        if (!conversation) return;
        for (const stream of state.agents) stream.writer.send("conversation", { conversation });
      }),
    );
  }
  await Promise.all(work);
}

async function catchUpAgent(stream: AgentStream): Promise<void> {
  const from = [...stream.lastIds.values()].reduce((a, b) => (b < a ? b : a), stream.baseline);
  const rows = await db.message.findMany({
    where: { id: { gt: from }, conversation: { assigneeId: stream.agentId } },
    orderBy: { id: "asc" },
    take: 1000,
    select: messageSelect,
  });
  deliverToAgent(stream, rows.map(toChatMessage));
}

/** After the LISTEN connection came back: whatever was announced meanwhile is in the rows. */
async function catchUpEverything(state: Hub): Promise<void> {
  await Promise.all([
    ...[...state.shoppers.keys()].map((id) => deliverMessages(state, id, null)),
    ...[...state.agents].map(catchUpAgent),
    refreshStatuses(state),
  ]);
}

/**
 * A shopper's stream: replays messages after `lastEventId` (all of them without one), sends
 * the current status, then follows live. Returns the function that stops it.
 */
export async function openShopperStream(
  conversationId: string,
  lastEventId: bigint | undefined,
  writer: SseWriter,
): Promise<() => void> {
  const state = hub();
  await ensureListening(state);
  const stream: ShopperStream = { conversationId, lastId: lastEventId ?? BigInt(0), writer };
  const streams = state.shoppers.get(conversationId) ?? new Set();
  streams.add(stream);
  state.shoppers.set(conversationId, streams);
  // Registered first, then replayed: nothing committed in between can slip through.
  deliverToShopper(stream, await messagesAfter(conversationId, stream.lastId));
  const status = (await loadShopperStatuses([conversationId])).get(conversationId);
  if (status && !writer.closed) {
    stream.lastStatus = JSON.stringify(status);
    writer.send("status", status);
  }
  return () => {
    streams.delete(stream);
    if (streams.size === 0 && state.shoppers.get(conversationId) === streams) state.shoppers.delete(conversationId);
  };
}

/**
 * An agent's stream: every conversation change, and the messages of conversations assigned to
 * them. With `lastEventId`, replays their conversations' messages after it; without, starts now.
 */
export async function openAgentStream(
  agentId: string,
  lastEventId: bigint | undefined,
  writer: SseWriter,
): Promise<() => void> {
  const state = hub();
  await ensureListening(state);
  let baseline = lastEventId;
  if (baseline === undefined) {
    const [{ max }] = await db.$queryRaw<{ max: bigint | null }[]>`SELECT max(id) AS max FROM "Message"`;
    baseline = max ?? BigInt(0);
  }
  const stream: AgentStream = { agentId, baseline, lastIds: new Map(), writer };
  state.agents.add(stream);
  if (lastEventId !== undefined) await catchUpAgent(stream);
  writer.send("ready", { lastEventId: baseline.toString() });
  return () => {
    state.agents.delete(stream);
  };
}

/** Open streams of this instance (the benchmark and tests read it). */
export function openStreamCount(): { shoppers: number; agents: number } {
  const state = hub();
  let shoppers = 0;
  for (const streams of state.shoppers.values()) shoppers += streams.size;
  return { shoppers, agents: state.agents.size };
}
