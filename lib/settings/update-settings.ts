import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Db } from "@/lib/db";
import { updateSynonyms } from "@/lib/search/update-synonyms";
import { SETTING_KEYS, ZUpdateSettings, type TUpdateSettings } from "@/lib/settings/schemas";

/**
 * Saves the given admin settings (the others stay as they are) with one audit row naming the
 * changed keys, in one transaction. Synonyms go through updateSynonyms, which also pushes them
 * to the search index.
 */
export async function updateSettings(
  db: Db,
  input: TUpdateSettings,
  { actorId }: { actorId: string },
): Promise<{ updated: string[] }> {
  const { synonyms, ...rest } = ZUpdateSettings.parse(input);
  const entries = Object.entries(rest).filter(([, value]) => value !== undefined) as [
    keyof typeof rest,
    NonNullable<(typeof rest)[keyof typeof rest]>,
  ][];
  const updated = entries.map(([name]) => SETTING_KEYS[name] as string);
  if (synonyms) updated.push("search.synonyms");
  await db.$transaction(async (tx) => {
    for (const [name, value] of entries) {
      const key = SETTING_KEYS[name];
      await tx.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
    }
    if (updated.length) {
      await recordAudit(tx, {
        actorId,
        action: "settings.update",
        targetType: "Setting",
        targetId: updated.join(","),
        data: { keys: updated },
      });
    }
  });
  if (synonyms) await updateSynonyms(synonyms);
  return { updated };
}
