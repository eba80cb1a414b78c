"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { requestJson } from "@/components/chat/api-client";
import { formatElapsed, secondsSince, waitTone } from "@/components/chat/format-wait";
import { useEventStream } from "@/components/chat/use-event-stream";
import { notifyNewConversation, playChime } from "@/components/console/inbox/alert-new-conversation";
import { ConversationPanel, type ConsoleMessageEvent } from "@/components/console/inbox/conversation-panel";
import {
  isNewInQueue,
  upsertSummary,
  type CannedResponse,
  type InboxLists,
  type ListName,
  type Summary,
} from "@/components/console/inbox/inbox-state";
import { translator } from "@/lib/i18n/translate";

type Presence = "ONLINE" | "AWAY";

const toneStyle = {
  ok: "bg-emerald-100 text-emerald-900",
  warning: "bg-amber-100 text-amber-900",
  late: "bg-red-100 text-red-900",
} as const;

/** The agent's inbox: queue, left messages and own conversations, kept live by the console stream. */
export function Inbox({
  locale,
  staff,
  initialAvailability,
  cannedResponses,
  agents,
  targetSeconds,
}: {
  locale: string;
  staff: { id: string; name: string };
  initialAvailability: Presence;
  cannedResponses: CannedResponse[];
  agents: { id: string; name: string }[];
  targetSeconds: number;
}) {
  const t = translator(locale);
  const [lists, setLists] = useState<InboxLists>({ queue: [], offline: [], mine: [] });
  const [load, setLoad] = useState<"loading" | "ready" | "error">("loading");
  const [selected, setSelected] = useState<string | null>(null);
  const [presence, setPresence] = useState<Presence>(initialAvailability);
  const [presenceError, setPresenceError] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const [canNotify, setCanNotify] = useState<"default" | "granted" | "denied" | "unsupported">("unsupported");
  const listsRef = useRef(lists);
  useEffect(() => {
    listsRef.current = lists;
  }, [lists]);
  // Message and typing events go to the open conversation's panel.
  const panelEvents = useRef<{ message?: (event: ConsoleMessageEvent) => void; typing?: (typing: boolean) => void }>(
    {},
  );
  const [panelVersion, setPanelVersion] = useState(0);
  const selectedRef = useRef(selected);
  useEffect(() => {
    selectedRef.current = selected;
  }, [selected]);

  const loadLists = useCallback(async () => {
    try {
      const [queue, offline, mine] = await Promise.all(
        ["status=QUEUED", "status=OFFLINE", "mine=1"].map((query) =>
          requestJson<{ conversations: Summary[] }>(`/api/v1/console/conversations?${query}`),
        ),
      );
      let next: InboxLists = { queue: [], offline: [], mine: [] };
      for (const summary of [...queue.conversations, ...offline.conversations, ...mine.conversations]) {
        next = upsertSummary(next, summary, staff.id);
      }
      setLists(next);
      setLoad("ready");
      return true;
    } catch {
      setLoad("error");
      return false;
    }
  }, [staff.id]);

  useEffect(() => {
    let retry: ReturnType<typeof setTimeout> | undefined;
    const run = async () => {
      if (!(await loadLists())) retry = setTimeout(() => void run(), 3_000);
    };
    const initial = setTimeout(() => void run(), 0);
    const ticker = setInterval(() => setNow(Date.now()), 1_000);
    const permission = setTimeout(
      () => setCanNotify(typeof Notification === "undefined" ? "unsupported" : Notification.permission),
      0,
    );
    return () => {
      clearTimeout(initial);
      clearTimeout(retry);
      clearTimeout(permission);
      clearInterval(ticker);
    };
  }, [loadLists]);

  const stream = useEventStream(
    "/api/v1/console/events",
    {
      conversation: (data) => {
        const summary = (data as { conversation?: Summary }).conversation;
        if (!summary) return;
        if (isNewInQueue(listsRef.current, summary)) {
          playChime();
          notifyNewConversation(t("inbox.notifications.new"), summary.preview, summary.id);
        }
        setLists((current) => upsertSummary(current, summary, staff.id));
        if (summary.id === selectedRef.current) setPanelVersion((version) => version + 1);
      },
      message: (data) => panelEvents.current.message?.(data as ConsoleMessageEvent),
      typing: (data) => {
        const event = data as { conversationId?: string; typing?: boolean };
        if (event.conversationId === selectedRef.current) panelEvents.current.typing?.(event.typing === true);
      },
      onReconnect: () => {
        void loadLists();
        setPanelVersion((version) => version + 1);
      },
    },
    { lastEventId: () => undefined },
  );

  async function changePresence(next: Presence) {
    setPresenceError(false);
    try {
      const answer = await requestJson<{ availability: Presence }>("/api/v1/console/presence", {
        method: "PUT",
        body: { availability: next },
      });
      setPresence(answer.availability);
    } catch {
      setPresenceError(true);
    }
  }

  const sections: { name: ListName; title: string; empty: string }[] = [
    { name: "queue", title: t("inbox.queue"), empty: t("inbox.empty.queue") },
    { name: "mine", title: t("inbox.mine"), empty: t("inbox.empty.mine") },
    { name: "offline", title: t("inbox.offline"), empty: t("inbox.empty.offline") },
  ];

  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold tracking-tight text-brand-900">{t("inbox.title")}</h1>
        <div className="flex flex-wrap items-center gap-3">
          <div
            role="group"
            aria-label={t("inbox.presence.label")}
            className="flex rounded-md border border-slate-300 bg-white"
          >
            {(["ONLINE", "AWAY"] as const).map((value) => (
              <button
                key={value}
                type="button"
                aria-pressed={presence === value}
                onClick={() => void changePresence(value)}
                className={`px-3 py-1.5 text-sm font-medium first:rounded-l-md last:rounded-r-md ${
                  presence === value
                    ? value === "ONLINE"
                      ? "bg-emerald-600 text-white"
                      : "bg-slate-600 text-white"
                    : ""
                }`}
              >
                {t(`inbox.presence.${value}`)}
              </button>
            ))}
          </div>
          {canNotify === "default" ? (
            <button
              type="button"
              onClick={() => void Notification.requestPermission().then(setCanNotify)}
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm"
            >
              {t("inbox.notifications.enable")}
            </button>
          ) : null}
        </div>
      </div>
      {presenceError ? (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {t("inbox.presence.error")}
        </p>
      ) : null}
      {stream === "reconnecting" ? <p className="mt-2 text-sm text-amber-800">{t("inbox.reconnecting")}</p> : null}
      <div className="mt-6 grid gap-6 lg:grid-cols-[20rem_minmax(0,1fr)]">
        <nav aria-label={t("inbox.title")} className="space-y-6">
          {load === "loading" ? <p role="status">{t("inbox.loading")}</p> : null}
          {load === "error" ? <p role="alert">{t("inbox.error")}</p> : null}
          {sections.map((section) => (
            <section key={section.name} aria-labelledby={`inbox-${section.name}`} data-testid={`inbox-${section.name}`}>
              <h2 id={`inbox-${section.name}`} className="text-sm font-semibold uppercase tracking-wide text-slate-600">
                {section.title} ({lists[section.name].length})
              </h2>
              {lists[section.name].length === 0 ? (
                <p className="mt-2 text-sm text-slate-500">{section.empty}</p>
              ) : (
                <ul className="mt-2 space-y-2">
                  {lists[section.name].map((summary) => {
                    const waited = secondsSince(summary.queuedAt, now);
                    return (
                      <li key={summary.id}>
                        <button
                          type="button"
                          onClick={() => setSelected(summary.id)}
                          aria-current={selected === summary.id ? "true" : undefined}
                          data-conversation-id={summary.id}
                          className={`w-full rounded-lg border bg-white px-3 py-2 text-left hover:border-brand-600 ${
                            selected === summary.id ? "border-brand-600 ring-1 ring-brand-600" : "border-slate-200"
                          }`}
                        >
                          <span className="flex items-center justify-between gap-2 text-xs">
                            <span className="font-semibold text-slate-700">
                              {t(`chat.topic.${topicKey(summary.topic)}`)}
                            </span>
                            {section.name === "queue" ? (
                              <span
                                className={`rounded-full px-2 py-0.5 font-mono ${toneStyle[waitTone(waited, targetSeconds)]}`}
                                data-testid="waiting"
                              >
                                {t("inbox.waiting", { time: formatElapsed(waited) })}
                              </span>
                            ) : null}
                          </span>
                          <span className="mt-1 line-clamp-2 block text-sm text-slate-900">{summary.preview}</span>
                          {summary.visitorEmail ? (
                            <span className="block truncate text-xs text-slate-500">{summary.visitorEmail}</span>
                          ) : null}
                        </button>
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
          ))}
        </nav>
        <div>
          {selected ? (
            <ConversationPanel
              key={selected}
              conversationId={selected}
              locale={locale}
              staff={staff}
              agents={agents}
              cannedResponses={cannedResponses}
              eventsRef={panelEvents}
              refreshKey={panelVersion}
            />
          ) : (
            <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-600">
              {t("inbox.select")}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}

const TOPIC_KEYS = ["PRODUCT", "CHECKOUT", "AFTER_SALES", "ACCOUNT", "OTHER"] as const;

function topicKey(topic: string): (typeof TOPIC_KEYS)[number] {
  return TOPIC_KEYS.find((key) => key === topic) ?? "OTHER";
}
