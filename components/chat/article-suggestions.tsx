"use client";

import { useEffect, useRef, useState } from "react";
import { nextQuestion } from "@/lib/search/question-id";
import type { Translate } from "@/lib/i18n/translate";

type Hit = { id: string; articleId: string; slug: string; title: string; excerpt: string; url: string };
type Answer = { searchId: string; hits: Hit[] };

const DEBOUNCE_MS = 300;
const MIN_QUERY_LENGTH = 3;
const LIMIT = 3;

/**
 * "This may answer it": articles matching the question as it is typed. Opening one is a
 * deflection, recorded as a click on that search; the article opens beside the form so the
 * question stays where it is.
 */
export function ArticleSuggestions({
  t,
  locale,
  question,
  onSearch,
  onOpen,
}: {
  t: Translate;
  locale: string;
  question: string;
  /** The id the server filed this question's search under: the conversation links to it. */
  onSearch: (searchId: string) => void;
  onOpen: (hit: { articleId: string; slug: string }) => void;
}) {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const current = useRef<{ id: string; query: string } | null>(null);
  const q = question.trim().slice(0, 200);

  useEffect(() => {
    if (q.length < MIN_QUERY_LENGTH) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        current.current = nextQuestion(current.current, q, () => crypto.randomUUID());
        const params = new URLSearchParams({ q, locale, limit: String(LIMIT), searchId: current.current.id });
        const response = await fetch(`/api/v1/search?${params}`, { signal: controller.signal });
        if (!response.ok) return;
        const data = (await response.json()) as Answer;
        setAnswer(data);
        onSearch(data.searchId);
      } catch {
        // Suggestions are a bonus: the form works without them.
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, locale, onSearch]);

  const hits = q.length >= MIN_QUERY_LENGTH ? (answer?.hits ?? []) : [];
  return (
    <div aria-live="polite">
      {hits.length > 0 && answer ? (
        <section
          aria-labelledby="suggestions-heading"
          className="rounded-lg border border-brand-100 bg-brand-50 p-4"
          data-testid="suggestions"
        >
          <h2 id="suggestions-heading" className="font-semibold text-brand-900">
            {t("chat.suggestions.heading")}
          </h2>
          <ul className="mt-2 space-y-2">
            {hits.map((hit) => (
              <li key={hit.id}>
                <a
                  href={hit.url}
                  target="_blank"
                  rel="noopener"
                  onClick={() => {
                    const body = new Blob([JSON.stringify({ articleId: hit.articleId })], { type: "application/json" });
                    navigator.sendBeacon(`/api/v1/search/${encodeURIComponent(answer.searchId)}/click`, body);
                    onOpen(hit);
                  }}
                  className="font-medium text-brand-700 underline-offset-2 hover:underline"
                >
                  {hit.title}
                </a>
                {hit.excerpt ? <p className="text-sm text-slate-600">{hit.excerpt}</p> : null}
              </li>
            ))}
          </ul>
          <p className="mt-2 text-xs text-slate-500">{t("chat.suggestions.hint")}</p>
        </section>
      ) : null}
    </div>
  );
}
