import "server-only";
import { db } from "@/lib/db";
import { DEFAULT_SETTINGS, SETTING_KEYS } from "@/lib/settings/schemas";

// Chat settings live in the Setting table under the console's keys (lib/settings/schemas.ts),
// with its defaults when a key is absent or holds something unusable.

export const CHAT_SETTING_KEYS = {
  autoAssign: SETTING_KEYS.autoAssign,
  firstResponseTargetSeconds: SETTING_KEYS.firstResponseTargetSeconds,
  reopenWindowMinutes: "chat.reopenWindowMinutes",
} as const;

export type ChatSettings = { autoAssign: boolean; firstResponseTargetSeconds: number; reopenWindowMinutes: number };

export const DEFAULT_CHAT_SETTINGS: ChatSettings = {
  autoAssign: DEFAULT_SETTINGS.autoAssign,
  firstResponseTargetSeconds: DEFAULT_SETTINGS.firstResponseTargetSeconds,
  /** A shopper writing again this soon after a resolution reopens the conversation. */
  reopenWindowMinutes: 30,
};

export async function chatSettings(): Promise<ChatSettings> {
  const rows = await db.setting.findMany({
    where: { key: { in: Object.values(CHAT_SETTING_KEYS) } },
    select: { key: true, value: true },
  });
  const value = (key: string) => rows.find((row) => row.key === key)?.value;
  const autoAssign = value(CHAT_SETTING_KEYS.autoAssign);
  const target = value(CHAT_SETTING_KEYS.firstResponseTargetSeconds);
  const reopen = value(CHAT_SETTING_KEYS.reopenWindowMinutes);
  return {
    autoAssign: typeof autoAssign === "boolean" ? autoAssign : DEFAULT_CHAT_SETTINGS.autoAssign,
    firstResponseTargetSeconds:
      typeof target === "number" && target > 0 ? target : DEFAULT_CHAT_SETTINGS.firstResponseTargetSeconds,
    reopenWindowMinutes: typeof reopen === "number" && reopen >= 0 ? reopen : DEFAULT_CHAT_SETTINGS.reopenWindowMinutes,
  };
}
