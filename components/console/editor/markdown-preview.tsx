"use client";

import { useDeferredValue, useMemo } from "react";
import { ArticleBody } from "@/components/article/article-body";
import { renderMarkdown } from "@/lib/article/render-markdown";

/**
 * The live preview: the public page's own renderMarkdown (same parser, same sanitiser) and
 * the same typography, run in the browser. Deferred, so typing never waits for rendering.
 */
export function MarkdownPreview({ markdown, empty, testId }: { markdown: string; empty: string; testId: string }) {
  const deferred = useDeferredValue(markdown);
  const html = useMemo(() => (deferred.trim() ? renderMarkdown(deferred).html : ""), [deferred]);
  return (
    <div data-testid={testId} className="min-h-32 rounded-md border border-slate-200 bg-white p-4">
      {html ? <ArticleBody html={html} /> : <p className="text-sm text-slate-500 italic">{empty}</p>}
    </div>
  );
}
