import "server-only";
import { articlesIndexSettings } from "@/lib/search/index-settings";
import { articlesIndexUid, searchClient } from "@/lib/search/client";

/** Creates the articles index if it is missing and applies its settings (idempotent). */
export async function ensureSearchIndex(): Promise<void> {
  const client = searchClient();
  const uid = articlesIndexUid();
  const exists = await client
    .getIndex(uid)
    .then(() => true)
    .catch((error: { cause?: { code?: string } }) => {
      if (error.cause?.code === "index_not_found") return false;
      throw error;
    });
  if (!exists) await client.createIndex(uid, { primaryKey: "id" }).waitTask();
  await client.index(uid).updateSettings(articlesIndexSettings).waitTask();
}
