"use client";

import { useEffect, useRef } from "react";
import type { AuthorType, ChatMessage } from "@/components/chat/chat-messages";

export type MessageListLabels = {
  you: string;
  other: string;
  system: string;
  pending: string;
  failed: string;
  retry: string;
  empty: string;
};

/**
 * The conversation as a log: new messages are announced politely to screen readers, and the
 * view follows the latest message unless the reader scrolled up.
 */
export function MessageList({
  messages,
  viewer,
  labels,
  locale,
  onRetry,
  label,
}: {
  messages: ChatMessage[];
  /** Whose side this list is on: their messages are "you", on the right. */
  viewer: Exclude<AuthorType, "SYSTEM">;
  labels: MessageListLabels;
  locale: string;
  onRetry?: (clientId: string) => void;
  label: string;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);
  useEffect(() => {
    const element = scroller.current;
    if (element && pinned.current) element.scrollTop = element.scrollHeight;
  }, [messages]);
  const time = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit" });
  return (
    <div
      ref={scroller}
      onScroll={(event) => {
        const element = event.currentTarget;
        pinned.current = element.scrollHeight - element.scrollTop - element.clientHeight < 40;
      }}
      className="max-h-[28rem] min-h-48 overflow-y-auto rounded-lg border border-slate-200 bg-slate-50 p-4"
    >
      {messages.length === 0 ? <p className="text-sm text-slate-600">{labels.empty}</p> : null}
      <ol role="log" aria-live="polite" aria-label={label} className="space-y-3" data-testid="messages">
        {messages.map((message) => {
          const mine = message.authorType === viewer;
          const system = message.authorType === "SYSTEM";
          const author = mine ? labels.you : system ? labels.system : (message.author?.name ?? labels.other);
          return (
            <li
              key={message.clientId && message.state !== "sent" ? `c:${message.clientId}` : message.id}
              data-state={message.state}
              data-author={message.authorType}
              className={
                system ? "text-center text-sm text-slate-600" : mine ? "flex justify-end" : "flex justify-start"
              }
            >
              {system ? (
                <p>{message.body}</p>
              ) : (
                <div
                  className={`max-w-[85%] rounded-2xl px-4 py-2 ${
                    mine ? "bg-brand-700 text-white" : "border border-slate-200 bg-white text-slate-900"
                  } ${message.state === "failed" ? "ring-2 ring-red-500" : ""} ${message.state === "pending" ? "opacity-70" : ""}`}
                >
                  <p className={`text-xs font-semibold ${mine ? "text-brand-100" : "text-slate-600"}`}>
                    <span>{author}</span>
                    {message.state === "sent" ? (
                      <time dateTime={message.createdAt} className="ml-2 font-normal">
                        {time.format(new Date(message.createdAt))}
                      </time>
                    ) : null}
                  </p>
                  <p className="whitespace-pre-wrap break-words" data-testid="message-body">
                    {message.body}
                  </p>
                  {message.state === "pending" ? <p className="mt-1 text-xs">{labels.pending}</p> : null}
                  {message.state === "failed" ? (
                    <p className="mt-1 text-xs">
                      <span role="alert">{labels.failed}</span>{" "}
                      {onRetry && message.clientId ? (
                        <button
                          type="button"
                          onClick={() => onRetry(message.clientId as string)}
                          className="font-semibold underline"
                        >
                          {labels.retry}
                        </button>
                      ) : null}
                    </p>
                  ) : null}
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
