import "server-only";
import { db } from "@/lib/db";
import { ensureSearchIndex } from "@/lib/search/ensure-search-index";
import { SYNONYMS_SETTING, ZSynonymGroups, type SynonymGroups } from "@/lib/search/synonyms";

/** Saves the synonym groups in settings and pushes them to Meilisearch (the fallback reads them live). */
export async function updateSynonyms(groups: SynonymGroups): Promise<SynonymGroups> {
  const parsed = ZSynonymGroups.parse(groups);
  await db.setting.upsert({
    where: { key: SYNONYMS_SETTING },
    create: { key: SYNONYMS_SETTING, value: parsed },
    update: { value: parsed },
  });
  await ensureSearchIndex();
  return parsed;
}
