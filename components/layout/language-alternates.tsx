"use client";

import { useEffect, useSyncExternalStore } from "react";

// The site header is rendered by the locale layout, which cannot know which page is below it.
// A page that exists in other languages under other addresses (an article and its
// translations) announces them here, and the header's language links follow. Crawlers get
// the same information from the page's hreflang links.

export type LocaleHrefs = Partial<Record<string, string>>;

let current: LocaleHrefs | null = null;
const listeners = new Set<() => void>();

function publish(value: LocaleHrefs | null) {
  current = value;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The alternates announced by the current page, or null (on the server, always null). */
export function useLanguageAlternates(): LocaleHrefs | null {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
}

/** Announces this page's address in each other locale to the language switcher. */
export function LanguageAlternates({ hrefs }: { hrefs: LocaleHrefs }) {
  const key = JSON.stringify(hrefs);
  useEffect(() => {
    const announced: LocaleHrefs = JSON.parse(key);
    publish(announced);
    return () => {
      // The next page may already have announced its own.
      if (current === announced) publish(null);
    };
  }, [key]);
  return null;
}
