"use client";

import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { ApiError, newClientId, requestJson } from "@/components/chat/api-client";
import {
  addPending,
  mergeMessages,
  setDeliveryState,
  type ChatMessage,
  type ServerMessage,
} from "@/components/chat/chat-messages";
import { Composer } from "@/components/chat/composer";
import { MessageList } from "@/components/chat/message-list";
import {
  expandShortcut,
  shortcutSuggestions,
  type CannedResponse,
  type Summary,
} from "@/components/console/inbox/inbox-state";
import { translator } from "@/lib/i18n/translate";
import { ArticleLinkPicker } from "@/components/console/inbox/article-link-picker";

export type ConsoleMessageEvent = ServerMessage & { conversationId: string };

type Detail = Summary & {
  context: unknown;
  articlesViewed: string[] | null;
  csatComment: string | null;
  visitor: {
    email: string | null;
    name: string | null;
    locale: string | null;
    externalId: string | null;
    externalIdVerified: boolean;
  };
};

type PanelEvents = { message?: (event: ConsoleMessageEvent) => void; typing?: (typing: boolean) => void };

/** One conversation for the agent: the shopper's context, the messages, the actions and the composer. */
export function ConversationPanel({
  conversationId,
  locale,
  staff,
  agents,
  cannedResponses,
  eventsRef,
  refreshKey,
}: {
  conversationId: string;
  locale: string;
  staff: { id: string; name: string };
  agents: { id: string; name: string }[];
  cannedResponses: CannedResponse[];
  eventsRef: RefObject<PanelEvents>;
  /** Changes when the conversation may have changed elsewhere (assignment, resolution): read it again. */
  refreshKey: number;
}) {
  const t = translator(locale);
  const base = `/api/v1/console/conversations/${encodeURIComponent(conversationId)}`;
  const [detail, setDetail] = useState<Detail | null>(null);
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  const [failed, setFailed] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [shopperTyping, setShopperTyping] = useState(false);
  const [transferTo, setTransferTo] = useState(agents[0]?.id ?? "");
  const [draftHint, setDraftHint] = useState("");
  const messagesRef = useRef(messages);
  useEffect(() => {
    messagesRef.current = messages;
  }, [messages]);

  const refresh = useCallback(async () => {
    try {
      const data = await requestJson<{ conversation: Detail; messages: ServerMessage[] }>(base);
      setDetail(data.conversation);
      setMessages((current) => mergeMessages(current, data.messages));
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, [base]);

  useEffect(() => {
    const timer = setTimeout(() => void refresh(), 0);
    return () => clearTimeout(timer);
  }, [refresh, refreshKey]);

  useEffect(() => {
    let typingTimer: ReturnType<typeof setTimeout> | undefined;
    eventsRef.current = {
      message: (event) => {
        if (event.conversationId !== conversationId) return;
        setMessages((current) => mergeMessages(current, [event]));
        if (event.authorType === "VISITOR") setShopperTyping(false);
      },
      typing: (typing) => {
        setShopperTyping(typing);
        clearTimeout(typingTimer);
        if (typing) typingTimer = setTimeout(() => setShopperTyping(false), 8_000);
      },
    };
    return () => {
      clearTimeout(typingTimer);
      eventsRef.current = {};
    };
  }, [conversationId, eventsRef]);

  const deliver = useCallback(
    async (clientId: string, body: string) => {
      try {
        const { message } = await requestJson<{ message: ServerMessage }>(`${base}/messages`, {
          method: "POST",
          body: { body, clientId },
        });
        setMessages((current) => mergeMessages(current, [message]));
      } catch {
        setMessages((current) => setDeliveryState(current, clientId, "failed"));
      }
    },
    [base],
  );

  function send(body: string) {
    const clientId = newClientId();
    setMessages((current) =>
      addPending(current, {
        clientId,
        body,
        authorType: "AGENT",
        author: { id: staff.id, name: staff.name },
        createdAt: new Date().toISOString(),
      }),
    );
    void deliver(clientId, body);
  }

  function retry(clientId: string) {
    const message = messagesRef.current.find((candidate) => candidate.clientId === clientId);
    if (!message) return;
    setMessages((current) => setDeliveryState(current, clientId, "pending"));
    void deliver(clientId, message.body);
  }

  const lastTyping = useRef(0);
  function typing(active: boolean) {
    const now = Date.now();
    if (active && now - lastTyping.current < 3_000) return;
    lastTyping.current = active ? now : 0;
    void requestJson(`${base}/typing`, { method: "POST", body: { typing: active } }).catch(() => undefined);
  }

  async function act(path: string, body?: unknown) {
    setActionError(null);
    try {
      const answer = await requestJson<{ conversation: Summary }>(`${base}/${path}`, { method: "POST", body });
      setDetail((current) => (current ? { ...current, ...answer.conversation } : current));
    } catch (error) {
      setActionError(
        error instanceof ApiError && error.status === 409 && path === "claim"
          ? t("inbox.claimTaken")
          : t("inbox.actionError", { reason: error instanceof Error ? error.message : "?" }),
      );
      void refresh();
    }
  }

  if (!detail) {
    return failed ? <p role="alert">{t("chat.conversation.error")}</p> : <p role="status">{t("chat.loading")}</p>;
  }

  const mine = detail.assignee?.id === staff.id;
  const open = detail.status === "QUEUED" || detail.status === "OFFLINE" || detail.status === "ACTIVE";
  const context = detail.context && typeof detail.context === "object" ? Object.entries(detail.context) : [];
  const suggestions = shortcutSuggestions(draftHint, cannedResponses, detail.locale);
  const none = t("inbox.context.none");
  const facts: [string, React.ReactNode][] = [
    [t("inbox.context.status"), detail.status],
    [t("inbox.context.topic"), detail.topic],
    [t("inbox.context.assignee"), detail.assignee?.name ?? none],
    [
      t("inbox.context.customer"),
      detail.visitor.externalId ? (
        <span>
          {detail.visitor.externalId}{" "}
          {/* Only a signature checked with the shop's secret makes an identity verified. */}
          <span
            data-testid="identity-badge"
            className={`ml-1 rounded px-1.5 py-0.5 text-xs font-semibold ${detail.visitor.externalIdVerified ? "bg-brand-50 text-brand-700" : "bg-amber-50 text-amber-800"}`}
          >
            {detail.visitor.externalIdVerified ? t("inbox.context.verified") : t("inbox.context.unverified")}
          </span>
        </span>
      ) : (
        none
      ),
    ],
    [t("inbox.context.name"), detail.visitor.name ?? none],
    [t("inbox.context.email"), detail.visitor.email ?? detail.visitorEmail ?? none],
    [t("inbox.context.query"), detail.searchQuery ?? none],
    [t("inbox.context.articles"), detail.articlesViewed?.length ? detail.articlesViewed.join(", ") : none],
    [
      t("inbox.context.page"),
      detail.pageUrl ? (
        <a
          href={detail.pageUrl}
          target="_blank"
          rel="noopener noreferrer"
          className="break-all text-brand-700 underline"
        >
          {detail.pageUrl}
        </a>
      ) : (
        none
      ),
    ],
  ];

  return (
    <section
      aria-label={detail.preview}
      className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_16rem]"
      data-testid="conversation"
    >
      <div>
        <div className="flex flex-wrap gap-2">
          {open && !mine ? (
            <button
              type="button"
              onClick={() => void act("claim")}
              className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-900"
            >
              {t("inbox.claim")}
            </button>
          ) : null}
          {open ? (
            <button
              type="button"
              onClick={() => void act("resolve")}
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold hover:border-brand-600"
            >
              {t("inbox.resolve")}
            </button>
          ) : null}
          {open && agents.length > 0 ? (
            <form
              className="flex items-center gap-2"
              onSubmit={(event) => {
                event.preventDefault();
                if (transferTo) void act("transfer", { assigneeId: transferTo });
              }}
            >
              <label className="text-sm text-slate-700">
                <span className="sr-only">{t("inbox.transfer.to")}</span>
                <select
                  value={transferTo}
                  onChange={(event) => setTransferTo(event.target.value)}
                  className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
                >
                  {agents.map((agent) => (
                    <option key={agent.id} value={agent.id}>
                      {agent.name}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm">
                {t("inbox.transfer")}
              </button>
            </form>
          ) : null}
        </div>
        {actionError ? (
          <p role="alert" className="mt-2 text-sm text-red-700">
            {actionError}
          </p>
        ) : null}
        <div className="mt-4">
          <MessageList
            messages={messages}
            viewer="AGENT"
            locale={locale}
            onRetry={retry}
            label={detail.preview}
            labels={{
              you: staff.name,
              other: detail.visitor.name ?? t("inbox.shopper"),
              system: t("chat.author.system"),
              pending: t("chat.message.pending"),
              failed: t("chat.message.failed"),
              retry: t("chat.message.retry"),
              empty: t("chat.conversation.empty"),
            }}
          />
          <p aria-live="polite" className="mt-1 h-5 text-sm text-slate-600">
            {shopperTyping ? t("inbox.typing") : ""}
          </p>
        </div>
        {detail.csatScore !== null ? (
          <p className="mt-2 text-sm text-slate-700">
            {t("inbox.csat", { score: detail.csatScore })}
            {detail.csatComment ? ` — ${detail.csatComment}` : ""}
          </p>
        ) : null}
        <Composer
          onSend={send}
          onTyping={typing}
          transform={(draft) => {
            const expanded = expandShortcut(draft, cannedResponses, detail.locale);
            setDraftHint(expanded);
            return expanded;
          }}
          labels={{
            label: t("chat.composer.label"),
            placeholder: t("inbox.composer.placeholder"),
            help: t("inbox.composer.help"),
            send: t("chat.composer.send"),
          }}
        >
          {(insert: (text: string) => void) => (
            <>
              <ArticleLinkPicker locale={detail.locale} insert={insert} t={t} />
              {suggestions.length > 0 ? (
                <ul aria-label={t("inbox.canned")} className="mb-2 rounded-md border border-slate-200 bg-white text-sm">
                  {suggestions.map((item) => (
                    <li key={item.shortcut} className="px-3 py-1">
                      <span className="font-mono text-brand-700">/{item.shortcut}</span> — {item.title}
                    </li>
                  ))}
                </ul>
              ) : null}
            </>
          )}
        </Composer>
      </div>
      <aside aria-labelledby="context-heading" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <h2 id="context-heading" className="font-semibold text-brand-900">
          {t("inbox.context.heading")}
        </h2>
        <dl className="mt-2 space-y-2" data-testid="shopper-context">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt className="text-xs text-slate-500">{term}</dt>
              <dd className="text-slate-900">{value}</dd>
            </div>
          ))}
          {context.length > 0 ? (
            <div>
              <dt className="text-xs text-slate-500">{t("inbox.context.shop")}</dt>
              <dd>
                <dl className="mt-1 space-y-1">
                  {context.map(([key, value]) => (
                    <div key={key} className="flex gap-2">
                      <dt className="font-mono text-xs text-slate-600">{key}</dt>
                      <dd className="break-all">{typeof value === "string" ? value : JSON.stringify(value)}</dd>
                    </div>
                  ))}
                </dl>
              </dd>
            </div>
          ) : null}
        </dl>
      </aside>
    </section>
  );
}
