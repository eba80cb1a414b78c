"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { consoleFetch } from "@/components/console/editor/console-fetch";
import type { Role } from "@/lib/generated/prisma/enums";
import { translator } from "@/lib/i18n/translate";

export type UserItem = {
  id: string;
  email: string;
  name: string;
  role: Role;
  maxConcurrentChats: number;
  disabled: boolean;
};

const ROLES = ["ADMIN", "EDITOR", "AGENT"] as const;
const field = "rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus:border-brand-600";

/** The staff list with role, capacity and disable controls, and a form to add someone. */
export function UsersAdmin({ uiLocale, users, selfId }: { uiLocale: string; users: UserItem[]; selfId: string }) {
  const t = translator(uiLocale);
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<string>) {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      setNotice(await action());
      router.refresh();
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  }

  function update(user: UserItem, change: Partial<{ role: Role; maxConcurrentChats: number; disabled: boolean }>) {
    void run(async () => {
      await consoleFetch("PATCH", `/api/v1/console/users/${user.id}`, change);
      return t("console.users.updated");
    });
  }

  function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    void run(async () => {
      const email = String(data.get("email"));
      await consoleFetch("POST", "/api/v1/console/users", {
        email,
        name: String(data.get("name") ?? "") || undefined,
        password: String(data.get("password")),
        role: String(data.get("role")),
      });
      form.reset();
      return t("console.users.created", { email });
    });
  }

  return (
    <div className="mt-6 space-y-6">
      {error ? (
        <p
          role="alert"
          data-testid="users-error"
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {error}
        </p>
      ) : null}
      {notice ? (
        <p role="status" data-testid="users-notice" className="text-sm text-brand-700">
          {notice}
        </p>
      ) : null}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm" data-testid="console-users">
          <thead className="border-b border-slate-200 bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">
                {t("console.users.name")}
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                {t("console.users.email")}
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                {t("console.users.role")}
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                {t("console.users.capacity")}
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                {t("console.users.state")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {users.map((user) => {
              const self = user.id === selfId;
              return (
                <tr key={user.id} data-email={user.email} className={user.disabled ? "text-slate-400" : undefined}>
                  <th scope="row" className="px-4 py-2 font-medium">
                    {user.name} {self ? <span className="text-slate-500">{t("console.users.you")}</span> : null}
                  </th>
                  <td className="px-4 py-2">{user.email}</td>
                  <td className="px-4 py-2">
                    <select
                      aria-label={`${t("console.users.role")} ${user.email}`}
                      value={user.role}
                      disabled={busy || self}
                      onChange={(event) => update(user, { role: event.target.value as Role })}
                      className={field}
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(`console.role.${role}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="px-4 py-2">
                    <input
                      type="number"
                      min={0}
                      max={20}
                      aria-label={`${t("console.users.capacity")} ${user.email}`}
                      defaultValue={user.maxConcurrentChats}
                      disabled={busy}
                      onBlur={(event) => {
                        const value = Number(event.target.value);
                        if (value !== user.maxConcurrentChats) update(user, { maxConcurrentChats: value });
                      }}
                      className={`${field} w-20`}
                    />
                  </td>
                  <td className="px-4 py-2 whitespace-nowrap">
                    <span className="mr-2">
                      {user.disabled ? t("console.users.disabled") : t("console.users.active")}
                    </span>
                    {self ? null : (
                      <button
                        type="button"
                        disabled={busy}
                        onClick={() => update(user, { disabled: !user.disabled })}
                        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-medium hover:border-brand-600 disabled:opacity-60"
                      >
                        {user.disabled ? t("console.users.enable") : t("console.users.disable")}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <form
        onSubmit={create}
        className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
        aria-labelledby="add-user"
      >
        <h2 id="add-user" className="text-lg font-semibold text-brand-900">
          {t("console.users.create")}
        </h2>
        <div className="mt-3 flex flex-wrap items-end gap-3">
          <label className="text-sm text-slate-700">
            {t("console.users.email")}
            <input name="email" type="email" required className={`${field} mt-1 block`} />
          </label>
          <label className="text-sm text-slate-700">
            {t("console.users.name")}
            <input name="name" className={`${field} mt-1 block`} />
          </label>
          <label className="text-sm text-slate-700">
            {t("console.users.password")}
            <input
              name="password"
              type="password"
              required
              minLength={8}
              autoComplete="new-password"
              className={`${field} mt-1 block`}
            />
          </label>
          <label className="text-sm text-slate-700">
            {t("console.users.role")}
            <select name="role" defaultValue="AGENT" className={`${field} mt-1 block`}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`console.role.${role}`)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="submit"
            disabled={busy}
            className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
          >
            {t("console.users.create")}
          </button>
        </div>
      </form>
    </div>
  );
}
