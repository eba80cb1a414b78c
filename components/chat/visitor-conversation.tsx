"use client";

import type { ServerMessage } from "@/components/chat/chat-messages";
import { Composer } from "@/components/chat/composer";
import type { ConversationInfo } from "@/components/chat/conversation-state";
import { CsatForm } from "@/components/chat/csat-form";
import { EmailOffer } from "@/components/chat/email-offer";
import { describePosition, describeWait } from "@/components/chat/format-wait";
import { MessageList } from "@/components/chat/message-list";
import { useVisitorConversation } from "@/components/chat/use-visitor-conversation";
import type { VisitorSession } from "@/components/chat/visitor-session";
import { translator } from "@/lib/i18n/translate";

/** The shopper's live conversation: queue and wait, messages, composer, and the rating at the end. */
export function VisitorConversation({
  locale,
  session,
  seed,
  onStartOver,
}: {
  locale: string;
  session: VisitorSession;
  seed?: { info: ConversationInfo; messages: ServerMessage[] };
  onStartOver: () => void;
}) {
  const t = translator(locale);
  const chat = useVisitorConversation(session, seed);
  const { info } = chat;

  if (chat.load === "loading") {
    return (
      <p role="status" className="mt-6 text-slate-600">
        {t("chat.loading")}
      </p>
    );
  }
  if (chat.load === "gone" || chat.load === "error") {
    return (
      <div role="alert" className="mt-6 rounded-lg border border-slate-200 p-4">
        <p>{t(chat.load === "gone" ? "chat.conversation.notFound" : "chat.conversation.error")}</p>
        <div className="mt-3 flex gap-3">
          {chat.load === "error" ? (
            <button
              type="button"
              onClick={chat.reload}
              className="rounded-md bg-brand-700 px-3 py-2 font-semibold text-white"
            >
              {t("chat.conversation.retry")}
            </button>
          ) : null}
          <button
            type="button"
            onClick={onStartOver}
            className="rounded-md border border-slate-300 px-3 py-2 font-semibold"
          >
            {t("chat.conversation.startOver")}
          </button>
        </div>
      </div>
    );
  }

  const position = describePosition(t, info.position);
  return (
    <section aria-labelledby="conversation-heading" className="mt-6" data-conversation-id={info.id}>
      <h2 id="conversation-heading" className="text-xl font-semibold">
        {t("chat.conversation.heading")}
      </h2>
      <div
        role="status"
        aria-live="polite"
        data-testid="conversation-status"
        data-status={info.status}
        className="mt-3 rounded-lg bg-brand-50 px-4 py-3 text-brand-900"
      >
        {info.status === "QUEUED" ? (
          <p>
            {position ? <span className="font-semibold">{position} </span> : null}
            <span data-testid="wait">{describeWait(t, info.estimatedWaitSeconds)}</span>
          </p>
        ) : null}
        {info.status === "ACTIVE" ? (
          <p data-testid="assigned">
            {info.agentName ? t("chat.assigned", { name: info.agentName }) : t("chat.assignedAnonymous")}
          </p>
        ) : null}
        {info.status === "OFFLINE" ? <p>{t("chat.offline.status")}</p> : null}
        {info.status === "RESOLVED" || info.status === "ABANDONED" ? <p>{t("chat.resolved")}</p> : null}
      </div>
      {info.status === "QUEUED" && info.offerEmail && !info.email ? (
        <EmailOffer
          t={t}
          conversationUrl={`/api/v1/conversations/${encodeURIComponent(info.id)}`}
          token={session.visitorToken}
          sendMessage={chat.send}
        />
      ) : null}
      {chat.stream === "reconnecting" ? (
        <p className="mt-3 text-sm text-amber-800">{t("chat.conversation.reconnecting")}</p>
      ) : null}
      <div className="mt-4">
        <MessageList
          messages={chat.messages}
          viewer="VISITOR"
          locale={locale}
          onRetry={chat.retry}
          label={t("chat.conversation.heading")}
          labels={{
            you: t("chat.author.you"),
            other: info.agentName ?? t("chat.author.agent"),
            system: t("chat.author.system"),
            pending: t("chat.message.pending"),
            failed: t("chat.message.failed"),
            retry: t("chat.message.retry"),
            empty: t("chat.conversation.empty"),
          }}
        />
        <p aria-live="polite" className="mt-1 h-5 text-sm text-slate-600" data-testid="typing">
          {chat.agentTyping ? t("chat.typing", { name: info.agentName ?? t("chat.author.agent") }) : ""}
        </p>
      </div>
      {info.status === "RESOLVED" ? (
        <>
          <CsatForm t={t} rated={info.csatScore !== null} onRate={chat.rate} />
          <p className="mt-4 text-sm text-slate-600">{t("chat.reopenHint")}</p>
        </>
      ) : null}
      <Composer
        onSend={chat.send}
        onTyping={chat.setTyping}
        labels={{
          label: t("chat.composer.label"),
          placeholder: t("chat.composer.placeholder"),
          help: t("chat.composer.help"),
          send: t("chat.composer.send"),
        }}
      />
      <button type="button" onClick={onStartOver} className="mt-6 text-sm text-slate-600 underline">
        {t("chat.conversation.startOver")}
      </button>
    </section>
  );
}
