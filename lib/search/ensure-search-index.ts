import "server-only";
import { env } from "@/lib/env";
import { articlesIndexUid, searchClient } from "@/lib/search/client";
import { articlesIndexSettings } from "@/lib/search/index-settings";
import { loadSynonyms, toMeiliSynonyms } from "@/lib/search/synonyms";

/** Creates the index `uid` if it is missing and applies the current settings (idempotent). */
export async function ensureSearchIndex(uid: string = articlesIndexUid()): Promise<void> {
  const client = searchClient();
  const exists = await client
    .getIndex(uid)
    .then(() => true)
    .catch((error: { cause?: { code?: string; cause?: { code?: string } } }) => {
      // The API error's code sits one level deeper when it came through the custom transport.
      if ((error.cause?.code ?? error.cause?.cause?.code) === "index_not_found") return false;
      throw error;
    });
  if (!exists) await client.createIndex(uid, { primaryKey: "id" }).waitTask({ timeout: 30_000 });
  const settings = articlesIndexSettings(env().LOCALES, toMeiliSynonyms(await loadSynonyms()));
  const task = await client.index(uid).updateSettings(settings).waitTask({ timeout: 60_000 });
  if (task.status === "failed") throw new Error(`Meilisearch refused the index settings: ${task.error?.message}`);
}
