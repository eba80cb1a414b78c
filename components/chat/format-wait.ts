import type { Translate } from "@/lib/i18n/translate";

/** The first-response target shoppers expect (seconds); a setting on the server, this is its default. */
export const DEFAULT_TARGET_SECONDS = 76;

/** An honest, rounded-up wait: never promise less than the estimate. */
export function describeWait(t: Translate, seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0)
    return t("chat.wait.unknown");
  if (seconds < 60) return t("chat.wait.underMinute");
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? t("chat.wait.minutes.one") : t("chat.wait.minutes.other", { count: minutes });
}

export function describePosition(t: Translate, position: number | null | undefined): string | null {
  if (!position || position < 1) return null;
  return position === 1 ? t("chat.queue.position.one") : t("chat.queue.position.other", { position });
}

/** Elapsed time as m:ss (h:mm:ss past an hour), for the inbox's ticking waits. */
export function formatElapsed(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

export type WaitTone = "ok" | "warning" | "late";

/** Green well inside the target, amber in its last third, red once it is missed. */
export function waitTone(seconds: number, targetSeconds = DEFAULT_TARGET_SECONDS): WaitTone {
  if (seconds >= targetSeconds) return "late";
  if (seconds >= (targetSeconds * 2) / 3) return "warning";
  return "ok";
}

export function secondsSince(iso: string, now: number): number {
  return Math.max(0, (now - Date.parse(iso)) / 1000);
}
