"use client";

import { useState, type FormEvent } from "react";
import type { Translate } from "@/lib/i18n/translate";

const SCORES = [1, 2, 3, 4, 5] as const;

/** 1–5 and an optional comment, once the conversation is resolved; sent once. */
export function CsatForm({
  t,
  rated,
  onRate,
}: {
  t: Translate;
  rated: boolean;
  onRate: (score: number, comment: string) => Promise<void>;
}) {
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState("");
  const [status, setStatus] = useState<"idle" | "sending" | "error">("idle");

  if (rated) {
    return (
      <p
        role="status"
        className="mt-4 rounded-lg bg-brand-50 px-4 py-3 font-medium text-brand-900"
        data-testid="csat-thanks"
      >
        {t("chat.csat.thanks")}
      </p>
    );
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (score === null) return;
    setStatus("sending");
    try {
      await onRate(score, comment);
    } catch {
      setStatus("error");
    }
  }

  return (
    <form onSubmit={submit} className="mt-4 rounded-lg border border-slate-200 p-4" data-testid="csat-form">
      <fieldset>
        <legend className="font-semibold">{t("chat.csat.question")}</legend>
        <div className="mt-2 flex gap-2">
          {SCORES.map((value) => (
            <label
              key={value}
              className={`relative flex h-11 w-11 cursor-pointer items-center justify-center rounded-full border text-lg font-semibold has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand-600 ${
                score === value ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white"
              }`}
            >
              <input
                type="radio"
                name="score"
                value={value}
                checked={score === value}
                onChange={() => setScore(value)}
                className="absolute inset-0 cursor-pointer appearance-none rounded-full opacity-0"
                aria-label={t("chat.csat.score", { score: value })}
              />
              <span aria-hidden="true">{value}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="mt-3 block text-sm text-slate-700">
        {t("chat.csat.comment")}
        <textarea
          value={comment}
          maxLength={2000}
          onChange={(event) => setComment(event.target.value)}
          rows={2}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2"
        />
      </label>
      {status === "error" ? (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {t("chat.csat.error")}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={score === null || status === "sending"}
        className="mt-3 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-50"
      >
        {t("chat.csat.submit")}
      </button>
    </form>
  );
}
