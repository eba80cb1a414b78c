"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { consoleFetch } from "@/components/console/editor/console-fetch";
import { languageNames, translator } from "@/lib/i18n/translate";

export type CannedItem = { id: string; locale: string; shortcut: string; title: string; body: string };

const field =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus:border-brand-600";
const small = "rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-medium hover:border-brand-600";

function formValues(form: HTMLFormElement) {
  const data = new FormData(form);
  return {
    locale: String(data.get("locale") ?? ""),
    shortcut: String(data.get("shortcut") ?? ""),
    title: String(data.get("title") ?? ""),
    body: String(data.get("body") ?? ""),
  };
}

/** Canned responses per locale, side by side; editors and admins change them, agents read them. */
export function CannedResponsesAdmin({
  uiLocale,
  locales,
  items,
  canEdit,
}: {
  uiLocale: string;
  locales: string[];
  items: CannedItem[];
  canEdit: boolean;
}) {
  const t = translator(uiLocale);
  const router = useRouter();
  const [editing, setEditing] = useState<string>();
  const [error, setError] = useState<string>();

  async function run(action: () => Promise<unknown>) {
    setError(undefined);
    try {
      await action();
      setEditing(undefined);
      router.refresh();
      return true;
    } catch (caught) {
      setError((caught as Error).message);
      return false;
    }
  }

  function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    void run(() => consoleFetch("POST", "/api/v1/console/canned-responses", formValues(form))).then(
      (ok) => ok && form.reset(),
    );
  }

  function save(event: FormEvent<HTMLFormElement>, id: string) {
    event.preventDefault();
    const { shortcut, title, body } = formValues(event.currentTarget);
    void run(() => consoleFetch("PATCH", `/api/v1/console/canned-responses/${id}`, { shortcut, title, body }));
  }

  function remove(item: CannedItem) {
    if (!window.confirm(t("console.canned.confirmDelete", { shortcut: item.shortcut }))) return;
    void run(() => consoleFetch("DELETE", `/api/v1/console/canned-responses/${item.id}`));
  }

  return (
    <div className="mt-6 space-y-6">
      {error ? (
        <p
          role="alert"
          data-testid="canned-error"
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {error}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        {locales.map((locale) => {
          const own = items.filter((item) => item.locale === locale);
          return (
            <section
              key={locale}
              aria-labelledby={`canned-${locale}`}
              className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
            >
              <h2 id={`canned-${locale}`} className="text-lg font-semibold text-brand-900">
                {languageNames[locale] ?? locale.toUpperCase()}
              </h2>
              {own.length === 0 ? <p className="mt-2 text-sm text-slate-500">{t("console.canned.empty")}</p> : null}
              <ul className="mt-2 divide-y divide-slate-100">
                {own.map((item) => (
                  <li key={item.id} className="py-3" data-shortcut={item.shortcut}>
                    {editing === item.id ? (
                      <form onSubmit={(event) => save(event, item.id)} className="space-y-2">
                        <label className="block text-sm text-slate-700">
                          {t("console.canned.shortcut")}
                          <input name="shortcut" defaultValue={item.shortcut} required className={field} />
                        </label>
                        <label className="block text-sm text-slate-700">
                          {t("console.canned.title")}
                          <input name="title" defaultValue={item.title} required className={field} />
                        </label>
                        <label className="block text-sm text-slate-700">
                          {t("console.canned.body")}
                          <textarea name="body" defaultValue={item.body} required rows={4} className={field} />
                        </label>
                        <div className="flex gap-2">
                          <button type="submit" className={small}>
                            {t("console.canned.save")}
                          </button>
                          <button type="button" className={small} onClick={() => setEditing(undefined)}>
                            {t("console.canned.cancel")}
                          </button>
                        </div>
                      </form>
                    ) : (
                      <>
                        <div className="flex items-start justify-between gap-2">
                          <p className="text-sm">
                            <code className="rounded bg-slate-100 px-1 font-mono text-brand-800">/{item.shortcut}</code>{" "}
                            <span className="font-medium text-slate-900">{item.title}</span>
                          </p>
                          {canEdit ? (
                            <div className="flex shrink-0 gap-2">
                              <button type="button" className={small} onClick={() => setEditing(item.id)}>
                                {t("console.canned.edit")}
                              </button>
                              <button type="button" className={`${small} text-red-700`} onClick={() => remove(item)}>
                                {t("console.canned.delete")}
                              </button>
                            </div>
                          ) : null}
                        </div>
                        <p className="mt-1 text-sm whitespace-pre-line text-slate-600">{item.body}</p>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      {canEdit ? (
        <form
          onSubmit={create}
          aria-labelledby="add-canned"
          className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
        >
          <h2 id="add-canned" className="text-lg font-semibold text-brand-900">
            {t("console.canned.add")}
          </h2>
          <div className="mt-3 grid gap-3 sm:grid-cols-3">
            <label className="block text-sm text-slate-700">
              {t("console.canned.locale")}
              <select name="locale" defaultValue={locales[0]} className={field}>
                {locales.map((locale) => (
                  <option key={locale} value={locale}>
                    {languageNames[locale] ?? locale}
                  </option>
                ))}
              </select>
            </label>
            <label className="block text-sm text-slate-700">
              {t("console.canned.shortcut")}
              <input name="shortcut" required maxLength={40} className={field} />
            </label>
            <label className="block text-sm text-slate-700">
              {t("console.canned.title")}
              <input name="title" required maxLength={100} className={field} />
            </label>
          </div>
          <label className="mt-3 block text-sm text-slate-700">
            {t("console.canned.body")}
            <textarea name="body" required rows={4} maxLength={5000} className={field} />
          </label>
          <button
            type="submit"
            className="mt-3 rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700"
          >
            {t("console.canned.add")}
          </button>
        </form>
      ) : null}
    </div>
  );
}
