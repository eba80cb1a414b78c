"use client";

import { useEffect, useId, useState, type KeyboardEvent } from "react";
import type { Translate } from "@/lib/i18n/translate";

type Hit = { id: string; title: string; url: string };

/**
 * Finds a help article in the conversation's language and inserts its public link into the
 * agent's reply: the shopper gets the answer and learns where it lives.
 */
export function ArticleLinkPicker({
  locale,
  insert,
  t,
}: {
  locale: string;
  insert: (text: string) => void;
  t: Translate;
}) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<Hit[]>([]);

  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const params = new URLSearchParams({ q, locale, limit: "5" });
      fetch(`/api/v1/search?${params}`, { signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<{ hits: Hit[] }>) : { hits: [] }))
        .then((answer) => setHits(answer.hits))
        .catch(() => {});
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, locale]);

  const shown = query.trim() ? hits : [];

  function choose(hit: Hit) {
    insert(`${hit.title}: ${window.location.origin}${hit.url}`);
    setQuery("");
    setHits([]);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Inside the reply's form: Enter picks the first article instead of sending the reply.
    if (event.key === "Enter") {
      event.preventDefault();
      if (shown[0]) choose(shown[0]);
    }
  }

  return (
    <div className="mb-2 text-sm">
      <label htmlFor={id} className="text-xs text-slate-600">
        {t("inbox.articleLink.label")}
      </label>
      <input
        id={id}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={onKeyDown}
        placeholder={t("inbox.articleLink.placeholder")}
        className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1"
      />
      {shown.length > 0 ? (
        <ul aria-label={t("inbox.articleLink.results")} className="mt-1 rounded-md border border-slate-200 bg-white">
          {shown.map((hit) => (
            <li key={hit.id}>
              <button
                type="button"
                onClick={() => choose(hit)}
                className="w-full px-3 py-1 text-left hover:bg-brand-50"
              >
                {hit.title}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
