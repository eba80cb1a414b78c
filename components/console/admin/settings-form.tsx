"use client";

import { useState, type FormEvent } from "react";
import { consoleFetch } from "@/components/console/editor/console-fetch";
import { translator } from "@/lib/i18n/translate";
import { WEEKDAYS, type TBranding, type TBusinessHours } from "@/lib/settings/schemas";

export type SettingsFormValues = {
  businessHours: TBusinessHours;
  autoAssign: boolean;
  firstResponseTargetSeconds: number;
  allowedOrigins: string[];
  branding: TBranding;
  synonyms: Record<string, string[][]>;
  identitySecret: { set: boolean; hint: string | null };
  locales: string[];
};

const field = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm focus:border-brand-600";
const section = "rounded-xl border border-slate-200 bg-white p-5 shadow-sm";
const heading = "text-lg font-semibold text-brand-900";

function synonymsToText(groups: string[][] = []): string {
  return groups.map((group) => group.join(", ")).join("\n");
}

function textToSynonyms(text: string): string[][] {
  return text
    .split("\n")
    .map((line) =>
      line
        .split(",")
        .map((word) => word.trim())
        .filter(Boolean),
    )
    .filter((group) => group.length > 0);
}

/** The admin settings, saved together through PATCH /api/v1/console/settings. */
export function SettingsForm({ uiLocale, initial }: { uiLocale: string; initial: SettingsFormValues }) {
  const t = translator(uiLocale);
  const [hours, setHours] = useState(initial.businessHours);
  const [autoAssign, setAutoAssign] = useState(initial.autoAssign);
  const [target, setTarget] = useState(String(initial.firstResponseTargetSeconds));
  const [origins, setOrigins] = useState(initial.allowedOrigins.join("\n"));
  const [branding, setBranding] = useState(initial.branding);
  const [synonyms, setSynonyms] = useState(() =>
    Object.fromEntries(initial.locales.map((locale) => [locale, synonymsToText(initial.synonyms[locale])])),
  );
  const [secret, setSecret] = useState(initial.identitySecret);
  const [newSecret, setNewSecret] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const timeZones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    try {
      await consoleFetch("PATCH", "/api/v1/console/settings", {
        businessHours: hours,
        autoAssign,
        firstResponseTargetSeconds: Number(target),
        allowedOrigins: origins
          .split("\n")
          .map((origin) => origin.trim())
          .filter(Boolean),
        branding,
        synonyms: Object.fromEntries(Object.entries(synonyms).map(([locale, text]) => [locale, textToSynonyms(text)])),
      });
      setNotice(t("console.settings.saved"));
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(false);
    }
  }

  async function rotate() {
    if (!window.confirm(t("console.settings.confirmRotate"))) return;
    try {
      const answer = await consoleFetch<{ secret: string }>("POST", "/api/v1/console/settings/identity-secret");
      setNewSecret(answer.secret);
      setSecret({ set: true, hint: `…${answer.secret.slice(-4)}` });
    } catch (caught) {
      setError((caught as Error).message);
    }
  }

  function setDay(day: (typeof WEEKDAYS)[number], value: { open: string; close: string } | null) {
    setHours((previous) => ({ ...previous, days: { ...previous.days, [day]: value } }));
  }

  return (
    <form onSubmit={submit} className="mt-6 space-y-6">
      <section className={section} aria-labelledby="settings-hours">
        <h2 id="settings-hours" className={heading}>
          {t("console.settings.hours")}
        </h2>
        <label className="mt-3 block max-w-sm text-sm font-medium text-slate-700">
          {t("console.settings.timeZone")}
          <select
            value={hours.timeZone}
            onChange={(event) => setHours({ ...hours, timeZone: event.target.value })}
            className={field}
          >
            {(timeZones.includes(hours.timeZone) ? timeZones : [hours.timeZone, ...timeZones]).map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
        </label>
        <table className="mt-4 text-sm">
          <tbody>
            {WEEKDAYS.map((day) => {
              const value = hours.days[day];
              return (
                <tr key={day}>
                  <th scope="row" className="py-1 pr-4 text-left font-medium text-slate-700">
                    {t(`console.settings.day.${day}`)}
                  </th>
                  <td className="py-1 pr-4">
                    <label className="inline-flex items-center gap-2">
                      <input
                        type="checkbox"
                        checked={value !== null}
                        onChange={(event) =>
                          setDay(day, event.target.checked ? { open: "09:00", close: "18:00" } : null)
                        }
                      />
                      {t("console.settings.open")}
                    </label>
                  </td>
                  {value ? (
                    <>
                      <td className="py-1 pr-2">
                        <input
                          type="time"
                          aria-label={`${t(`console.settings.day.${day}`)} ${t("console.settings.opens")}`}
                          value={value.open}
                          onChange={(event) => setDay(day, { ...value, open: event.target.value })}
                          className="rounded-md border border-slate-300 px-2 py-1"
                        />
                      </td>
                      <td className="py-1">
                        <input
                          type="time"
                          aria-label={`${t(`console.settings.day.${day}`)} ${t("console.settings.closes")}`}
                          value={value.close}
                          onChange={(event) => setDay(day, { ...value, close: event.target.value })}
                          className="rounded-md border border-slate-300 px-2 py-1"
                        />
                      </td>
                    </>
                  ) : (
                    <td colSpan={2} className="py-1 text-slate-500">
                      {t("console.settings.closed")}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <section className={section} aria-labelledby="settings-chat">
        <h2 id="settings-chat" className={heading}>
          {t("console.settings.chat")}
        </h2>
        <label className="mt-3 flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" checked={autoAssign} onChange={(event) => setAutoAssign(event.target.checked)} />
          {t("console.settings.autoAssign")}
        </label>
        <label className="mt-3 block max-w-xs text-sm font-medium text-slate-700">
          {t("console.settings.target")}
          <input
            type="number"
            min={5}
            max={3600}
            required
            value={target}
            onChange={(event) => setTarget(event.target.value)}
            className={field}
          />
        </label>
      </section>

      <section className={section} aria-labelledby="settings-widget">
        <h2 id="settings-widget" className={heading}>
          {t("console.settings.widget")}
        </h2>
        <label className="mt-3 block text-sm font-medium text-slate-700">
          {t("console.settings.origins")}
          <textarea
            rows={3}
            value={origins}
            onChange={(event) => setOrigins(event.target.value)}
            className={`${field} font-mono`}
          />
        </label>
        <p className="mt-1 text-xs text-slate-500">{t("console.settings.originsHint")}</p>
        <h3 className="mt-4 text-sm font-medium text-slate-700">{t("console.settings.secret")}</h3>
        <p className="mt-1 text-xs text-slate-500">{t("console.settings.secretHint")}</p>
        <p className="mt-2 text-sm text-slate-700" data-testid="secret-state">
          {secret.set && secret.hint
            ? t("console.settings.secretSet", { hint: secret.hint })
            : t("console.settings.secretUnset")}
        </p>
        {newSecret ? (
          <p className="mt-2 text-sm">
            <code data-testid="new-secret" className="rounded bg-slate-100 px-2 py-1 font-mono break-all">
              {newSecret}
            </code>{" "}
            <span className="text-amber-700">{t("console.settings.secretOnce")}</span>
          </p>
        ) : null}
        <button
          type="button"
          onClick={() => void rotate()}
          className="mt-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:border-brand-600"
        >
          {t("console.settings.rotate")}
        </button>
      </section>

      <section className={section} aria-labelledby="settings-branding">
        <h2 id="settings-branding" className={heading}>
          {t("console.settings.branding")}
        </h2>
        <div className="mt-3 grid gap-4 sm:grid-cols-3">
          <label className="block text-sm font-medium text-slate-700">
            {t("console.settings.brandName")}
            <input
              required
              value={branding.name}
              onChange={(event) => setBranding({ ...branding, name: event.target.value })}
              className={field}
            />
          </label>
          <label className="block text-sm font-medium text-slate-700">
            {t("console.settings.brandColor")}
            <input
              type="color"
              value={branding.color}
              onChange={(event) => setBranding({ ...branding, color: event.target.value })}
              className="mt-1 block h-9 w-20 rounded-md border border-slate-300"
            />
          </label>
          <label className="block text-sm font-medium text-slate-700">
            {t("console.settings.logoUrl")}
            <input
              type="url"
              value={branding.logoUrl}
              onChange={(event) => setBranding({ ...branding, logoUrl: event.target.value })}
              className={field}
            />
          </label>
        </div>
      </section>

      <section className={section} aria-labelledby="settings-search">
        <h2 id="settings-search" className={heading}>
          {t("console.settings.synonyms")}
        </h2>
        <p className="mt-1 text-xs text-slate-500">{t("console.settings.synonymsHint")}</p>
        <div className="mt-3 grid gap-4 lg:grid-cols-2">
          {initial.locales.map((locale) => (
            <label key={locale} className="block text-sm font-medium text-slate-700">
              {`${t("console.settings.synonyms")} (${locale.toUpperCase()})`}
              <textarea
                rows={8}
                value={synonyms[locale] ?? ""}
                onChange={(event) => setSynonyms({ ...synonyms, [locale]: event.target.value })}
                className={`${field} font-mono`}
              />
            </label>
          ))}
        </div>
        <p className="mt-3 text-sm text-slate-600">
          {t("console.settings.locales")}: {t("console.settings.localesHint", { locales: initial.locales.join(", ") })}
        </p>
      </section>

      {error ? (
        <p
          role="alert"
          data-testid="settings-error"
          className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {error}
        </p>
      ) : null}
      {notice ? (
        <p role="status" data-testid="settings-notice" className="text-sm text-brand-700">
          {notice}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={busy}
        className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {t("console.settings.save")}
      </button>
    </form>
  );
}
