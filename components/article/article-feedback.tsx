"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";

export type ArticleFeedbackLabels = {
  question: string;
  yes: string;
  no: string;
  comment: string;
  send: string;
  sending: string;
  thanks: string;
  error: string;
};

type Status = "idle" | "sending" | "sent" | "error";

/** "Was this helpful?": yes or no, an optional comment, then a thank-you. */
export function ArticleFeedback({
  articleId,
  locale,
  commentMaxLength,
  labels,
}: {
  articleId: string;
  locale: string;
  /** FEEDBACK_COMMENT_MAX_LENGTH, passed in so the browser bundle does not carry the server's schemas. */
  commentMaxLength: number;
  labels: ArticleFeedbackLabels;
}) {
  const [helpful, setHelpful] = useState<boolean | null>(null);
  const [comment, setComment] = useState("");
  const [status, setStatus] = useState<Status>("idle");
  const thanksRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    // The form the keyboard was in is gone: keep focus where the answer is.
    if (status === "sent") thanksRef.current?.focus();
  }, [status]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (helpful === null || status === "sending") return;
    setStatus("sending");
    try {
      const response = await fetch(`/api/v1/articles/${encodeURIComponent(articleId)}/feedback`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ helpful, locale, ...(comment.trim() ? { comment: comment.trim() } : {}) }),
      });
      setStatus(response.ok ? "sent" : "error");
    } catch {
      setStatus("error");
    }
  }

  const choice = (value: boolean) =>
    helpful === value
      ? "border-brand-700 bg-brand-700 text-white"
      : "border-slate-300 bg-white text-slate-800 hover:border-brand-700";

  return (
    <section aria-labelledby="article-feedback-heading" className="rounded-lg bg-brand-50 p-5">
      <h2 id="article-feedback-heading" className="font-semibold text-brand-900">
        {labels.question}
      </h2>
      {status === "sent" ? (
        <p ref={thanksRef} tabIndex={-1} role="status" className="mt-3 text-slate-800">
          {labels.thanks}
        </p>
      ) : (
        <form onSubmit={submit} className="mt-3" aria-busy={status === "sending"}>
          <div role="group" aria-labelledby="article-feedback-heading" className="flex gap-3">
            <button
              type="button"
              aria-pressed={helpful === true}
              onClick={() => setHelpful(true)}
              className={`rounded-md border px-4 py-1.5 text-sm font-medium ${choice(true)}`}
            >
              {labels.yes}
            </button>
            <button
              type="button"
              aria-pressed={helpful === false}
              onClick={() => setHelpful(false)}
              className={`rounded-md border px-4 py-1.5 text-sm font-medium ${choice(false)}`}
            >
              {labels.no}
            </button>
          </div>
          {helpful === null ? null : (
            <div className="mt-4">
              <label htmlFor="article-feedback-comment" className="block text-sm font-medium text-slate-800">
                {labels.comment}
              </label>
              <textarea
                id="article-feedback-comment"
                value={comment}
                onChange={(event) => setComment(event.target.value)}
                maxLength={commentMaxLength}
                rows={3}
                className="mt-1 block w-full rounded-md border border-slate-300 bg-white p-2 text-sm"
              />
              <button
                type="submit"
                disabled={status === "sending"}
                className="mt-3 rounded-md bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-900 disabled:opacity-70"
              >
                {status === "sending" ? labels.sending : labels.send}
              </button>
            </div>
          )}
          {status === "error" ? (
            <p role="alert" className="mt-3 text-sm text-red-700">
              {labels.error}
            </p>
          ) : null}
        </form>
      )}
    </section>
  );
}
