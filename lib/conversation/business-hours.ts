import { WEEKDAYS, type TBusinessHours } from "@/lib/settings/schemas";

/**
 * Whether the help desk is open at `now` by its business hours (in their own time zone).
 * No hours configured means always open: presence alone decides.
 */
export function isOpenAt(hours: TBusinessHours | null, now: Date): boolean {
  if (!hours) return true;
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: hours.timeZone,
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(now);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? "";
  const weekday = part("weekday").toLowerCase() as (typeof WEEKDAYS)[number];
  const today = hours.days[weekday];
  if (!today) return false;
  const time = `${part("hour")}:${part("minute")}`;
  return today.open <= time && time < today.close;
}
