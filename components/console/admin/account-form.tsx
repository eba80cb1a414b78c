"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { consoleFetch } from "@/components/console/editor/console-fetch";
import { translator } from "@/lib/i18n/translate";

const field = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm focus:border-brand-600";
const section = "rounded-xl border border-slate-200 bg-white p-5 shadow-sm";

/** One's own name and password, through PATCH /api/v1/console/me. */
export function AccountForm({ uiLocale, name }: { uiLocale: string; name: string }) {
  const t = translator(uiLocale);
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();

  async function send(event: FormEvent<HTMLFormElement>, body: Record<string, string>, done: string) {
    event.preventDefault();
    const form = event.currentTarget;
    setError(undefined);
    setNotice(undefined);
    try {
      await consoleFetch("PATCH", "/api/v1/console/me", body);
      setNotice(done);
      if (body.newPassword) form.reset();
      router.refresh();
    } catch (caught) {
      setError((caught as Error).message);
    }
  }

  return (
    <div className="mt-6 space-y-6">
      {error ? (
        <p
          role="alert"
          data-testid="account-error"
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {error}
        </p>
      ) : null}
      {notice ? (
        <p role="status" data-testid="account-notice" className="text-sm text-brand-700">
          {notice}
        </p>
      ) : null}
      <form
        className={section}
        onSubmit={(event) =>
          void send(event, { name: String(new FormData(event.currentTarget).get("name")) }, t("console.account.saved"))
        }
      >
        <label className="block max-w-sm text-sm font-medium text-slate-700">
          {t("console.account.name")}
          <input name="name" required maxLength={100} defaultValue={name} className={field} />
        </label>
        <button
          type="submit"
          className="mt-3 rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700"
        >
          {t("console.account.saveName")}
        </button>
      </form>
      <form
        className={section}
        aria-labelledby="change-password"
        onSubmit={(event) => {
          const data = new FormData(event.currentTarget);
          void send(
            event,
            { currentPassword: String(data.get("currentPassword")), newPassword: String(data.get("newPassword")) },
            t("console.account.passwordChanged"),
          );
        }}
      >
        <h2 id="change-password" className="text-lg font-semibold text-brand-900">
          {t("console.account.password")}
        </h2>
        <label className="mt-3 block max-w-sm text-sm font-medium text-slate-700">
          {t("console.account.currentPassword")}
          <input name="currentPassword" type="password" required autoComplete="current-password" className={field} />
        </label>
        <label className="mt-3 block max-w-sm text-sm font-medium text-slate-700">
          {t("console.account.newPassword")}
          <input
            name="newPassword"
            type="password"
            required
            minLength={8}
            autoComplete="new-password"
            className={field}
          />
        </label>
        <button
          type="submit"
          className="mt-3 rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700"
        >
          {t("console.account.savePassword")}
        </button>
      </form>
    </div>
  );
}
