"use client";

import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from "react";
import { ApiError, newClientId, requestJson } from "@/components/chat/api-client";
import { ArticleSuggestions } from "@/components/chat/article-suggestions";
import { MESSAGE_MAX_LENGTH } from "@/components/chat/composer";
import {
  applyStatus,
  emptyInfo,
  TOPICS,
  type ConversationInfo,
  type Topic,
} from "@/components/chat/conversation-state";
import type { VisitorSession } from "@/components/chat/visitor-session";
import { translator } from "@/lib/i18n/translate";

type Availability = { online: boolean; agentsOnline: number; estimatedWaitSeconds: number | null };
type Created = { conversation: Record<string, unknown> & { id: string }; visitorToken: string };

/** The question (prefilled), its topic, optional name and email (required when nobody is online). */
export function StartForm({
  locale,
  initialQuestion,
  initialTopic,
  query,
  articleSlug,
  onStarted,
}: {
  locale: string;
  initialQuestion: string;
  initialTopic?: Topic;
  /** The search that led here, stored with the conversation. */
  query?: string;
  /** The article the shopper was reading. */
  articleSlug?: string;
  onStarted: (session: VisitorSession, info: ConversationInfo) => void;
}) {
  const t = translator(locale);
  const id = useId();
  const [question, setQuestion] = useState(initialQuestion);
  const [topic, setTopic] = useState<Topic>(initialTopic ?? "OTHER");
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [availability, setAvailability] = useState<Availability | "loading" | "error">("loading");
  const [emailRequiredByServer, setEmailRequiredByServer] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const searchId = useRef<string | undefined>(undefined);
  const articlesViewed = useRef<string[]>(articleSlug ? [articleSlug] : []);
  // One id for this question however many times it is retried: the server creates it once.
  const clientId = useRef<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    requestJson<Availability>(`/api/v1/availability?${new URLSearchParams({ locale })}`, { signal: controller.signal })
      .then(setAvailability)
      .catch(() => {
        if (!controller.signal.aborted) setAvailability("error");
      });
    return () => controller.abort();
  }, [locale]);

  const onSearch = useCallback((value: string) => {
    searchId.current = value;
  }, []);
  const onOpen = useCallback(({ slug }: { slug: string }) => {
    if (!articlesViewed.current.includes(slug)) articlesViewed.current = [...articlesViewed.current, slug].slice(-50);
  }, []);

  const offline = availability !== "loading" && availability !== "error" && !availability.online;
  const emailRequired = offline || emailRequiredByServer;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const message = question.trim();
    if (!message) return;
    setSubmitting(true);
    setError(null);
    clientId.current ??= newClientId();
    const referrer =
      document.referrer && new URL(document.referrer).origin === window.location.origin ? document.referrer : "";
    try {
      const created = await requestJson<Created>("/api/v1/conversations", {
        method: "POST",
        body: {
          message,
          locale,
          topic,
          clientId: clientId.current,
          ...(email.trim() ? { email: email.trim() } : {}),
          ...(name.trim() ? { name: name.trim() } : {}),
          ...(searchId.current ? { searchId: searchId.current } : {}),
          ...(query ? { query: query.slice(0, 200) } : {}),
          ...(articlesViewed.current.length ? { articlesViewed: articlesViewed.current } : {}),
          pageUrl: referrer || window.location.href,
        },
      });
      onStarted(
        { conversationId: created.conversation.id, visitorToken: created.visitorToken, locale },
        applyStatus(emptyInfo(created.conversation.id), created.conversation),
      );
    } catch (caught) {
      setSubmitting(false);
      if (caught instanceof ApiError && caught.status === 400 && caught.message && /email/i.test(caught.message)) {
        setEmailRequiredByServer(true);
      }
      setError(
        caught instanceof ApiError && caught.status !== 0
          ? t("chat.form.error", { reason: caught.message })
          : t("chat.form.errorNetwork"),
      );
    }
  }

  const field =
    "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 shadow-sm focus:border-brand-600";
  return (
    <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <form onSubmit={submit} className="space-y-5" data-testid="start-form">
        <p role="status" className="text-sm text-slate-700" data-testid="availability">
          {availability === "loading"
            ? t("chat.loading")
            : availability === "error"
              ? t("chat.availability.error")
              : !availability.online
                ? t("chat.availability.offline")
                : availability.agentsOnline === 1
                  ? t("chat.availability.online.one")
                  : t("chat.availability.online.other", { count: availability.agentsOnline })}
        </p>
        <div>
          <label htmlFor={`${id}-question`} className="block font-medium">
            {t("chat.form.question")}
          </label>
          <textarea
            id={`${id}-question`}
            required
            rows={4}
            maxLength={MESSAGE_MAX_LENGTH}
            value={question}
            onChange={(event) => setQuestion(event.target.value)}
            aria-describedby={`${id}-question-help`}
            autoFocus
            className={field}
          />
          <p id={`${id}-question-help`} className="mt-1 text-sm text-slate-600">
            {t("chat.form.questionHelp")}
          </p>
        </div>
        <fieldset>
          <legend className="font-medium">{t("chat.form.topic")}</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {TOPICS.map((value) => (
              <label
                key={value}
                className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-200 px-3 py-2 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
              >
                <input
                  type="radio"
                  name="topic"
                  value={value}
                  checked={topic === value}
                  onChange={() => setTopic(value)}
                  className="accent-brand-700"
                />
                {t(`chat.topic.${value}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          <label className="block font-medium">
            {t("chat.form.name")}
            <input
              type="text"
              autoComplete="name"
              maxLength={100}
              value={name}
              onChange={(event) => setName(event.target.value)}
              className={`${field} font-normal`}
            />
          </label>
          <div>
            <label htmlFor={`${id}-email`} className="block font-medium">
              {emailRequired ? t("chat.form.emailRequired") : t("chat.form.email")}
            </label>
            <input
              id={`${id}-email`}
              type="email"
              autoComplete="email"
              required={emailRequired}
              maxLength={320}
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              aria-describedby={`${id}-email-help`}
              className={field}
            />
            <p id={`${id}-email-help`} className="mt-1 text-sm text-slate-600">
              {t("chat.form.emailHelp")}
            </p>
          </div>
        </div>
        {error ? (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            {error}
          </p>
        ) : null}
        <button
          type="submit"
          disabled={submitting || question.trim().length === 0}
          className="rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-900 disabled:opacity-60"
        >
          {submitting ? t("chat.form.submitting") : offline ? t("chat.form.submitOffline") : t("chat.form.submit")}
        </button>
      </form>
      <ArticleSuggestions t={t} locale={locale} question={question} onSearch={onSearch} onOpen={onOpen} />
    </div>
  );
}
