"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { consoleFetch } from "@/components/console/editor/console-fetch";
import { translator } from "@/lib/i18n/translate";

export type TokenItem = {
  id: string;
  label: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

/** One's personal API tokens: create (the token is shown once), list, revoke. */
export function TokensManager({ uiLocale, tokens }: { uiLocale: string; tokens: TokenItem[] }) {
  const t = translator(uiLocale);
  const router = useRouter();
  const [created, setCreated] = useState<string>();
  const [error, setError] = useState<string>();
  const date = new Intl.DateTimeFormat(uiLocale, { dateStyle: "medium", timeStyle: "short" });

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setError(undefined);
    try {
      const answer = await consoleFetch<{ token: { token: string } }>("POST", "/api/v1/console/tokens", {
        label: String(new FormData(form).get("label")),
      });
      setCreated(answer.token.token);
      form.reset();
      router.refresh();
    } catch (caught) {
      setError((caught as Error).message);
    }
  }

  async function revoke(id: string) {
    if (!window.confirm(t("console.tokens.confirmRevoke"))) return;
    try {
      await consoleFetch("DELETE", `/api/v1/console/tokens/${id}`);
      router.refresh();
    } catch (caught) {
      setError((caught as Error).message);
    }
  }

  return (
    <div className="mt-6 space-y-6">
      {error ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <form onSubmit={(event) => void create(event)} className="flex flex-wrap items-end gap-3">
        <label className="text-sm text-slate-700">
          {t("console.tokens.label")}
          <input
            name="label"
            required
            maxLength={100}
            className="mt-1 block w-64 rounded-md border border-slate-300 px-2 py-1.5 text-sm"
          />
        </label>
        <button
          type="submit"
          className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700"
        >
          {t("console.tokens.create")}
        </button>
      </form>
      {created ? (
        <div className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm">
          <p className="text-amber-800">{t("console.tokens.once")}</p>
          <code data-testid="new-token" className="mt-2 block font-mono break-all">
            {created}
          </code>
        </div>
      ) : null}
      {tokens.length === 0 ? (
        <p className="text-slate-600">{t("console.tokens.empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" data-testid="token-list">
          {tokens.map((token) => (
            <li key={token.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 text-sm">
              <div>
                <p className="font-medium text-slate-900">{token.label}</p>
                <p className="text-slate-500">
                  {t("console.tokens.created")} {date.format(new Date(token.createdAt))} ·{" "}
                  {t("console.tokens.lastUsed")}{" "}
                  {token.lastUsedAt ? date.format(new Date(token.lastUsedAt)) : t("console.tokens.never")}
                </p>
              </div>
              {token.revokedAt ? (
                <span className="text-slate-500">{t("console.tokens.revoked")}</span>
              ) : (
                <button
                  type="button"
                  onClick={() => void revoke(token.id)}
                  className="rounded-md px-2 py-1 text-sm font-medium text-red-700 hover:bg-red-50"
                >
                  {t("console.tokens.revoke")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
