"use client";

import { useState, type FormEvent } from "react";
import { ApiError, requestJson } from "@/components/chat/api-client";
import type { Translate } from "@/lib/i18n/translate";

/**
 * Offered when the estimate passes the first-response target: leave an email and go. The
 * email is saved on the conversation; if this server cannot take it that way, it goes out as a
 * message, so the agent still sees it and nothing is lost.
 */
export function EmailOffer({
  t,
  conversationUrl,
  token,
  sendMessage,
}: {
  t: Translate;
  conversationUrl: string;
  token: string;
  sendMessage: (body: string) => void;
}) {
  const [email, setEmail] = useState("");
  const [state, setState] = useState<"idle" | "sending" | "done">("idle");

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = email.trim();
    if (!value) return;
    setState("sending");
    try {
      await requestJson(conversationUrl, { method: "PATCH", token, body: { email: value } });
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 400) sendMessage(`✉ ${value}`);
    }
    setState("done");
  }

  if (state === "done") {
    return (
      <p role="status" className="mt-3 rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-900">
        {t("chat.offerEmail.done", { email: email.trim() })}
      </p>
    );
  }
  return (
    <form
      onSubmit={submit}
      className="mt-3 rounded-md border border-amber-200 bg-amber-50 p-3"
      data-testid="email-offer"
    >
      <p className="text-sm text-amber-900">{t("chat.offerEmail.text")}</p>
      <div className="mt-2 flex flex-wrap items-end gap-2">
        <label className="text-sm text-slate-700">
          {t("chat.offerEmail.label")}
          <input
            type="email"
            required
            autoComplete="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            className="mt-1 block w-64 rounded-md border border-slate-300 bg-white px-2 py-1.5"
          />
        </label>
        <button
          type="submit"
          disabled={state === "sending"}
          className="rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-900 disabled:opacity-50"
        >
          {t("chat.offerEmail.submit")}
        </button>
      </div>
    </form>
  );
}
