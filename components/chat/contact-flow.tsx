"use client";

import { useState, useSyncExternalStore } from "react";
import type { ConversationInfo, Topic } from "@/components/chat/conversation-state";
import { StartForm } from "@/components/chat/start-form";
import { VisitorConversation } from "@/components/chat/visitor-conversation";
import {
  clearSession,
  parseSession,
  readSessionSnapshot,
  saveSession,
  subscribeSession,
  type VisitorSession,
} from "@/components/chat/visitor-session";
import { translator } from "@/lib/i18n/translate";

/** The start form, or the conversation this browser already has (it survives a reload). */
export function ContactFlow({
  locale,
  initialQuestion,
  initialTopic,
  query,
  articleSlug,
}: {
  locale: string;
  initialQuestion: string;
  initialTopic?: Topic;
  query?: string;
  articleSlug?: string;
}) {
  // undefined on the server: whether this browser has a conversation is only known in it.
  const raw = useSyncExternalStore(subscribeSession, readSessionSnapshot, () => undefined);
  const [seed, setSeed] = useState<{ conversationId: string; info: ConversationInfo } | null>(null);
  const t = translator(locale);

  if (raw === undefined) {
    return (
      <p role="status" className="mt-6 text-slate-600">
        {t("chat.loading")}
      </p>
    );
  }
  const session = parseSession(raw);
  if (session) {
    return (
      <VisitorConversation
        key={session.conversationId}
        locale={locale}
        session={session}
        seed={seed?.conversationId === session.conversationId ? { info: seed.info, messages: [] } : undefined}
        onStartOver={() => {
          setSeed(null);
          clearSession();
        }}
      />
    );
  }
  return (
    <StartForm
      locale={locale}
      initialQuestion={initialQuestion}
      initialTopic={initialTopic}
      query={query}
      articleSlug={articleSlug}
      onStarted={(started: VisitorSession, info) => {
        setSeed({ conversationId: started.conversationId, info });
        saveSession(started);
      }}
    />
  );
}
