"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { contactHref } from "@/lib/chat/contact-href";
import { translator } from "@/lib/i18n/translate";
import { nextQuestion } from "@/lib/search/question-id";

type Hit = {
  id: string;
  articleId: string;
  title: string;
  url: string;
  category: { name: string };
  highlight: { title: string; excerpt: string };
};
type Answer = { query: string; total: number; degraded: boolean; searchId: string; hits: Hit[] };
type State = { status: "idle" } | { status: "loading" } | { status: "error" } | { status: "done"; answer: Answer };

const DEBOUNCE_MS = 150;

function recordClick(searchId: string, articleId: string) {
  const body = new Blob([JSON.stringify({ articleId })], { type: "application/json" });
  // A beacon survives the navigation that follows.
  navigator.sendBeacon(`/api/v1/search/${encodeURIComponent(searchId)}/click`, body);
}

/** The search box that answers as you type: a combobox whose suggestions are a listbox. */
export function SearchBox({
  locale,
  initialQuery = "",
  autoFocus = false,
}: {
  locale: string;
  initialQuery?: string;
  autoFocus?: boolean;
}) {
  const t = translator(locale);
  const router = useRouter();
  const listboxId = useId();
  const [query, setQuery] = useState(initialQuery);
  const [state, setState] = useState<State>({ status: "idle" });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // The question being typed: the server files all its keystrokes under one search event.
  const question = useRef<{ id: string; query: string } | null>(null);

  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setState({ status: "loading" });
      try {
        question.current = nextQuestion(question.current, q, () => crypto.randomUUID());
        const params = new URLSearchParams({ q, locale, limit: "6", searchId: question.current.id });
        const response = await fetch(`/api/v1/search?${params}`, { signal: controller.signal });
        if (!response.ok) throw new Error(String(response.status));
        setState({ status: "done", answer: (await response.json()) as Answer });
        setActive(-1);
      } catch {
        if (!controller.signal.aborted) setState({ status: "error" });
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, locale]);

  const hits = state.status === "done" ? state.answer.hits : [];
  const expanded = open && query.trim().length > 0 && state.status !== "idle";

  function openHit(index: number) {
    if (state.status !== "done") return;
    const hit = state.answer.hits[index];
    recordClick(state.answer.searchId, hit.articleId);
    router.push(hit.url);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" && hits.length) {
      event.preventDefault();
      setOpen(true);
      setActive((current) => (current + 1) % hits.length);
    } else if (event.key === "ArrowUp" && hits.length) {
      event.preventDefault();
      setActive((current) => (current <= 0 ? hits.length - 1 : current - 1));
    } else if (event.key === "Escape") {
      if (open) setOpen(false);
      else setQuery("");
      setActive(-1);
    } else if (event.key === "Enter" && active >= 0 && expanded) {
      event.preventDefault();
      openHit(active);
    }
  }

  const q = query.trim();
  return (
    <form role="search" action={`/${locale}/search`} className="relative" onSubmit={() => setOpen(false)}>
      <label htmlFor={`${listboxId}-input`} className="sr-only">
        {t("search.label")}
      </label>
      <div className="flex gap-2">
        <input
          id={`${listboxId}-input`}
          name="q"
          type="search"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 && expanded ? `${listboxId}-${active}` : undefined}
          autoComplete="off"
          autoFocus={autoFocus}
          maxLength={200}
          value={query}
          placeholder={t("search.placeholder")}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
          className="w-full rounded-lg border border-slate-300 bg-white px-4 py-3 text-lg shadow-sm placeholder:text-slate-500 focus:border-brand-600"
        />
        <button type="submit" className="rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-900">
          {t("search.submit")}
        </button>
      </div>
      <div aria-live="polite" className="sr-only">
        {state.status === "done"
          ? state.answer.total === 0
            ? t("search.noResults", { query: q })
            : state.answer.total === 1
              ? t("search.results.one")
              : t("search.results.other", { count: state.answer.total })
          : ""}
      </div>
      {expanded ? (
        <div className="absolute z-20 mt-2 w-full overflow-hidden rounded-lg border border-slate-200 bg-white shadow-lg">
          {state.status === "loading" && hits.length === 0 ? (
            <p className="px-4 py-3 text-slate-600">{t("search.searching")}</p>
          ) : null}
          {state.status === "error" ? (
            <p className="px-4 py-3 text-slate-700">
              {t("search.error")}{" "}
              <a href={contactHref(locale, { q })} className="font-semibold text-brand-700 underline">
                {t("contact.talkToPerson")}
              </a>
            </p>
          ) : null}
          <ul id={listboxId} role="listbox" aria-label={t("search.label")}>
            {hits.map((hit, index) => (
              <li
                key={hit.id}
                id={`${listboxId}-${index}`}
                role="option"
                aria-selected={index === active}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => openHit(index)}
                onMouseEnter={() => setActive(index)}
                className={`cursor-pointer border-b border-slate-100 px-4 py-3 ${index === active ? "bg-brand-50" : ""}`}
              >
                <span
                  className="block font-medium text-brand-900 [&_mark]:bg-yellow-200"
                  dangerouslySetInnerHTML={{ __html: hit.highlight.title }}
                />
                <span className="block text-xs text-slate-500">{hit.category.name}</span>
                <span
                  className="mt-1 block text-sm text-slate-600 [&_mark]:bg-yellow-200"
                  dangerouslySetInnerHTML={{ __html: hit.highlight.excerpt }}
                />
              </li>
            ))}
          </ul>
          {state.status === "done" && state.answer.total === 0 ? (
            <div className="px-4 py-3">
              <p className="text-slate-700">{t("search.noResults", { query: q })}</p>
              <p className="mt-1 text-sm text-slate-600">{t("search.noResults.help")}</p>
              <a
                href={contactHref(locale, { q })}
                className="mt-2 inline-block rounded-md bg-brand-700 px-3 py-2 font-semibold text-white"
              >
                {t("contact.talkToPerson")}
              </a>
            </div>
          ) : null}
          {state.status === "done" && state.answer.total > 0 ? (
            <div className="flex items-center justify-between bg-slate-50 px-4 py-2 text-sm">
              <a href={`/${locale}/search?q=${encodeURIComponent(q)}`} className="text-brand-700 underline">
                {t("search.seeAll", { query: q })}
              </a>
              <a href={contactHref(locale, { q })} className="text-slate-700 underline">
                {t("contact.talkToPersonAbout")}
              </a>
            </div>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
