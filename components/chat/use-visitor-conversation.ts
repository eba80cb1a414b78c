"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError, newClientId, requestJson } from "@/components/chat/api-client";
import {
  addPending,
  lastMessageId,
  mergeMessages,
  setDeliveryState,
  type ChatMessage,
  type ServerMessage,
} from "@/components/chat/chat-messages";
import {
  applyStatus,
  emptyInfo,
  readConversationResponse,
  readMessageEvent,
  type ConversationInfo,
} from "@/components/chat/conversation-state";
import { useEventStream, type StreamState } from "@/components/chat/use-event-stream";
import { readOutbox, writeOutbox, type VisitorSession } from "@/components/chat/visitor-session";

export type LoadState = "loading" | "ready" | "error" | "gone";

const TYPING_TIMEOUT_MS = 8_000;

export type VisitorConversation = {
  info: ConversationInfo;
  messages: ChatMessage[];
  load: LoadState;
  stream: StreamState;
  agentTyping: boolean;
  send: (body: string) => void;
  retry: (clientId: string) => void;
  reload: () => void;
  setTyping: (typing: boolean) => void;
  rate: (score: number, comment: string) => Promise<void>;
};

export function useVisitorConversation(
  session: VisitorSession,
  seed?: { info: ConversationInfo; messages: ServerMessage[] },
): VisitorConversation {
  const { conversationId: id, visitorToken: token } = session;
  const base = `/api/v1/conversations/${encodeURIComponent(id)}`;
  const [info, setInfo] = useState<ConversationInfo>(() => seed?.info ?? emptyInfo(id));
  const [messages, setMessages] = useState<ChatMessage[]>(() => mergeMessages([], seed?.messages ?? []));
  const [load, setLoad] = useState<LoadState>("loading");
  const [agentTyping, setAgentTyping] = useState(false);
  const messagesRef = useRef(messages);
  useEffect(() => {
    messagesRef.current = messages;
  }, [messages]);
  const typingTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const deliver = useCallback(
    async (clientId: string, body: string) => {
      try {
        const { message } = await requestJson<{ message: ServerMessage }>(`${base}/messages`, {
          method: "POST",
          token,
          body: { body, clientId },
        });
        setMessages((current) => mergeMessages(current, [message]));
        writeOutbox(
          id,
          readOutbox(id).filter((entry) => entry.clientId !== clientId),
        );
      } catch (error) {
        setMessages((current) => setDeliveryState(current, clientId, "failed"));
        if (error instanceof ApiError && error.status === 404) setLoad("gone");
      }
    },
    [base, id, token],
  );

  const send = useCallback(
    (body: string) => {
      const clientId = newClientId();
      // Written down before it leaves: a reload or a crash sends it again (same clientId, no duplicate).
      writeOutbox(id, [...readOutbox(id), { clientId, body }]);
      setMessages((current) =>
        addPending(current, { clientId, body, authorType: "VISITOR", createdAt: new Date().toISOString() }),
      );
      void deliver(clientId, body);
    },
    [deliver, id],
  );

  const retry = useCallback(
    (clientId: string) => {
      const message = messagesRef.current.find((candidate) => candidate.clientId === clientId);
      if (!message || message.state === "sent") return;
      setMessages((current) => setDeliveryState(current, clientId, "pending"));
      void deliver(clientId, message.body);
    },
    [deliver],
  );

  const refresh = useCallback(async () => {
    try {
      const data = await requestJson<unknown>(base, { token });
      const read = readConversationResponse(id, data);
      setInfo((current) => ({ ...read.info, agentName: read.info.agentName ?? current.agentName }));
      setMessages((current) => mergeMessages(current, read.messages));
      setLoad("ready");
      // What the shopper wrote before a reload and the server never confirmed goes out again.
      const confirmed = new Set(read.messages.map((message) => message.clientId).filter(Boolean));
      for (const entry of readOutbox(id)) {
        if (confirmed.has(entry.clientId)) continue;
        setMessages((current) =>
          addPending(current, {
            clientId: entry.clientId,
            body: entry.body,
            authorType: "VISITOR",
            createdAt: new Date().toISOString(),
          }),
        );
        void deliver(entry.clientId, entry.body);
      }
      writeOutbox(
        id,
        readOutbox(id).filter((entry) => !confirmed.has(entry.clientId)),
      );
    } catch (error) {
      setLoad(error instanceof ApiError && [401, 403, 404].includes(error.status) ? "gone" : "error");
    }
  }, [base, deliver, id, token]);

  useEffect(() => {
    const initial = setTimeout(() => void refresh(), 0);
    const retryFailed = () => {
      for (const message of messagesRef.current)
        if (message.state === "failed" && message.clientId) retry(message.clientId);
    };
    window.addEventListener("online", retryFailed);
    return () => {
      clearTimeout(initial);
      window.removeEventListener("online", retryFailed);
    };
  }, [refresh, retry]);

  const stream = useEventStream(
    load === "gone" ? null : `${base}/events?token=${encodeURIComponent(token)}`,
    {
      message: (data) => {
        const message = readMessageEvent(data);
        if (!message) return;
        setMessages((current) => mergeMessages(current, [message]));
        if (message.authorType === "AGENT") setAgentTyping(false);
      },
      status: (data) => setInfo((current) => applyStatus(current, data)),
      typing: (data) => {
        const typing = typeof data === "object" && data !== null && (data as { typing?: unknown }).typing === true;
        setAgentTyping(typing);
        clearTimeout(typingTimer.current);
        if (typing) typingTimer.current = setTimeout(() => setAgentTyping(false), TYPING_TIMEOUT_MS);
      },
      onReconnect: () => {
        void refresh();
        for (const message of messagesRef.current)
          if (message.state === "failed" && message.clientId) retry(message.clientId);
      },
    },
    { lastEventId: () => lastMessageId(messagesRef.current) },
  );

  const lastTyping = useRef(0);
  const setTyping = useCallback(
    (typing: boolean) => {
      const now = Date.now();
      // One "typing" every few seconds is enough for the agent's indicator.
      if (typing && now - lastTyping.current < 3_000) return;
      lastTyping.current = typing ? now : 0;
      void requestJson(`${base}/typing`, { method: "POST", token, body: { typing } }).catch(() => undefined);
    },
    [base, token],
  );

  const rate = useCallback(
    async (score: number, comment: string) => {
      await requestJson(`${base}/csat`, {
        method: "POST",
        token,
        body: { score, ...(comment.trim() ? { comment: comment.trim() } : {}) },
      });
      setInfo((current) => ({ ...current, csatScore: score }));
    },
    [base, token],
  );

  return {
    info,
    messages,
    load,
    stream,
    agentTyping,
    send,
    retry,
    reload: () => void refresh(),
    setTyping,
    rate,
  };
}
