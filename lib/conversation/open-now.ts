import "server-only";
import { isOpenAt } from "@/lib/conversation/business-hours";
import { db } from "@/lib/db";
import { SETTING_KEYS, ZBusinessHours } from "@/lib/settings/schemas";

/** Business hours from settings (chat.businessHours): is the help desk open now? */
export async function isOpenNow(now: Date = new Date()): Promise<boolean> {
  const setting = await db.setting.findUnique({ where: { key: SETTING_KEYS.businessHours }, select: { value: true } });
  const hours = ZBusinessHours.safeParse(setting?.value);
  return isOpenAt(hours.success ? hours.data : null, now);
}
